import { knownPairs } from './metric-pairs';

/**
 * Symmetric MAPE as the M4 competition defines it, %: mean of 200·|y−f| / (|y|+|f|).
 * A point where actual and forecast are both zero counts as a perfect 0.
 */
export function smape(actual: ArrayLike<number | null>, forecast: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  for (const [y, f] of knownPairs(actual, forecast)) {
    const denominator = Math.abs(y) + Math.abs(f);
    sum += denominator > 0 ? (200 * Math.abs(y - f)) / denominator : 0;
    count++;
  }
  return count > 0 ? sum / count : Number.NaN;
}
