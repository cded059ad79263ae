import { HOUR_MS, holidayDateSet, parseTimeOfDay, toLocal } from '@app/domain';
import type { Site } from '@app/domain';
import type { GridSpec } from './planning-problem.types';

/**
 * Pay of one agent-hour at a site in every grid hour, in the reporting currency: the base
 * hourly cost times the premium in force at the middle of the hour on the site's own clock.
 * Night, weekend and statutory-holiday premiums do not stack: the highest one applies.
 * `holidays` are the site's public-holiday dates (site-local "YYYY-MM-DD").
 */
export function siteHourlyRates(site: Site, grid: GridSpec, toReporting: number, holidays: ReadonlySet<string>): number[] {
  return sitePayMultipliers(site, grid, holidays).map((multiplier) => site.hourlyCost * multiplier * toReporting);
}

/** The premium multiplier in force in every grid hour at a site (1 = base pay), as `siteHourlyRates` applies it. */
export function sitePayMultipliers(site: Site, grid: GridSpec, holidays: ReadonlySet<string>): number[] {
  const nightStart = parseTimeOfDay(site.nightHours.start);
  const nightEnd = parseTimeOfDay(site.nightHours.end);
  const isNight = (minute: number) =>
    nightStart === nightEnd ? false : nightStart < nightEnd ? minute >= nightStart && minute < nightEnd : minute >= nightStart || minute < nightEnd;
  const multipliers: number[] = [];
  for (let h = 0; h < grid.hours; h++) {
    const local = toLocal(grid.startUtcMs + h * HOUR_MS + HOUR_MS / 2, site.timeZone);
    let multiplier = 1;
    if (isNight(local.hour * 60 + local.minute)) multiplier = Math.max(multiplier, site.premiums.night);
    if (local.weekday >= 6) multiplier = Math.max(multiplier, site.premiums.weekend);
    if (holidays.has(local.date)) multiplier = Math.max(multiplier, site.premiums.statutoryHoliday);
    multipliers.push(multiplier);
  }
  return multipliers;
}

/** Public-holiday dates of the site's country over the years a grid touches (empty set without a calendar). */
export function siteHolidayDates(holidayCountry: string, grid: GridSpec, hasCalendar: boolean): Set<string> {
  if (!hasCalendar) return new Set();
  const first = new Date(grid.startUtcMs - 86_400_000).getUTCFullYear();
  const last = new Date(grid.startUtcMs + grid.hours * HOUR_MS + 86_400_000).getUTCFullYear();
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return holidayDateSet(holidayCountry, years);
}
