import { HOURS_PER_WEEK, addDays, isoWeekday, toLocal } from '@app/domain';

/**
 * The shape of buyers' messaging over their own week: quiet at night, rising through the
 * morning, a peak in the late afternoon and evening (strongest around 20:00) as people write
 * after work; Monday heaviest (the weekend's questions), Saturday lightest, Sunday with a
 * pronounced evening peak. Everything is keyed by the buyers' LOCAL hour of the week, so when
 * their clocks change for DST the peak moves in UTC.
 */

/** Relative weight of each local hour 0..23 on an ordinary weekday. */
const WEEKDAY_HOURS = [
  0.35, 0.22, 0.15, 0.12, 0.12, 0.15, 0.25, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0, 1.05, 1.2, 1.3, 1.35, 1.4, 1.5, 1.6, 1.8, 1.55, 1.05, 0.6,
];

/** Saturday: later start, flatter afternoon, a modest evening. */
const SATURDAY_HOURS = [
  0.45, 0.3, 0.2, 0.15, 0.12, 0.12, 0.15, 0.22, 0.35, 0.55, 0.75, 0.9, 1.0, 1.05, 1.1, 1.15, 1.15, 1.15, 1.2, 1.25, 1.35, 1.2, 0.9, 0.6,
];

/** Sunday: slow morning, the week's strongest evening (planning the week, chasing orders). */
const SUNDAY_HOURS = [
  0.45, 0.3, 0.2, 0.15, 0.12, 0.12, 0.15, 0.2, 0.3, 0.45, 0.6, 0.75, 0.85, 0.95, 1.05, 1.15, 1.25, 1.35, 1.6, 1.85, 2.1, 1.8, 1.2, 0.65,
];

/** Day-of-week level, Monday … Sunday. */
const DAY_LEVELS = [1.15, 1.05, 1.0, 0.95, 0.9, 0.7, 0.85];

function hourlyShape(weekday: number): number[] {
  return weekday === 6 ? SATURDAY_HOURS : weekday === 7 ? SUNDAY_HOURS : WEEKDAY_HOURS;
}

/** Share of a week's messages in each local hour of the week (0 = Monday 00:00–01:00); sums to 1. */
export const LOCAL_WEEK_SHARES: readonly number[] = (() => {
  const weights: number[] = [];
  for (let day = 1; day <= 7; day++) for (const weight of hourlyShape(day)) weights.push(weight * DAY_LEVELS[day - 1]);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
})();

/** The local hour at which a weekday's messages peak (20:00). */
export const WEEKDAY_PEAK_HOUR = WEEKDAY_HOURS.indexOf(Math.max(...WEEKDAY_HOURS));

/** Black Friday of a year: the day after the fourth Thursday of November. */
export function blackFriday(year: number): string {
  const first = `${year}-11-01`;
  const firstThursdayOffset = (4 - isoWeekday(first) + 7) % 7;
  return addDays(first, firstThursdayOffset + 21 + 1);
}

export interface PeakUplift {
  /** Black Friday → Cyber Monday, local dates. */
  cyberWeekend: number;
  /** The four days before Black Friday, when deals start. */
  dealWeek: number;
}

const cyberWeekends = new Map<number, { dealStart: string; friday: string; monday: string }>();

function cyberWeekend(year: number): { dealStart: string; friday: string; monday: string } {
  let days = cyberWeekends.get(year);
  if (!days) {
    const friday = blackFriday(year);
    days = { dealStart: addDays(friday, -4), friday, monday: addDays(friday, 3) };
    cyberWeekends.set(year, days);
  }
  return days;
}

/** Uplift of a local date: Black Friday to Cyber Monday, and the deal days before it. */
export function seasonalFactor(localDate: string, uplift: PeakUplift): number {
  const { dealStart, friday, monday } = cyberWeekend(Number(localDate.slice(0, 4)));
  if (localDate >= friday && localDate <= monday) return uplift.cyberWeekend;
  if (localDate >= dealStart && localDate < friday) return uplift.dealWeek;
  return 1;
}

/** Expected messages in the UTC hour starting at `utcMs` for buyers in `zone`. */
export function expectedMessages(utcMs: number, zone: string, weeklyVolume: number, uplift: PeakUplift): number {
  const local = toLocal(utcMs, zone);
  return weeklyVolume * LOCAL_WEEK_SHARES[local.hourOfWeek % HOURS_PER_WEEK] * seasonalFactor(local.date, uplift);
}
