import { HOURS_PER_WEEK, utcMidnight } from './time';

/**
 * Rota weeks: 7-day blocks of site-local dates counted from the plan grid's first UTC date,
 * the same for every site; a site date before the first block or after the last folds into
 * it. The planner's weekly limits and the rota's weekly rules both count a shift in the week
 * of its local start date through this one rule.
 */
export interface RotaWeekLayout {
  weekCount: number;
  /** Unclamped 7-day offset of a date from the anchor (equal to the week for a week's own dates). */
  offsetOf(date: string): number;
  /** The rota week a site-local date counts in. */
  weekOf(date: string): number;
}

export function rotaWeekLayout(gridStartUtc: string | number, gridHours: number): RotaWeekLayout {
  const startMs = typeof gridStartUtc === 'number' ? gridStartUtc : Date.parse(gridStartUtc);
  const anchorMs = utcMidnight(new Date(startMs).toISOString().slice(0, 10));
  const weekCount = Math.max(1, Math.ceil(gridHours / HOURS_PER_WEEK));
  const offsetOf = (date: string) => Math.floor(Math.round((utcMidnight(date) - anchorMs) / 86_400_000) / 7);
  return {
    weekCount,
    offsetOf,
    weekOf: (date) => Math.min(weekCount - 1, Math.max(0, offsetOf(date))),
  };
}
