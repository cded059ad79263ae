import { addDays, localToUtc, parseTimeOfDay, toLocal } from '@app/domain';
import type { Site } from '@app/domain';

/**
 * Whether a shift (UTC instants, end exclusive) overlaps the site's local night window
 * ("22:00"–"06:00" may wrap midnight). The window is placed on each local date the shift
 * touches, in real time, so a DST night is as long as the clock says.
 */
export function overlapsNightHours(startMs: number, endMs: number, site: Pick<Site, 'timeZone' | 'nightHours'>): boolean {
  const { start, end } = site.nightHours;
  if (start === end) return false;
  const wraps = parseTimeOfDay(end) < parseTimeOfDay(start);
  const firstDate = addDays(toLocal(startMs, site.timeZone).date, -1);
  const lastDate = toLocal(endMs - 1, site.timeZone).date;
  for (let date = firstDate; date <= lastDate; date = addDays(date, 1)) {
    const windowStart = localToUtc(date, start, site.timeZone);
    const windowEnd = localToUtc(wraps ? addDays(date, 1) : date, end, site.timeZone);
    if (windowStart < endMs && windowEnd > startMs) return true;
  }
  return false;
}
