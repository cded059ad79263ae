import { isSpecialDay, type DayClassification } from './day-classification';
import type { HourCalendar } from './hour-calendar';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { max } = Math;
const { isNaN } = Number;

/** A weekday with less than this share of the busiest weekday's usual volume is a rest day (a weekend). */
const REST_DAY_SHARE = 0.5;

/**
 * The weekdays (ISO, 1 = Monday; index 0 unused) whose mean volume on ordinary days before
 * `origin` is below REST_DAY_SHARE of the busiest weekday's: the series' weekend, whichever
 * days it falls on (Saturday–Sunday, Friday–Saturday, none for a shop busiest at weekends).
 */
export function restWeekdays(calendar: HourCalendar, values: Float64Array, classification: DayClassification, origin: number): boolean[] {
  const totals = new Float64Array(8);
  const counts = new Float64Array(8);
  for (let day = 0; day < calendar.dates.length && calendar.dayEnd[day] <= origin; day++) {
    if (isSpecialDay(classification, day)) continue;
    let sum = 0;
    for (let t = calendar.dayStart[day]; t < calendar.dayEnd[day]; t++) if (!isNaN(values[t])) sum += values[t];
    totals[calendar.weekdays[day]] += sum;
    counts[calendar.weekdays[day]]++;
  }
  const means = Array.from({ length: 8 }, (_, weekday) => (counts[weekday] ? totals[weekday] / counts[weekday] : Number.NaN));
  const busiest = max(0, ...means.filter((mean) => !isNaN(mean)));
  return means.map((mean) => busiest > 0 && !isNaN(mean) && mean < REST_DAY_SHARE * busiest);
}

/**
 * The day after a holiday is busier because the holiday closed a working day and its demand
 * comes the day after. A holiday on a rest day closed nothing that was open, so the day after
 * it is an ordinary day: it is classified normal again (and shapes the weekly pattern).
 */
export function withoutCatchUpAfterRestDayHolidays(classification: DayClassification, calendar: HourCalendar, rest: readonly boolean[]): DayClassification {
  let kinds: DayClassification['kinds'] | null = null;
  for (let day = 1; day < classification.kinds.length; day++) {
    if (classification.kinds[day] !== 'after-holiday' || !rest[calendar.weekdays[day - 1]]) continue;
    kinds ??= [...classification.kinds];
    kinds[day] = 'normal';
  }
  return kinds ? { ...classification, kinds } : classification;
}
