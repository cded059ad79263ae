/**
 * The combination of the best few is used unless its backtest error is this share or more above
 * the best single method's: on a few rolling origins the ranking of close methods is mostly
 * noise, and out of sample an average of close methods is seldom worse than its best member (the
 * "forecast combination puzzle", Smith & Wallis 2009), while it is much less often badly wrong.
 */
const SINGLE_METHOD_MARGIN = 0.1;

/** Whether the combination is used rather than the best single method, given their backtest errors (lower is better). */
export function prefersCombination(combinationError: number, bestSingleError: number): boolean {
  return combinationError < (1 + SINGLE_METHOD_MARGIN) * bestSingleError;
}
