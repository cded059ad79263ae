import { addDays, localToUtc, toLocal } from '@app/domain/time'; // not the index: it would bundle the holiday calendars

/**
 * UTC instants of every local midnight in `zone` between two instants (inclusive): tick marks
 * for a chart whose axis runs in UTC but is read on the buyers' or a site's clock. DST days
 * are 23 or 25 hours long, so the ticks are not evenly spaced in UTC.
 */
export function localDayTicks(fromMs: number, toMs: number, zone: string, everyDays = 1): number[] {
  if (!(toMs >= fromMs)) return [];
  const ticks: number[] = [];
  let date = toLocal(fromMs, zone).date;
  const last = toLocal(toMs, zone).date;
  for (let index = 0; date <= last; index++, date = addDays(date, 1)) {
    const midnight = localToUtc(date, '00:00', zone);
    if (index % everyDays === 0 && midnight >= fromMs && midnight <= toMs) ticks.push(midnight);
  }
  return ticks;
}

/** Days between ticks so a time axis of `hours` keeps at most about `maxTicks` labels. */
export function tickSpacingDays(hours: number, maxTicks = 14): number {
  return Math.max(1, Math.ceil(hours / 24 / maxTicks));
}
