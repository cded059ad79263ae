import type { MonitorReplyPromise } from '@app/actuals';
import { HOUR_MS } from '@app/domain';
import { replyPromise, type SimulationResult } from '@app/simulation';

/**
 * What the auto-reply promised a message received at the start of each UTC hour of [from, to),
 * (the hour holding `from` included) per marketplace, from the replay the plan's promise table is read from (GET
 * /api/plans/{id}/promises). Hours outside a dated replay's grid got no promise and are left out.
 */
export function hourlyReplyPromises(result: SimulationResult, fromUtcMs: number, toUtcMs: number): MonitorReplyPromise[] {
  const gridStart = Date.parse(result.grid.startUtc);
  const gridEnd = gridStart + result.grid.hours * HOUR_MS;
  const promises: MonitorReplyPromise[] = [];
  const firstHour = Math.floor(fromUtcMs / HOUR_MS) * HOUR_MS;
  for (const marketplace of result.marketplaces) {
    for (let hour = firstHour; hour < toUtcMs; hour += HOUR_MS) {
      if (result.grid.mode !== 'cyclic' && (hour < gridStart || hour >= gridEnd)) continue;
      const promise = replyPromise(result, marketplace.marketplaceId, hour);
      promises.push({ marketplaceId: marketplace.marketplaceId, hourStartUtcMs: hour, replyByUtcMs: promise.replyByUtc === null ? null : Date.parse(promise.replyByUtc) });
    }
  }
  return promises;
}
