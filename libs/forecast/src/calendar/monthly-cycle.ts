import type { DayClassification } from './day-classification';
import type { DayLevelRatios } from './day-level-ratios';
import type { HourCalendar } from './hour-calendar';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { abs, exp, log } = Math;
const { isNaN } = Number;

/** Three months of ordinary days before a monthly cycle is worth estimating. */
const MIN_DAYS = 91;
/** Neighbouring days of the month share strength (paydays move with weekends). */
const KERNEL = [0.5, 1, 0.5];
/** Pulls a day of the month with few observations toward "no effect". */
const SHRINKAGE_DAYS = 2;
/**
 * A history too short to validate a cycle on its own end still holds two months of paydays and
 * month ends; there the cycle is used pulled twice as hard toward none, so a series without a
 * monthly rhythm gets one close to flat while a strong rhythm still shows.
 */
const MIN_UNVALIDATED_DAYS = 56;
const UNVALIDATED_SHRINKAGE_DAYS = 4;

/**
 * Volume by day of the month (paydays, statements, month-end closing): for day 1..31 the
 * typical ratio of a day's volume to its weekday's usual volume, as a smoothed geometric mean
 * shrunk toward 1. Null when the history is too short to tell.
 */
export function learnMonthlyCycle(calendar: HourCalendar, ratios: DayLevelRatios, classification: DayClassification): Float64Array | null {
  if (ratios.count < MIN_DAYS) return null;
  return fitCycle(calendar, ratios, classification, ratios.ratio.length, SHRINKAGE_DAYS);
}

/** Days of the history's end on which a cycle learned from the days before must prove itself. */
const VALIDATION_DAYS = 56;
/** Share of those errors the cycle must remove. */
const MIN_GAIN = 0.03;

/**
 * The cycle only where it predicts: learned from the days before the last eight weeks, it must
 * bring the day-level errors of those weeks (mean absolute log ratio) down by MIN_GAIN, else
 * null. A series without a monthly rhythm then does not get one made of noise.
 */
export function learnValidatedMonthlyCycle(calendar: HourCalendar, ratios: DayLevelRatios, classification: DayClassification): Float64Array | null {
  let lastDay = -1;
  for (let day = ratios.ratio.length - 1; day >= 0; day--) if (!isNaN(ratios.ratio[day])) { lastDay = day; break; }
  const split = lastDay + 1 - VALIDATION_DAYS;
  let before = 0;
  for (let day = 0; day < split; day++) if (!isNaN(ratios.ratio[day])) before++;
  if (before < MIN_DAYS) return ratios.count >= MIN_UNVALIDATED_DAYS ? fitCycle(calendar, ratios, classification, ratios.ratio.length, UNVALIDATED_SHRINKAGE_DAYS) : null;
  const early = fitCycle(calendar, ratios, classification, split, SHRINKAGE_DAYS);
  let without = 0;
  let withCycle = 0;
  for (let day = split; day <= lastDay; day++) {
    const ratio = ratios.ratio[day];
    if (isNaN(ratio) || ratio <= 0 || classification.excluded[day]) continue;
    without += abs(log(ratio));
    withCycle += abs(log(ratio / early[dayOfMonthOf(calendar, day)]));
  }
  if (!(withCycle < (1 - MIN_GAIN) * without)) return null;
  return fitCycle(calendar, ratios, classification, ratios.ratio.length, SHRINKAGE_DAYS);
}

function fitCycle(calendar: HourCalendar, ratios: DayLevelRatios, classification: DayClassification, endDay: number, shrinkageDays: number): Float64Array {
  const sums = new Float64Array(32);
  const counts = new Float64Array(32);
  for (let day = 0; day < endDay; day++) {
    const ratio = ratios.ratio[day];
    if (isNaN(ratio) || ratio <= 0 || classification.excluded[day]) continue;
    const dayOfMonth = dayOfMonthOf(calendar, day);
    sums[dayOfMonth] += log(ratio);
    counts[dayOfMonth]++;
  }
  const cycle = new Float64Array(32).fill(1);
  for (let dayOfMonth = 1; dayOfMonth <= 31; dayOfMonth++) {
    let sum = 0;
    let weight = 0;
    KERNEL.forEach((kernel, offset) => {
      // the month wraps: the 31st sits next to the 1st
      const neighbour = ((dayOfMonth - 1 + offset - 1 + 31) % 31) + 1;
      sum += kernel * sums[neighbour];
      weight += kernel * counts[neighbour];
    });
    cycle[dayOfMonth] = exp(sum / (weight + shrinkageDays));
  }
  return cycle;
}

export function dayOfMonthOf(calendar: HourCalendar, day: number): number {
  return Number(calendar.dates[day].slice(8, 10));
}
