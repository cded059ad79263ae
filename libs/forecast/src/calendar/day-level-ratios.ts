import { isSpecialDay, type DayClassification } from './day-classification';
import type { HourCalendar } from './hour-calendar';
import { normalDayExpectation } from './normal-day-expectation';
import { hoursOfDayIn, knownHoursOfWeek } from './open-hours';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { isNaN } = Number;

const MIN_KNOWN_SHARE = 0.75;

/** How each ordinary day before `origin` compares with what its weekday usually brings around it. */
export interface DayLevelRatios {
  /** Day volume over the expected volume of its known hours; NaN for special or mostly unknown days. */
  ratio: Float64Array;
  /** The expected volume of those hours. */
  expected: Float64Array;
  /** Ordinary days the ratio is known for. */
  count: number;
}

export function dayLevelRatios(calendar: HourCalendar, values: Float64Array, classification: DayClassification, origin: number): DayLevelRatios {
  const days = calendar.dates.length;
  const ratio = new Float64Array(days).fill(Number.NaN);
  const expected = new Float64Array(days).fill(Number.NaN);
  let count = 0;
  const open = knownHoursOfWeek(calendar, values, origin);
  for (let day = 0; day < days && calendar.dayEnd[day] <= origin; day++) {
    if (isSpecialDay(classification, day)) continue;
    const start = calendar.dayStart[day];
    const end = calendar.dayEnd[day];
    const expectation = normalDayExpectation(calendar, values, classification, day, calendar.weekdays[day], origin);
    if (!expectation) continue;
    let actualSum = 0;
    let expectedSum = 0;
    let known = 0;
    for (let t = start; t < end; t++) {
      const typical = expectation[calendar.hourOfDay[t]];
      if (isNaN(values[t]) || isNaN(typical)) continue;
      actualSum += values[t];
      expectedSum += typical;
      known++;
    }
    const openHours = hoursOfDayIn(calendar, open, day);
    if (!openHours || known < MIN_KNOWN_SHARE * openHours || expectedSum <= 0) continue;
    ratio[day] = actualSum / expectedSum;
    expected[day] = expectedSum;
    count++;
  }
  return { ratio, expected, count };
}
