import { knownPairs } from './metric-pairs';

/**
 * MASE's denominator as the M4 competition defines it: the in-sample mean absolute error of the
 * seasonal naive with period m, mean over j = m+1..n of |x_j − x_{j−m}| on the whole training
 * row. Pairs with a missing value are skipped.
 */
export function maseScale(training: ArrayLike<number | null>, seasonalPeriod: number): number {
  let sum = 0;
  let count = 0;
  for (let j = seasonalPeriod; j < training.length; j++) {
    const now = training[j];
    const before = training[j - seasonalPeriod];
    if (now === null || before === null || Number.isNaN(now) || Number.isNaN(before)) continue;
    sum += Math.abs(now - before);
    count++;
  }
  return count > 0 ? sum / count : Number.NaN;
}

/** Mean absolute scaled error: mean |y−f| divided by `scale` (from `maseScale`). */
export function mase(actual: ArrayLike<number | null>, forecast: ArrayLike<number>, scale: number): number {
  let sum = 0;
  let count = 0;
  for (const [y, f] of knownPairs(actual, forecast)) {
    sum += Math.abs(y - f);
    count++;
  }
  return count > 0 ? sum / count / scale : Number.NaN;
}
