import type { IsoWeekday } from '@app/domain';

/** ISO weekdays (1 = Monday) with short names for checkbox groups and tables. */
export const WEEKDAYS: readonly { value: IsoWeekday; label: string }[] = [
  { value: 1, label: 'Mon' },
  { value: 2, label: 'Tue' },
  { value: 3, label: 'Wed' },
  { value: 4, label: 'Thu' },
  { value: 5, label: 'Fri' },
  { value: 6, label: 'Sat' },
  { value: 7, label: 'Sun' },
];

/** "Mon–Fri", "Sat, Sun", "every day": runs of consecutive days are joined with a dash. */
export function describeWeekdays(days: readonly IsoWeekday[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return 'every day';
  if (sorted.length === 0) return 'no days';
  const label = (day: number) => WEEKDAYS[day - 1].label;
  const runs: string[] = [];
  let start: number = sorted[0];
  let previous: number = sorted[0];
  for (const day of [...sorted.slice(1), Number.NaN]) {
    if (day === previous + 1) {
      previous = day;
      continue;
    }
    runs.push(start === previous ? label(start) : previous === start + 1 ? `${label(start)}, ${label(previous)}` : `${label(start)}–${label(previous)}`);
    start = day;
    previous = day;
  }
  return runs.join(', ');
}
