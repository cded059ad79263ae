import { toLocal } from '@app/domain/time'; // not the index: it would bundle the holiday calendars

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Number of colour steps of a heatmap cell (CSS classes heat-0 … heat-8). */
export const HEAT_LEVELS = 9;

export interface HeatmapCell {
  /** 0 = Monday 00:00–00:59 local … 167. */
  hourOfWeek: number;
  weekday: number;
  hour: number;
  /** Mean over the weeks in the data; null when the hour never occurs. */
  mean: number | null;
  /** 0 … HEAT_LEVELS − 1, 0 for an hour without data. */
  level: number;
}

export interface Heatmap {
  /** 7 rows (Monday first) of 24 cells (local hour 0 first). */
  rows: HeatmapCell[][];
  max: number;
}

/**
 * The mean of hourly values by hour of the week on a local clock: which hours of the buyers'
 * week are busy. Each value is placed by its local weekday and hour (DST moves the UTC hour).
 */
export function hourOfWeekHeatmap(values: ReadonlyArray<{ utcMs: number; value: number }>, zone: string): Heatmap {
  const sums = new Array<number>(168).fill(0);
  const counts = new Array<number>(168).fill(0);
  for (const { utcMs, value } of values) {
    const { hourOfWeek } = toLocal(utcMs, zone);
    sums[hourOfWeek] += value;
    counts[hourOfWeek] += 1;
  }
  const means = sums.map((sum, index) => (counts[index] > 0 ? sum / counts[index] : null));
  const max = Math.max(0, ...means.map((mean) => mean ?? 0));
  const rows = WEEKDAY_NAMES.map((_, day) =>
    Array.from({ length: 24 }, (__, hour) => {
      const hourOfWeek = day * 24 + hour;
      const mean = means[hourOfWeek];
      return { hourOfWeek, weekday: day + 1, hour, mean, level: heatLevel(mean, max) };
    }),
  );
  return { rows, max };
}

/** The colour step of a value on a 0…max scale: 0 for none, the top step only at the max. */
export function heatLevel(value: number | null, max: number): number {
  if (value === null || max <= 0 || value <= 0) return 0;
  return Math.min(HEAT_LEVELS - 1, Math.max(1, Math.ceil((value / max) * (HEAT_LEVELS - 1))));
}
