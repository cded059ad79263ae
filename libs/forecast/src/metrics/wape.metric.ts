import { knownPairs } from './metric-pairs';

/** Weighted absolute percentage error, %: Σ|y−f| / Σ|y|. NaN when the actuals sum to zero. */
export function wape(actual: ArrayLike<number | null>, forecast: ArrayLike<number>): number {
  let absError = 0;
  let absActual = 0;
  for (const [y, f] of knownPairs(actual, forecast)) {
    absError += Math.abs(y - f);
    absActual += Math.abs(y);
  }
  return absActual > 0 ? (100 * absError) / absActual : Number.NaN;
}
