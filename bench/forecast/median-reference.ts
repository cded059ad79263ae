/** Σ|y−f| and Σy over a set of scored hours, for a pooled WAPE. */
export interface WapeTotal {
  error: number;
  actual: number;
}

export const emptyTotal = (): WapeTotal => ({ error: 0, actual: 0 });

export function addError(total: WapeTotal, actual: number, forecast: number): void {
  total.error += Math.abs(actual - forecast);
  total.actual += actual;
}

/** Pooled WAPE in %, 2 decimals. */
export function wapeOf(total: WapeTotal): number {
  return Math.round((10_000 * total.error) / total.actual) / 100;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The simplest rule a planner uses, and the yardstick every real-data benchmark must beat by
 * 10 %: the median of the same hour in the last four weeks (known values only; 0 if none).
 */
export function medianOfLast4Weeks(values: readonly (number | null)[], hour: number): number {
  const known = [1, 2, 3, 4].map((k) => values[hour - 168 * k]).filter((value): value is number => value !== null && value !== undefined);
  return known.length ? median(known) : 0;
}

/** How much lower a WAPE is than the 4-week median's, in % of the median's (10 = 10 % better). */
export function improvementOverMedian(wape: number, medianWape: number): number {
  return Math.round((10_000 * (1 - wape / medianWape))) / 100;
}

export const MIN_IMPROVEMENT_OVER_MEDIAN = 10;
