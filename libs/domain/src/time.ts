import { DateTime } from 'luxon';

/**
 * Planning runs on a grid of UTC hours; people (buyers, agents) live on local clocks.
 * Every conversion between the two goes through these helpers (luxon underneath), so DST
 * is handled in one place.
 */

export const HOUR_MS = 3_600_000;
export const HOURS_PER_WEEK = 168;

/** Throws a readable error for a zone luxon does not know. */
export function assertTimeZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new RangeError(`unknown IANA time zone "${zone}"`);
}

export function isValidTimeZone(zone: string): boolean {
  return typeof zone === 'string' && zone.length > 0 && DateTime.now().setZone(zone).isValid;
}

/** "HH:mm" → minutes after midnight; throws on anything else. */
export function parseTimeOfDay(text: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a time of day HH:mm`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function isTimeOfDay(text: string): boolean {
  return /^([01]\d|2[0-3]):([0-5]\d)$/.test(text);
}

/** "YYYY-MM-DD" that is a real calendar date. */
export function isIsoDate(text: string): boolean {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text, { zone: 'utc' }).isValid;
}

/** UTC epoch ms of the top of the hour containing `utcMs`. */
export function floorToHour(utcMs: number): number {
  return Math.floor(utcMs / HOUR_MS) * HOUR_MS;
}

/** UTC instant (ms) of midnight UTC on a date "YYYY-MM-DD": hour 0 of a horizon starting that day. */
export function utcMidnight(date: string): number {
  const dt = DateTime.fromISO(date, { zone: 'utc' });
  if (!dt.isValid) throw new RangeError(`"${date}" is not a date YYYY-MM-DD`);
  return dt.toMillis();
}

/**
 * The UTC instant of a local wall-clock time. A time inside a spring-forward gap moves
 * forward by the gap (02:30 → 03:30), as luxon does; an ambiguous autumn time takes the
 * earlier offset.
 */
export function localToUtc(date: string, timeOfDay: string, zone: string): number {
  const minutes = parseTimeOfDay(timeOfDay);
  const dt = DateTime.fromISO(date, { zone }).set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
  if (!dt.isValid) throw new RangeError(`cannot place ${date} ${timeOfDay} in ${zone}: ${dt.invalidExplanation}`);
  return dt.toMillis();
}

export interface LocalTime {
  /** Local calendar date "YYYY-MM-DD". */
  date: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
  /** 0..167, Monday 00:00–00:59 local = 0. */
  hourOfWeek: number;
  /** UTC offset in minutes at that instant. */
  offsetMinutes: number;
}

export function toLocal(utcMs: number, zone: string): LocalTime {
  const dt = DateTime.fromMillis(utcMs, { zone });
  return {
    date: dt.toISODate() as string,
    weekday: dt.weekday,
    hour: dt.hour,
    minute: dt.minute,
    hourOfWeek: (dt.weekday - 1) * 24 + dt.hour,
    offsetMinutes: dt.offset,
  };
}

/** Local "YYYY-MM-DDTHH:mm±hh:mm" of a UTC instant, for reports shown to people. */
export function formatLocal(utcMs: number, zone: string): string {
  return DateTime.fromMillis(utcMs, { zone }).toISO({ suppressSeconds: true, suppressMilliseconds: true }) as string;
}

export function formatUtc(utcMs: number): string {
  return DateTime.fromMillis(utcMs, { zone: 'utc' }).toISO({ suppressMilliseconds: true }) as string;
}

/** Local dates "YYYY-MM-DD" from `start` to `end` inclusive. */
export function datesBetween(start: string, end: string): string[] {
  const dates: string[] = [];
  let day = DateTime.fromISO(start, { zone: 'utc' });
  const last = DateTime.fromISO(end, { zone: 'utc' });
  while (day <= last) {
    dates.push(day.toISODate() as string);
    day = day.plus({ days: 1 });
  }
  return dates;
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() as string;
}

export function isoWeekday(date: string): number {
  return DateTime.fromISO(date, { zone: 'utc' }).weekday;
}
