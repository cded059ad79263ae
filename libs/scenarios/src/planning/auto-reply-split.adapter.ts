import type { HourGrid, Marketplace, QueueArrivals } from '@app/domain';
import { localWindowHourMask } from '../local-window.util';
import type { AutoReplyOverride } from '../scenario-definition.types';

/** Planner-side id of the acknowledged part of a marketplace. */
export function acknowledgedMarketplaceId(marketplaceId: string): string {
  return `${marketplaceId}--acknowledged`;
}

/**
 * Auto-reply hours, planned exactly with the planner's ordinary inputs: the marketplace is split
 * in two. Messages arriving outside the auto-reply hours stay in it, under its perceived-wait
 * target; those arriving inside go to an "acknowledged" twin with the same languages, reply
 * clock, classes and deadlines but no wait target (the buyer had an instant acknowledgement;
 * the platform deadline still counts from arrival). Replies to the two are reported together
 * for SLA and apart for wait.
 */
export function splitAutoReplyHours(
  marketplaces: Marketplace[],
  arrivals: QueueArrivals[],
  grid: HourGrid,
  overrides: AutoReplyOverride[],
): { marketplaces: Marketplace[]; arrivals: QueueArrivals[]; acknowledged: Record<string, string> } {
  const acknowledged: Record<string, string> = {};
  let resultMarketplaces = marketplaces;
  let resultArrivals = arrivals;
  for (const marketplace of marketplaces) {
    const windows = overrides.filter((override) => override.marketplaceId === marketplace.id).flatMap((override) => override.windows);
    if (windows.length === 0) continue;
    const mask = localWindowHourMask(grid, marketplace.timeZone, windows);
    const twinId = acknowledgedMarketplaceId(marketplace.id);
    acknowledged[twinId] = marketplace.id;
    const { waitTarget: _perceivedWaitTarget, ...rest } = marketplace;
    const twin: Marketplace = { ...rest, id: twinId, name: `${marketplace.name} (acknowledged by auto-reply)` };
    resultMarketplaces = [...resultMarketplaces, twin];
    const twinQueues: QueueArrivals[] = [];
    resultArrivals = resultArrivals.map((queue) => {
      if (queue.marketplaceId !== marketplace.id) return queue;
      twinQueues.push({ ...queue, marketplaceId: twinId, values: queue.values.map((value, hour) => (mask[hour] ? value : 0)) });
      return { ...queue, values: queue.values.map((value, hour) => (mask[hour] ? 0 : value)) };
    });
    resultArrivals = [...resultArrivals, ...twinQueues];
  }
  return { marketplaces: resultMarketplaces, arrivals: resultArrivals, acknowledged };
}
