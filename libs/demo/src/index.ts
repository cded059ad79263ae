export * from './demo-scenario';
export { LOCAL_WEEK_SHARES, WEEKDAY_PEAK_HOUR, blackFriday, expectedMessages, seasonalFactor, type PeakUplift } from './demo-volume-profile';
export { SeededRandom } from './poisson.util';
