import type { MethodInput } from './method.types';
import { seasonalSmoothingForecast } from './seasonal-smoothing.model';

/** The real model: level + daily + weekly seasonality on the local clock, weights fitted per series. */
export function doubleSeasonalForecast(input: MethodInput): Float64Array {
  return seasonalSmoothingForecast(input, true);
}

/** The same model without the weekly cycle: for series whose days look alike or whose shape drifts. */
export function dailySmoothingForecast(input: MethodInput): Float64Array {
  return seasonalSmoothingForecast(input, false);
}
