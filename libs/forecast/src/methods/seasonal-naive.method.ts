import type { MethodInput } from './method.types';
import { median } from '../statistics/order-statistics';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { isNaN } = Number;

/**
 * Weekly seasonal naive on the local clock: each hour repeats the last known value of the same
 * local hour of the week (so Monday 09:00 local follows last Monday 09:00 local across DST).
 * Where that hour of the week was never observed, the last value at the same hour of day.
 */
export function seasonalNaiveForecast(input: MethodInput): Float64Array {
  const { history, hourOfWeek, hourOfDay, steps } = input;
  const origin = history.length;
  const lastByWeekHour = new Float64Array(168).fill(Number.NaN);
  const lastByDayHour = new Float64Array(24).fill(Number.NaN);
  const known: number[] = [];
  let filled = 0;
  for (let t = origin - 1; t >= 0 && filled < 168; t--) {
    const value = history[t];
    if (isNaN(value)) continue;
    if (known.length < 168) known.push(value);
    if (isNaN(lastByDayHour[hourOfDay[t]])) lastByDayHour[hourOfDay[t]] = value;
    if (isNaN(lastByWeekHour[hourOfWeek[t]])) {
      lastByWeekHour[hourOfWeek[t]] = value;
      filled++;
    }
  }
  const fallback = known.length ? median(known) : 0;
  const forecast = new Float64Array(steps);
  for (let i = 0; i < steps; i++) {
    const t = origin + i;
    const weekly = lastByWeekHour[hourOfWeek[t]];
    const daily = lastByDayHour[hourOfDay[t]];
    forecast[i] = !isNaN(weekly) ? weekly : !isNaN(daily) ? daily : fallback;
  }
  return forecast;
}

/**
 * The textbook seasonal naive on a plain index with period m (no clock): f(n+h) = x(n+h−m·k).
 * This is the M4 competition's reference method (m = 24 for hourly data).
 */
export function periodicSeasonalNaive(values: ArrayLike<number>, period: number, steps: number): Float64Array {
  if (values.length < period) throw new RangeError(`seasonal naive needs at least one period (${period}) of values, got ${values.length}`);
  const forecast = new Float64Array(steps);
  const n = values.length;
  for (let h = 0; h < steps; h++) forecast[h] = values[n - period + (h % period)];
  return forecast;
}
