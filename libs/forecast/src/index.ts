export * from './forecast.types';
export { ForecastError, ForecastErrorCode } from './forecast.error';
export { MAX_HORIZON_HOURS, MIN_HISTORY_HOURS } from './forecast-input.validation';
export { forecastSeries } from './forecast-series';
export { periodicSeasonalNaive } from './methods/seasonal-naive.method';
export * from './metrics';
export * from './forecast-scenario.types';
export { forecastScenario, scenarioForecastReachUtcMs } from './forecast-scenario';
export { toQueueArrivals, type ArrivalLevel } from './queue-arrivals';
