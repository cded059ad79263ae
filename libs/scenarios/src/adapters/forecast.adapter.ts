import type { QueueArrivals, ScenarioFile } from '@app/domain';
import { forecastScenario, toQueueArrivals, type ScenarioForecast, type ScenarioForecastOptions } from '@app/forecast';
import { ScenarioError, ScenarioErrorCode } from '../scenario-error';
import type { ForecastFunction } from '../pipeline.types';

/**
 * The forecast step of the default pipeline: the forecast library's hourly arrivals per queue.
 * A marketplace it could not forecast stops the run with its reason: planning without it would
 * make that marketplace's buyers silently disappear from the comparison.
 */
export const forecastArrivals: ForecastFunction = forecastArrivalsWith(forecastScenario);

/** The same step over another way to run the forecast library (the API's: on its forecast thread). */
export function forecastArrivalsWith(forecast: (scenario: ScenarioFile, options: ScenarioForecastOptions) => Promise<ScenarioForecast>): ForecastFunction {
  return async (scenario, window, signal) => toArrivals(scenario, await forecast(scenario, { startUtcMs: window.startUtcMs, hours: window.hours, signal }));
}

function toArrivals(scenario: ScenarioFile, forecast: ScenarioForecast): QueueArrivals[] {
  const failed = forecast.marketplaces.filter((marketplace) => marketplace.status !== 'ok');
  if (failed.length) {
    const reasons = failed.map((marketplace) => `${marketplace.marketplaceId}: ${marketplace.message ?? marketplace.status}`).join('; ');
    throw new ScenarioError(ScenarioErrorCode.ForecastFailed, `cannot forecast every marketplace of "${scenario.name}" (${reasons})`);
  }
  return toQueueArrivals(forecast);
}
