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
