import { addDays, hasHolidayCalendar, holidayDateSet, isIsoDate, datesBetween } from '@app/domain';
import { ForecastError, ForecastErrorCode } from '../forecast.error';
import type { ForecastEvent } from '../forecast.types';
import type { HourCalendar } from './hour-calendar';

export type DayKind = 'normal' | 'holiday' | 'holiday-eve' | 'after-holiday';

/** What each local date of a calendar is: a normal day, a public holiday, its eve, an event day, or excluded. */
export interface DayClassification {
  kinds: DayKind[];
  /** Normalised name of the event on that date, if any. */
  eventOf: (string | null)[];
  /** History on these dates is ignored altogether (imputed, outage, outlier days). */
  excluded: boolean[];
  /** The user's multiplier for the event occurrence on that date; undefined: learn it. */
  eventMultiplier: (number | undefined)[];
  /** Display name of each event by normalised name. */
  eventNames: Map<string, string>;
}

export function eventKey(name: string): string {
  return name.trim().toLowerCase();
}

/** A day whose volume does not follow the weekly pattern: learned separately, kept out of the pattern fit. */
export function isSpecialDay(classification: DayClassification, dateIndex: number): boolean {
  return classification.kinds[dateIndex] !== 'normal' || classification.eventOf[dateIndex] !== null || classification.excluded[dateIndex];
}

export function classifyDays(
  calendar: HourCalendar,
  options: { country?: string; holidays?: string[]; events?: ForecastEvent[]; excludeDates?: string[] },
): DayClassification {
  const { dates } = calendar;
  const kinds: DayKind[] = dates.map(() => 'normal');
  const holidays = new Set<string>();
  (options.holidays ?? []).forEach((date, position) => {
    if (!isIsoDate(date)) {
      throw new ForecastError(ForecastErrorCode.InvalidDate, `holidays[${position}]: "${date}" is not a date YYYY-MM-DD`, `holidays[${position}]`);
    }
    holidays.add(date);
  });
  if (options.country) {
    if (!hasHolidayCalendar(options.country)) {
      throw new ForecastError(ForecastErrorCode.UnknownCountry, `no public-holiday calendar for country "${options.country}"`, 'country');
    }
    const years = new Set<number>();
    for (const date of dates) years.add(Number(date.slice(0, 4)));
    // a 31 December eve needs next year's 1 January
    years.add(Number(dates[dates.length - 1].slice(0, 4)) + 1);
    for (const date of holidayDateSet(options.country, years)) holidays.add(date);
  }
  // a holiday outranks an eve, an eve outranks the day after a holiday
  dates.forEach((date, index) => {
    if (holidays.has(date)) kinds[index] = 'holiday';
    else if (holidays.has(addDays(date, 1))) kinds[index] = 'holiday-eve';
    else if (holidays.has(addDays(date, -1))) kinds[index] = 'after-holiday';
  });

  const dateIndex = new Map(dates.map((date, index) => [date, index]));
  const excluded = dates.map(() => false);
  (options.excludeDates ?? []).forEach((date, position) => {
    if (!isIsoDate(date)) {
      throw new ForecastError(ForecastErrorCode.InvalidDate, `excludeDates[${position}]: "${date}" is not a date YYYY-MM-DD`, `excludeDates[${position}]`);
    }
    const index = dateIndex.get(date);
    if (index !== undefined) excluded[index] = true;
  });

  const eventOf: (string | null)[] = dates.map(() => null);
  const eventMultiplier: (number | undefined)[] = dates.map(() => undefined);
  const eventNames = new Map<string, string>();
  (options.events ?? []).forEach((event, position) => {
    const field = `events[${position}]`;
    if (!event.name || !event.name.trim()) throw new ForecastError(ForecastErrorCode.InvalidOption, `${field}.name is empty`, `${field}.name`);
    for (const key of ['start', 'end'] as const) {
      if (!isIsoDate(event[key])) {
        throw new ForecastError(ForecastErrorCode.InvalidDate, `${field}.${key}: "${event[key]}" is not a date YYYY-MM-DD`, `${field}.${key}`);
      }
    }
    if (event.end < event.start) throw new ForecastError(ForecastErrorCode.InvalidDate, `${field}: end ${event.end} is before start ${event.start}`, `${field}.end`);
    if (event.volumeMultiplier !== undefined && !(Number.isFinite(event.volumeMultiplier) && event.volumeMultiplier >= 0)) {
      throw new ForecastError(ForecastErrorCode.InvalidOption, `${field}.volumeMultiplier must be a number ≥ 0`, `${field}.volumeMultiplier`);
    }
    const key = eventKey(event.name);
    if (!eventNames.has(key)) eventNames.set(key, event.name.trim());
    for (const date of datesBetween(event.start, event.end)) {
      const index = dateIndex.get(date);
      if (index === undefined) continue;
      eventOf[index] = key;
      eventMultiplier[index] = event.volumeMultiplier;
    }
  });
  return { kinds, eventOf, eventMultiplier, eventNames, excluded };
}
