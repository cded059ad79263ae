import type { HourGrid, QueueArrivals, ScenarioFile } from '@app/domain';
import type { ForecastFunction } from './pipeline.types';

/**
 * Overrides never change the forecast itself (peaks and deflection act on its output), so
 * scenarios sharing a base share one forecast: each base is forecast once per run.
 */
export function forecastOncePerBase(forecast: ForecastFunction, grid: HourGrid, signal?: AbortSignal): (base: ScenarioFile) => Promise<QueueArrivals[]> {
  const cache = new Map<ScenarioFile, Promise<QueueArrivals[]>>();
  const window = { startUtcMs: Date.parse(grid.startUtc), hours: grid.hours };
  return (base) => {
    let pending = cache.get(base);
    if (!pending) {
      pending = forecast(base, window, signal);
      cache.set(base, pending);
    }
    return pending;
  };
}
