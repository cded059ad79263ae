/**
 * What a forecasting method sees: the history up to its origin on the local-clock grid, and
 * the local hour of day / week of every hour up to the end of what it must forecast.
 */
export interface MethodInput {
  /** Hours 0 … origin−1; NaN = missing, excluded or a special day kept out of the pattern. */
  history: Float64Array;
  /** Local hour of day (0..23) of hours 0 … origin+steps−1. */
  hourOfDay: Uint8Array;
  /** Local hour of week (0..167, Monday 00:00 = 0) of hours 0 … origin+steps−1. */
  hourOfWeek: Uint8Array;
  /** Hours to forecast after the origin. */
  steps: number;
  /** The lead time the forecast will be judged on, for methods that tune themselves. */
  targetHorizon: number;
}

/** A method returns `steps` forecasts (hours origin … origin+steps−1), finite and ≥ 0. */
export type MethodFunction = (input: MethodInput) => Float64Array;
