import { knownPairs } from './metric-pairs';

/** Relative bias, %: (Σf − Σy) / Σy; positive means the forecast was too high. */
export function bias(actual: ArrayLike<number | null>, forecast: ArrayLike<number>): number {
  let sumForecast = 0;
  let sumActual = 0;
  for (const [y, f] of knownPairs(actual, forecast)) {
    sumForecast += f;
    sumActual += y;
  }
  return sumActual !== 0 ? (100 * (sumForecast - sumActual)) / sumActual : Number.NaN;
}
