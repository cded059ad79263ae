import type { ErrorSummary } from '../forecast.types';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { abs } = Math;

/** One backtest forecast hour with a known actual. */
export interface BacktestPoint {
  /** 1-based lead time from its origin. */
  leadHours: number;
  actual: number;
  forecast: number;
  /** MASE denominator of its origin's history. */
  maseScale: number;
}

/** WAPE, MASE, sMAPE (M4) and bias over a set of backtest hours. */
export function summariseErrors(points: readonly BacktestPoint[]): ErrorSummary {
  let absError = 0;
  let sumActual = 0;
  let sumForecast = 0;
  let scaledError = 0;
  let scaledCount = 0;
  let smapeSum = 0;
  for (const { actual, forecast, maseScale } of points) {
    const error = abs(actual - forecast);
    absError += error;
    sumActual += actual;
    sumForecast += forecast;
    if (maseScale > 0 && Number.isFinite(maseScale)) {
      scaledError += error / maseScale;
      scaledCount++;
    }
    const denominator = abs(actual) + abs(forecast);
    smapeSum += denominator > 0 ? (200 * error) / denominator : 0;
  }
  return {
    wape: sumActual > 0 ? (100 * absError) / sumActual : Number.NaN,
    mase: scaledCount ? scaledError / scaledCount : Number.NaN,
    smape: points.length ? smapeSum / points.length : Number.NaN,
    bias: sumActual > 0 ? (100 * (sumForecast - sumActual)) / sumActual : Number.NaN,
    points: points.length,
  };
}
