import { HOUR_MS, toLocal } from '@app/domain';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { floor } = Math;

/**
 * Local-clock coordinates of a run of consecutive UTC hours: the seasonal index of every hour
 * is its buyers'-local hour of day and hour of week, so a peak at 19:00 local stays at 19:00
 * local across a DST change (its UTC hour moves), and the 23- and 25-hour days come out right.
 */
export interface HourCalendar {
  startUtcMs: number;
  hours: number;
  timeZone: string;
  /** Local hour of day 0..23 of each hour. */
  hourOfDay: Uint8Array;
  /** Local hour of week 0..167 (Monday 00:00 = 0) of each hour. */
  hourOfWeek: Uint8Array;
  /** Index into `dates` of each hour's local date. */
  dayOfHour: Int32Array;
  /** Local dates the hours touch, in order. */
  dates: string[];
  /** ISO weekday (1 = Monday) of each date. */
  weekdays: number[];
  /** First hour index and end (exclusive) of each date. */
  dayStart: number[];
  dayEnd: number[];
}

const DAY_MS = 86_400_000;
const UTC_ZONES = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'z']);

let lastCalendar: HourCalendar | null = null;

export function buildHourCalendar(startUtcMs: number, hours: number, timeZone: string): HourCalendar {
  // many series of one request share their grid: reuse the last calendar when it covers this one
  if (lastCalendar && lastCalendar.startUtcMs === startUtcMs && lastCalendar.hours === hours && lastCalendar.timeZone === timeZone) {
    return lastCalendar;
  }
  const hourOfDay = new Uint8Array(hours);
  const hourOfWeek = new Uint8Array(hours);
  const dayOfHour = new Int32Array(hours);
  const dates: string[] = [];
  const weekdays: number[] = [];
  const dayStart: number[] = [];
  const dayEnd: number[] = [];
  const isUtc = UTC_ZONES.has(timeZone.toLowerCase());
  let currentDate = '';
  let currentUtcDay = Number.NaN;
  for (let i = 0; i < hours; i++) {
    const utcMs = startUtcMs + i * HOUR_MS;
    let date: string;
    let hour: number;
    let weekday: number;
    if (isUtc) {
      // plain arithmetic on UTC: same answer as luxon, without building a DateTime per hour
      const day = floor(utcMs / DAY_MS);
      hour = floor((utcMs - day * DAY_MS) / HOUR_MS);
      if (day !== currentUtcDay) {
        currentUtcDay = day;
        date = new Date(day * DAY_MS).toISOString().slice(0, 10);
      } else {
        date = currentDate;
      }
      weekday = ((((day + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
    } else {
      const local = toLocal(utcMs, timeZone);
      date = local.date;
      hour = local.hour;
      weekday = local.weekday;
    }
    if (date !== currentDate) {
      if (dates.length) dayEnd.push(i);
      dates.push(date);
      weekdays.push(weekday);
      dayStart.push(i);
      currentDate = date;
    }
    hourOfDay[i] = hour;
    hourOfWeek[i] = (weekday - 1) * 24 + hour;
    dayOfHour[i] = dates.length - 1;
  }
  if (dates.length) dayEnd.push(hours);
  lastCalendar = { startUtcMs, hours, timeZone, hourOfDay, hourOfWeek, dayOfHour, dates, weekdays, dayStart, dayEnd };
  return lastCalendar;
}
