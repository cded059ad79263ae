import { mase, maseScale } from './mase.metric';
import { smape } from './smape.metric';

export interface M4SeriesScore {
  smape: number;
  mase: number;
}

/**
 * One series scored as in the organisers' `Benchmarks and Evaluation.R`: sMAPE per point and
 * MASE against the seasonal naive (period m) on the whole training row, each averaged over the
 * horizon. The competition figure is the mean of these over all series (every series has the
 * same horizon, so it equals the mean over all points).
 */
export function scoreM4Series(
  training: ArrayLike<number>,
  actual: ArrayLike<number>,
  forecast: ArrayLike<number>,
  seasonalPeriod: number,
): M4SeriesScore {
  return {
    smape: smape(actual, forecast),
    mase: mase(actual, forecast, maseScale(training, seasonalPeriod)),
  };
}
