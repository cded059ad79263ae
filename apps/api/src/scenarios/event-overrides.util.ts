import type { CalendarEvent } from '@app/domain';
import type { Override } from '@app/scenarios';

/**
 * A stored calendar event as what-if overrides: its volume multiplier on its marketplaces and its
 * availability cap on each of its sites. Empty when it changes neither (a multiplier left to be
 * learned from history, or a site holiday that only changes pay).
 */
export function eventOverrides(event: CalendarEvent): Override[] {
  const overrides: Override[] = [];
  if (event.volumeMultiplier !== undefined && event.marketplaceIds.length > 0) {
    overrides.push({ kind: 'volume-multiplier', name: event.name, start: event.start, end: event.end, marketplaceIds: event.marketplaceIds, multiplier: event.volumeMultiplier });
  }
  if (event.availabilityCap !== undefined) {
    for (const siteId of event.siteIds) {
      overrides.push({ kind: 'site-availability', name: event.name, siteId, start: event.start, end: event.end, availabilityCap: event.availabilityCap });
    }
  }
  return overrides;
}

/** First and last local date the dated overrides (peaks, closures, leave) touch, or null when none is dated. */
export function overridesWindow(overrides: Override[]): { first: string; last: string } | null {
  const dated = overrides.flatMap((override) =>
    override.kind === 'volume-multiplier' || override.kind === 'site-availability' || override.kind === 'agent-leave' ? [override] : [],
  );
  if (dated.length === 0) return null;
  return { first: dated.map((override) => override.start).sort()[0], last: dated.map((override) => override.end).sort().reverse()[0] };
}
