import { median } from '../statistics/order-statistics';
import { isSpecialDay, type DayClassification } from './day-classification';
import type { HourCalendar } from './hour-calendar';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { isNaN } = Number;

const NEIGHBOURS = 4;

/**
 * What an ordinary `weekday` looks like near date `dateIndex`: per local hour of day, the
 * median of the nearest normal days with that weekday whose hours all lie before `limit`
 * (the forecast origin). Used to measure how far a holiday or an event day departs from
 * normal. Null when no such day exists.
 */
export function normalDayExpectation(
  calendar: HourCalendar,
  values: Float64Array,
  classification: DayClassification,
  dateIndex: number,
  weekday: number,
  limit: number,
): Float64Array | null {
  const neighbours: number[] = [];
  const usable = (day: number) => calendar.dayEnd[day] <= limit && !isSpecialDay(classification, day);
  // the same weekday lies a multiple of 7 days away: walk both ways, nearer side first
  const forward = (((weekday - calendar.weekdays[dateIndex]) % 7) + 7) % 7 || 7;
  let after = dateIndex + forward;
  let before = dateIndex - (7 - forward || 7);
  while (neighbours.length < NEIGHBOURS) {
    const afterOpen = after < calendar.dates.length && calendar.dayEnd[after] <= limit;
    if (before < 0 && !afterOpen) break;
    if (before >= 0 && (!afterOpen || dateIndex - before <= after - dateIndex)) {
      if (usable(before)) neighbours.push(before);
      before -= 7;
    } else {
      if (usable(after)) neighbours.push(after);
      after += 7;
    }
  }
  if (!neighbours.length) return null;
  const byHour: number[][] = Array.from({ length: 24 }, () => []);
  for (const day of neighbours) {
    for (let t = calendar.dayStart[day]; t < calendar.dayEnd[day]; t++) {
      if (!isNaN(values[t])) byHour[calendar.hourOfDay[t]].push(values[t]);
    }
  }
  const expectation = new Float64Array(24);
  for (let hour = 0; hour < 24; hour++) expectation[hour] = byHour[hour].length ? median(byHour[hour]) : Number.NaN;
  return expectation;
}
