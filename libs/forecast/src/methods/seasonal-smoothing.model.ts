import type { MethodInput } from './method.types';
import { minimiseInUnitBox } from './nelder-mead.optimizer';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { abs, exp, log, max, min } = Math;
const { isNaN } = Number;

/**
 * Exponential smoothing with a level, a daily and (optionally) a weekly seasonal component and
 * an AR(1) correction of the last error — Taylor's double-seasonal Holt-Winters (2003) — run on
 * log(y + c) so the seasonal swing scales with the level, with both seasonal cycles indexed by
 * the buyers' local hour of day / week (a DST change moves nothing). Missing hours update
 * nothing. The weights are chosen by the in-sample error of forecasts over the lead time the
 * forecast will be used for (not one step ahead, which favours over-reactive weights).
 */

/** Older history adds little to a model that forgets at these rates and costs time. */
const FIT_WINDOW_HOURS = 12 * 168;
/** Hours used to initialise the seasonal components before anything is scored. */
const BURN_IN_HOURS = 168;
/** In-sample forecast origins are this far apart, and only this recent. */
const OBJECTIVE_ORIGIN_STEP = 24;
const OBJECTIVE_WINDOW_HOURS = 6 * 168;
const MAX_OBJECTIVE_HORIZON = 168;
/** Upper bounds of the smoothing weights (the optimiser works on [0, 1] and scales). */
const MAX_LEVEL_WEIGHT = 0.5;
const MAX_SEASONAL_WEIGHT = 0.5;
const MAX_AR = 0.98;
/** c in log(y + c), as a share of the mean: keeps zero counts finite and night hours from dominating. */
const LOG_OFFSET_SHARE = 0.1;

interface Series {
  z: Float64Array;
  dayHour: Uint8Array;
  weekHour: Uint8Array;
  weekly: boolean;
}

interface Weights {
  level: number;
  daily: number;
  weekly: number;
  ar: number;
}

function toWeights(point: number[], weekly: boolean): Weights {
  return {
    level: point[0] * MAX_LEVEL_WEIGHT,
    daily: point[1] * MAX_SEASONAL_WEIGHT,
    weekly: weekly ? point[2] * MAX_SEASONAL_WEIGHT : 0,
    ar: point[3] * MAX_AR,
  };
}

/**
 * One pass over the (transformed) history. With `objectiveHorizon` > 0 it returns the mean
 * absolute error of the in-sample forecasts from every scoring origin; with `steps` > 0 it
 * returns the forecasts after the end of the history.
 */
function runSmoothing(series: Series, weights: Weights, objectiveHorizon: number, steps: number): { error: number; forecast: Float64Array } {
  const { z, dayHour, weekHour, weekly } = series;
  const n = z.length;
  const daily = new Float64Array(24);
  const weeklyComponent = new Float64Array(168);
  let level = initialise(series, daily, weeklyComponent);
  let lastError = 0;
  let errorSum = 0;
  let errorCount = 0;
  const firstScoredOrigin = max(BURN_IN_HOURS, n - OBJECTIVE_WINDOW_HOURS);
  for (let t = 0; t < n; t++) {
    if (objectiveHorizon > 0 && t >= firstScoredOrigin && t % OBJECTIVE_ORIGIN_STEP === 0) {
      let arPower = 1;
      const end = min(n, t + objectiveHorizon);
      for (let s = t; s < end; s++) {
        arPower *= weights.ar;
        if (isNaN(z[s])) continue;
        const predicted = level + daily[dayHour[s]] + weeklyComponent[weekHour[s]] + arPower * lastError;
        errorSum += abs(z[s] - predicted);
        errorCount++;
      }
    }
    const value = z[t];
    if (isNaN(value)) {
      lastError *= weights.ar;
      continue;
    }
    const d = dayHour[t];
    const w = weekHour[t];
    const oneStepError = value - (level + daily[d] + weeklyComponent[w] + weights.ar * lastError);
    level = weights.level * (value - daily[d] - weeklyComponent[w]) + (1 - weights.level) * level;
    daily[d] = weights.daily * (value - level - weeklyComponent[w]) + (1 - weights.daily) * daily[d];
    if (weekly) weeklyComponent[w] = weights.weekly * (value - level - daily[d]) + (1 - weights.weekly) * weeklyComponent[w];
    lastError = oneStepError;
  }
  const forecast = new Float64Array(steps);
  let arPower = 1;
  for (let i = 0; i < steps; i++) {
    arPower *= weights.ar;
    const s = n + i;
    forecast[i] = level + daily[dayHour[s]] + weeklyComponent[weekHour[s]] + arPower * lastError;
  }
  return { error: errorCount ? errorSum / errorCount : 0, forecast };
}

/** Level from the first week, daily shape from the first two weeks, weekly shape from what is left. */
function initialise(series: Series, daily: Float64Array, weeklyComponent: Float64Array): number {
  const { z, dayHour, weekHour, weekly } = series;
  const firstWeek = min(z.length, 168);
  const firstTwoWeeks = min(z.length, 336);
  let level = 0;
  let count = 0;
  for (let t = 0; t < firstWeek; t++) {
    if (isNaN(z[t])) continue;
    level += z[t];
    count++;
  }
  if (!count) {
    for (let t = 0; t < z.length && count < 168; t++) {
      if (isNaN(z[t])) continue;
      level += z[t];
      count++;
    }
  }
  level = count ? level / count : 0;
  const dailyCount = new Float64Array(24);
  for (let t = 0; t < firstTwoWeeks; t++) {
    if (isNaN(z[t])) continue;
    daily[dayHour[t]] += z[t] - level;
    dailyCount[dayHour[t]]++;
  }
  for (let h = 0; h < 24; h++) daily[h] = dailyCount[h] ? daily[h] / dailyCount[h] : 0;
  if (weekly) {
    const weeklyCount = new Float64Array(168);
    for (let t = 0; t < firstTwoWeeks; t++) {
      if (isNaN(z[t])) continue;
      weeklyComponent[weekHour[t]] += z[t] - level - daily[dayHour[t]];
      weeklyCount[weekHour[t]]++;
    }
    for (let k = 0; k < 168; k++) weeklyComponent[k] = weeklyCount[k] ? weeklyComponent[k] / weeklyCount[k] : 0;
  }
  return level;
}

export function seasonalSmoothingForecast(input: MethodInput, weekly: boolean): Float64Array {
  const { history, hourOfDay, hourOfWeek, steps, targetHorizon } = input;
  const origin = history.length;
  const start = max(0, origin - FIT_WINDOW_HOURS);
  let sum = 0;
  let count = 0;
  for (let t = start; t < origin; t++) {
    if (isNaN(history[t])) continue;
    sum += history[t];
    count++;
  }
  const mean = count ? sum / count : 0;
  if (mean <= 0) return new Float64Array(steps);
  const offset = LOG_OFFSET_SHARE * mean;
  const z = new Float64Array(origin - start);
  for (let t = start; t < origin; t++) z[t - start] = isNaN(history[t]) ? Number.NaN : log(history[t] + offset);
  const series: Series = {
    z,
    dayHour: hourOfDay.subarray(start, origin + steps),
    weekHour: hourOfWeek.subarray(start, origin + steps),
    weekly,
  };
  const objectiveHorizon = max(1, min(targetHorizon, MAX_OBJECTIVE_HORIZON));
  const { point } = minimiseInUnitBox(
    (candidate) => runSmoothing(series, toWeights(candidate, weekly), objectiveHorizon, 0).error,
    [0.1, 0.2, 0.2, 0.5],
    { iterations: 100, initialStep: 0.2 },
  );
  const transformed = runSmoothing(series, toWeights(point, weekly), 0, steps).forecast;
  const forecast = new Float64Array(steps);
  for (let i = 0; i < steps; i++) forecast[i] = max(0, exp(transformed[i]) - offset);
  return forecast;
}
