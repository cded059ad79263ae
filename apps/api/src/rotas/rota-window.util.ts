import { toLocal, type HourGrid, type PlannedShift } from '@app/domain';

/** First and last site-local date of a rota at one site. */
export interface SiteWindow {
  first: string;
  last: string;
}

/**
 * The site-local dates a plan covers at each site, as the roster library counts them: the
 * grid's first and last hour on the site's clock, widened to shifts that end past the grid.
 */
export function siteWindows(grid: HourGrid, shifts: PlannedShift[], sites: Array<{ id: string; timeZone: string }>): Map<string, SiteWindow> {
  const startMs = Date.parse(grid.startUtc);
  const endMs = startMs + grid.hours * 3_600_000;
  const windows = new Map<string, SiteWindow>();
  for (const site of sites) {
    const window = { first: toLocal(startMs, site.timeZone).date, last: toLocal(endMs - 1, site.timeZone).date };
    for (const shift of shifts) {
      if (shift.siteId !== site.id) continue;
      if (shift.date < window.first) window.first = shift.date;
      const endDate = toLocal(Date.parse(shift.endUtc) - 1, site.timeZone).date;
      if (endDate > window.last) window.last = endDate;
    }
    windows.set(site.id, window);
  }
  return windows;
}
