import type { DayClassification } from './day-classification';
import type { HourCalendar } from './hour-calendar';
import { normalDayExpectation } from './normal-day-expectation';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { isNaN } = Number;

export interface LearnedEventUplift {
  multiplier: number;
  /** Past event days it was measured on. */
  learnedFrom: number;
}

/**
 * Uplift of each named event measured on its past occurrences before `origin`: actual volume
 * over what the same weekdays looked like around it.
 */
export function learnEventUplifts(
  calendar: HourCalendar,
  values: Float64Array,
  classification: DayClassification,
  origin: number,
): Map<string, LearnedEventUplift> {
  const sums = new Map<string, { actual: number; expected: number; days: number }>();
  for (let day = 0; day < calendar.dates.length && calendar.dayEnd[day] <= origin; day++) {
    const key = classification.eventOf[day];
    if (key === null || classification.excluded[day]) continue;
    const expectation = normalDayExpectation(calendar, values, classification, day, calendar.weekdays[day], origin);
    if (!expectation) continue;
    const sum = sums.get(key) ?? { actual: 0, expected: 0, days: 0 };
    let used = 0;
    for (let t = calendar.dayStart[day]; t < calendar.dayEnd[day]; t++) {
      const expected = expectation[calendar.hourOfDay[t]];
      if (isNaN(values[t]) || isNaN(expected)) continue;
      sum.actual += values[t];
      sum.expected += expected;
      used++;
    }
    if (used) sum.days++;
    sums.set(key, sum);
  }
  const uplifts = new Map<string, LearnedEventUplift>();
  for (const [key, sum] of sums) {
    if (sum.days && sum.expected > 0) uplifts.set(key, { multiplier: sum.actual / sum.expected, learnedFrom: sum.days });
  }
  return uplifts;
}

/** Multiplier on each forecast hour: the user's for that occurrence, else the learned one, else 1. */
export function eventMultiplierAt(classification: DayClassification, uplifts: Map<string, LearnedEventUplift>, day: number): number {
  const key = classification.eventOf[day];
  if (key === null) return 1;
  return classification.eventMultiplier[day] ?? uplifts.get(key)?.multiplier ?? 1;
}

export function applyEventMultipliers(
  forecast: Float64Array,
  origin: number,
  calendar: HourCalendar,
  classification: DayClassification,
  uplifts: Map<string, LearnedEventUplift>,
): void {
  for (let i = 0; i < forecast.length; i++) {
    forecast[i] *= eventMultiplierAt(classification, uplifts, calendar.dayOfHour[origin + i]);
  }
}
