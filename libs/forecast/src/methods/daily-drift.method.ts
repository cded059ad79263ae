import type { MethodInput } from './method.types';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { abs, max, min } = Math;
const { isNaN } = Number;

/** Candidate shares of yesterday's day-over-day change carried forward (0 = daily seasonal naive). */
const DRIFT_SHARES = [0, 0.25, 0.5, 0.75];
const TUNING_ORIGINS = 7;
const MAX_TUNING_HORIZON = 48;

/**
 * Daily seasonal naive with a damped day-over-day change, on the local clock: tomorrow at
 * 14:00 = today at 14:00 + φ·(today − yesterday at 14:00), repeated. Follows slow drifts of the
 * daily shape (sunrise-driven loads, a growing shop) that a weekly pattern lags behind. φ is
 * picked by in-sample forecasts from the last few days.
 */
export function dailyDriftForecast(input: MethodInput): Float64Array {
  const origin = input.history.length;
  const horizon = max(1, min(input.targetHorizon, MAX_TUNING_HORIZON));
  let bestShare = 0;
  let bestError = Number.POSITIVE_INFINITY;
  for (const share of DRIFT_SHARES) {
    let error = 0;
    let count = 0;
    for (let k = 1; k <= TUNING_ORIGINS; k++) {
      const tuningOrigin = origin - horizon - 24 * (k - 1);
      if (tuningOrigin < 336) break;
      const forecast = driftFrom(input, tuningOrigin, horizon, share);
      for (let i = 0; i < horizon; i++) {
        const actual = input.history[tuningOrigin + i];
        if (isNaN(actual)) continue;
        error += abs(actual - forecast[i]);
        count++;
      }
    }
    if (count && error / count < bestError) {
      bestError = error / count;
      bestShare = share;
    }
  }
  return driftFrom(input, origin, input.steps, bestShare);
}

function driftFrom(input: MethodInput, origin: number, steps: number, share: number): Float64Array {
  const { history, hourOfDay } = input;
  // the last two known values at each local hour of day before the origin
  const latest = new Float64Array(24).fill(Number.NaN);
  const previous = new Float64Array(24).fill(Number.NaN);
  let complete = 0;
  for (let t = origin - 1; t >= 0 && complete < 24; t--) {
    const value = history[t];
    if (isNaN(value)) continue;
    const hour = hourOfDay[t];
    if (isNaN(latest[hour])) latest[hour] = value;
    else if (isNaN(previous[hour])) {
      previous[hour] = value;
      complete++;
    }
  }
  const forecast = new Float64Array(steps);
  for (let i = 0; i < steps; i++) {
    const hour = hourOfDay[origin + i];
    const last = isNaN(latest[hour]) ? 0 : latest[hour];
    const before = isNaN(previous[hour]) ? last : previous[hour];
    const next = max(0, last + share * (last - before));
    forecast[i] = next;
    previous[hour] = last;
    latest[hour] = next;
  }
  return forecast;
}
