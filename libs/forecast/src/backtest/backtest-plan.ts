import type { BacktestOptions } from '../forecast.types';
import { MIN_TRAINING_HOURS } from '../forecast-input.validation';

const DEFAULT_ORIGINS = 4;
const DEFAULT_MAX_HORIZON_HOURS = 336;

/** Where the rolling-origin backtest cuts the history, and how far each cut forecasts. */
export interface BacktestPlan {
  /** Hour indices of the origins, oldest first: each forecast sees only the hours before it. */
  origins: number[];
  horizon: number;
}

/**
 * Origins step back from the end of the history by the backtest horizon (at most a week), so
 * with a horizon up to a week the backtest windows do not overlap and the last one ends where
 * the history ends. Every origin keeps at least two weeks of training before it.
 */
export function planBacktest(historyHours: number, horizonHours: number, options: BacktestOptions): BacktestPlan {
  const horizon = Math.max(0, Math.min(options.horizonHours ?? Math.min(horizonHours, DEFAULT_MAX_HORIZON_HOURS), historyHours - MIN_TRAINING_HOURS));
  const step = Math.min(horizon, 168);
  const origins: number[] = [];
  for (let k = 0; k < (options.origins ?? DEFAULT_ORIGINS) && horizon > 0; k++) {
    const origin = historyHours - horizon - k * step;
    if (origin < MIN_TRAINING_HOURS) break;
    origins.unshift(origin);
  }
  return { origins, horizon };
}
