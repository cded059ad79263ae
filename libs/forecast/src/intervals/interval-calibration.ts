import { quantileOfSorted } from '../statistics/order-statistics';
import { normalQuantile } from '../statistics/normal-quantile';
import { bucketOfLeadTime, HORIZON_BUCKETS } from '../backtest/horizon-buckets';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { max, min, sqrt } = Math;

/**
 * Prediction intervals calibrated on backtest errors. Errors are standardised by the spread a
 * count series of that level should have, √(f + φ·f²) — Poisson noise plus a model error
 * growing with the level (φ fitted by moments, as for a negative binomial) — and the band is
 * the empirical quantiles of the standardised errors of the same lead-time bucket. So the
 * intervals are as wide as the method's real misses, skewed where the misses are, and never
 * negative.
 */
export interface IntervalCalibration {
  levels: [number, number];
  dispersion: number;
  /** Per lead-time bucket: quantiles of the standardised error for [inner, outer] band, lower and upper. */
  buckets: { lower: [number, number]; upper: [number, number] }[];
}

export interface Residual {
  leadHours: number;
  actual: number;
  forecast: number;
}

/** Fewer errors than this in a bucket: use all buckets' errors together. */
const MIN_BUCKET_POINTS = 60;
const VARIANCE_FLOOR = 0.5;

export function calibrateIntervals(residuals: readonly Residual[], levels: [number, number]): IntervalCalibration {
  let squaredExcess = 0;
  let sumSquaredForecast = 0;
  for (const { actual, forecast } of residuals) {
    squaredExcess += (actual - forecast) ** 2 - max(forecast, 0);
    sumSquaredForecast += forecast * forecast;
  }
  const dispersion = sumSquaredForecast > 0 ? max(0, squaredExcess / sumSquaredForecast) : 0;
  const standardised = (residual: Residual) => (residual.actual - residual.forecast) / spread(residual.forecast, dispersion);
  const all = residuals.map(standardised).sort((a, b) => a - b);
  const quantilesOf = (sorted: number[]) => {
    if (sorted.length < 2) {
      // no usable errors: fall back to a normal approximation
      return { lower: levels.map((level) => -normalQuantile(0.5 + level / 2)) as [number, number], upper: levels.map((level) => normalQuantile(0.5 + level / 2)) as [number, number] };
    }
    return {
      lower: levels.map((level) => min(0, quantileOfSorted(sorted, (1 - level) / 2))) as [number, number],
      upper: levels.map((level) => max(0, quantileOfSorted(sorted, (1 + level) / 2))) as [number, number],
    };
  };
  const pooled = quantilesOf(all);
  const buckets = HORIZON_BUCKETS.map((_, index) => {
    const inBucket = residuals.filter((residual) => bucketOfLeadTime(residual.leadHours) === index).map(standardised).sort((a, b) => a - b);
    return inBucket.length >= MIN_BUCKET_POINTS ? quantilesOf(inBucket) : null;
  });
  // a bucket without enough errors borrows from the nearest shorter one, else the pooled errors
  const filled = buckets.map((bucket, index) => bucket ?? buckets.slice(0, index).reverse().find((b) => b !== null) ?? pooled);
  return { levels, dispersion, buckets: filled };
}

function spread(forecast: number, dispersion: number): number {
  const level = max(forecast, 0);
  return sqrt(max(level, VARIANCE_FLOOR) + dispersion * level * level);
}

/** Inner and outer band around `forecast` at a 1-based lead time. */
export function predictionBand(calibration: IntervalCalibration, leadHours: number, forecast: number): { lo80: number; hi80: number; lo95: number; hi95: number } {
  const bucket = calibration.buckets[max(0, bucketOfLeadTime(leadHours))];
  const width = spread(forecast, calibration.dispersion);
  const lower = (band: 0 | 1) => max(0, min(forecast, forecast + bucket.lower[band] * width));
  const upper = (band: 0 | 1) => max(forecast, forecast + bucket.upper[band] * width);
  return { lo80: lower(0), hi80: upper(0), lo95: min(lower(0), lower(1)), hi95: max(upper(0), upper(1)) };
}
