import { HOUR_MS, toLocal, type HourGrid, type Marketplace, type QueueArrivals } from '@app/domain';
import type { EffectiveScenario, VolumeMultiplierOverride } from '../scenario-definition.types';
import { requireMarketplace } from './override-lookup.util';

/** Business rule: a peak multiplies what buyers send on its dates, counted on each marketplace's own local calendar. */
export function applyVolumeMultiplierOverride(
  effective: EffectiveScenario,
  override: VolumeMultiplierOverride,
  path = '',
): EffectiveScenario {
  (override.marketplaceIds ?? []).forEach((id, index) => requireMarketplace(effective.scenario, id, `${path}/marketplaceIds/${index}`));
  return { ...effective, volumeMultipliers: [...effective.volumeMultipliers, override] };
}

/**
 * The arrivals with the peak applied: every hour whose first minute falls on a local date
 * start..end in the marketplace's time zone is multiplied; other hours and marketplaces are untouched.
 */
export function multiplyVolume(
  arrivals: QueueArrivals[],
  grid: HourGrid,
  marketplaces: Marketplace[],
  override: VolumeMultiplierOverride,
): QueueArrivals[] {
  const affected = new Set(override.marketplaceIds?.length ? override.marketplaceIds : marketplaces.map((m) => m.id));
  const startMs = Date.parse(grid.startUtc);
  const masks = new Map<string, boolean[]>();
  for (const marketplace of marketplaces) {
    if (!affected.has(marketplace.id)) continue;
    const mask: boolean[] = [];
    for (let hour = 0; hour < grid.hours; hour++) {
      const date = toLocal(startMs + hour * HOUR_MS, marketplace.timeZone).date;
      mask.push(date >= override.start && date <= override.end);
    }
    masks.set(marketplace.id, mask);
  }
  return arrivals.map((queue) => {
    const mask = masks.get(queue.marketplaceId);
    if (!mask) return queue;
    return { ...queue, values: queue.values.map((value, hour) => (mask[hour] ? value * override.multiplier : value)) };
  });
}
