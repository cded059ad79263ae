import type { HourCalendar } from './hour-calendar';

/**
 * Which hours of the week (on the series' local clock, Monday 00:00 = 0) the history has seen
 * at all before `origin`: an hour of the week with no count in any week — no row in the export,
 * not even a zero — is taken as closed. A missing hour that other weeks did observe is a gap,
 * not a closing time.
 */
export function observedHoursOfWeek(calendar: HourCalendar, values: readonly (number | null)[], origin: number): Uint8Array {
  const observed = new Uint8Array(168);
  let seen = 0;
  for (let t = 0; t < origin && seen < 168; t++) {
    if (values[t] === null || observed[calendar.hourOfWeek[t]]) continue;
    observed[calendar.hourOfWeek[t]] = 1;
    seen++;
  }
  return observed;
}

/** The closed hours of the week, in order. */
export function closedHoursOf(observed: Uint8Array): number[] {
  const closed: number[] = [];
  for (let hour = 0; hour < 168; hour++) if (!observed[hour]) closed.push(hour);
  return closed;
}

/**
 * The same from a cleaned history (NaN = no value): the hours of the week the history before
 * `origin` has a value at. The calendar's "is this day mostly known" checks count against these,
 * so a business-hours day is judged by its open hours, not by 24.
 */
export function knownHoursOfWeek(calendar: HourCalendar, values: Float64Array, origin: number): Uint8Array {
  const known = new Uint8Array(168);
  let seen = 0;
  for (let t = 0; t < origin && seen < 168; t++) {
    if (Number.isNaN(values[t]) || known[calendar.hourOfWeek[t]]) continue;
    known[calendar.hourOfWeek[t]] = 1;
    seen++;
  }
  return known;
}

/** Hours of a local day that fall on hours of the week marked in `hours`. */
export function hoursOfDayIn(calendar: HourCalendar, hours: Uint8Array, day: number): number {
  let count = 0;
  for (let t = calendar.dayStart[day]; t < calendar.dayEnd[day]; t++) if (hours[calendar.hourOfWeek[t]]) count++;
  return count;
}
