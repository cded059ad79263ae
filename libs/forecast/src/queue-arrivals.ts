import type { QueueArrivals } from '@app/domain';
import type { ScenarioForecast } from './forecast-scenario.types';

/** Which value of each hour the planner plans for: the point forecast, or an upper band for peak-risk plans. */
export type ArrivalLevel = 'forecast' | 'hi80' | 'hi95';

/** The planner's input: one hourly arrivals row per queue of every marketplace forecast successfully. */
export function toQueueArrivals(result: ScenarioForecast, level: ArrivalLevel = 'forecast'): QueueArrivals[] {
  return result.marketplaces
    .filter((marketplace) => marketplace.status === 'ok')
    .flatMap((marketplace) =>
      marketplace.queues.map((queue) => ({
        marketplaceId: queue.marketplaceId,
        classId: queue.classId,
        values: queue.points.map((point) => point[level]),
      })),
    );
}
