import { DateTime } from 'luxon';
import type { ReplyClock } from './scenario.types';
import { HOUR_MS, localToUtc } from './time';
import { holidayDateSet } from './holidays';

/**
 * The marketplace's reply clock: when a message's deadline falls and how many clock hours a
 * wait used. A calendar clock runs every hour; a business clock runs only between its local
 * opening and closing time on its open weekdays in the buyers' time zone, and stops on the
 * buyers' public holidays when `holidaysStopClock` is set.
 *
 * Called per message in simulations, so the business clock's open interval of each local date
 * is computed once (luxon, DST-correct) and cached; the hot paths are plain arithmetic on
 * UTC milliseconds. Clocks are treated as immutable values: to change a clock, pass a new
 * object (the cache recognises a clock object it has seen before).
 */

const DAY_MS = 86_400_000;
/** A deadline search gives up after this many days (a clock that never runs). */
const SEARCH_LIMIT_DAYS = 800;

type BusinessClock = Extract<ReplyClock, { kind: 'business' }>;

/** [openUtcMs, closeUtcMs) of one local date, or null when the clock does not run that day. */
type DayInterval = readonly [number, number] | null;

class BusinessDays {
  private readonly intervals = new Map<number, DayInterval>();
  private readonly openDays: Set<number>;

  constructor(
    private readonly clock: BusinessClock,
    private readonly zone: string,
    private readonly holidayCountry: string,
  ) {
    this.openDays = new Set(clock.days);
  }

  /** Open interval of the local date `dayIndex` days after 1970-01-01. */
  interval(dayIndex: number): DayInterval {
    const cached = this.intervals.get(dayIndex);
    if (cached !== undefined) return cached;
    const interval = this.compute(dayIndex);
    this.intervals.set(dayIndex, interval);
    return interval;
  }

  private compute(dayIndex: number): DayInterval {
    const weekday = ((((dayIndex + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday (4)
    if (!this.openDays.has(weekday)) return null;
    const date = DateTime.fromMillis(dayIndex * DAY_MS, { zone: 'utc' }).toISODate() as string;
    if (this.clock.holidaysStopClock) {
      const year = Number(date.slice(0, 4));
      if (holidayDateSet(this.holidayCountry, [year]).has(date)) return null;
    }
    const open = localToUtc(date, this.clock.open, this.zone);
    const close = localToUtc(date, this.clock.close, this.zone);
    return close > open ? [open, close] : null;
  }
}

const calendars = new Map<string, BusinessDays>();
/** Fast path for the usual caller, who passes the same clock object for every message. */
const byClockObject = new WeakMap<BusinessClock, { zone: string; holidayCountry: string; days: BusinessDays }>();

function businessDays(clock: BusinessClock, zone: string, holidayCountry: string): BusinessDays {
  const recent = byClockObject.get(clock);
  if (recent && recent.zone === zone && recent.holidayCountry === holidayCountry) return recent.days;
  const key = `${zone}|${clock.open}|${clock.close}|${[...clock.days].sort().join(',')}|${clock.holidaysStopClock ? holidayCountry : '-'}`;
  let days = calendars.get(key);
  if (!days) {
    if (calendars.size > 1000) calendars.clear();
    days = new BusinessDays(clock, zone, holidayCountry);
    calendars.set(key, days);
  }
  byClockObject.set(clock, { zone, holidayCountry, days });
  return days;
}

/**
 * UTC date of an instant as days since 1970-01-01. Offsets lie within ±14 h, so the local date
 * of an instant is its UTC date or a neighbour: scanning from the day before is always enough.
 */
function dayIndexOf(utcMs: number): number {
  return Math.floor(utcMs / DAY_MS);
}

/**
 * UTC ms by which a message received at `receivedUtcMs` must be answered: `deadlineHours`
 * of running clock later. On a business clock a message received while the clock is stopped
 * starts counting at the next opening.
 */
export function replyDeadline(
  receivedUtcMs: number,
  deadlineHours: number,
  clock: ReplyClock,
  zone: string,
  holidayCountry: string,
): number {
  if (!(deadlineHours >= 0)) throw new RangeError(`a reply deadline must be 0 hours or more, not ${deadlineHours}`);
  if (clock.kind === 'calendar') return receivedUtcMs + deadlineHours * HOUR_MS;
  const days = businessDays(clock, zone, holidayCountry);
  let remaining = deadlineHours * HOUR_MS;
  const firstDay = dayIndexOf(receivedUtcMs) - 1;
  for (let day = firstDay; day < firstDay + SEARCH_LIMIT_DAYS; day++) {
    const interval = days.interval(day);
    if (!interval) continue;
    const from = Math.max(interval[0], receivedUtcMs);
    if (from >= interval[1]) continue;
    const available = interval[1] - from;
    if (remaining <= available) return from + remaining;
    remaining -= available;
  }
  throw new RangeError(`the business reply clock in ${zone} never runs long enough for ${deadlineHours} h`);
}

/**
 * Hours the clock ran between two instants: the "clock wait" of a message received at
 * `fromUtcMs` and answered at `toUtcMs` (negative when `toUtcMs` is earlier).
 */
export function clockHoursBetween(
  fromUtcMs: number,
  toUtcMs: number,
  clock: ReplyClock,
  zone: string,
  holidayCountry: string,
): number {
  if (toUtcMs < fromUtcMs) return -clockHoursBetween(toUtcMs, fromUtcMs, clock, zone, holidayCountry);
  if (clock.kind === 'calendar') return (toUtcMs - fromUtcMs) / HOUR_MS;
  const days = businessDays(clock, zone, holidayCountry);
  let running = 0;
  const lastDay = dayIndexOf(toUtcMs) + 1;
  for (let day = dayIndexOf(fromUtcMs) - 1; day <= lastDay; day++) {
    const interval = days.interval(day);
    if (!interval) continue;
    const start = Math.max(interval[0], fromUtcMs);
    const end = Math.min(interval[1], toUtcMs);
    if (end > start) running += end - start;
  }
  return running / HOUR_MS;
}

/** Whether the reply clock runs at the instant `utcMs`. */
export function isClockRunning(utcMs: number, clock: ReplyClock, zone: string, holidayCountry: string): boolean {
  if (clock.kind === 'calendar') return true;
  const days = businessDays(clock, zone, holidayCountry);
  const day = dayIndexOf(utcMs);
  for (let d = day - 1; d <= day + 1; d++) {
    const interval = days.interval(d);
    if (interval && utcMs >= interval[0] && utcMs < interval[1]) return true;
  }
  return false;
}
