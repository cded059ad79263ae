import { HOUR_MS, toLocal } from '@app/domain';
import type { CalendarEvent, Site } from '@app/domain';
import type { GridSpec } from './planning-problem.types';

/**
 * Availability cap of a site in every grid hour: the smallest `availabilityCap` of the events
 * naming the site whose dates (site-local, inclusive) contain the hour, 1 outside them.
 */
export function siteAvailabilityCaps(site: Site, events: readonly CalendarEvent[], grid: GridSpec): { cap: number[]; event: (string | null)[] } {
  const relevant = events.filter((e) => e.availabilityCap !== undefined && e.siteIds.includes(site.id));
  const cap = new Array<number>(grid.hours).fill(1);
  const event = new Array<string | null>(grid.hours).fill(null);
  if (!relevant.length) return { cap, event };
  for (let h = 0; h < grid.hours; h++) {
    const date = toLocal(grid.startUtcMs + h * HOUR_MS + HOUR_MS / 2, site.timeZone).date;
    for (const e of relevant) {
      if (date >= e.start && date <= e.end && (e.availabilityCap as number) < cap[h]) {
        cap[h] = e.availabilityCap as number;
        event[h] = e.name;
      }
    }
  }
  return { cap, event };
}
