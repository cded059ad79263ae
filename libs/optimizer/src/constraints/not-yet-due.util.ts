import type { GridSpec } from '../planning/planning-problem.types';

/**
 * For each hour h: how many messages arrived up to h that may still be waiting at its end
 * because their due hour lies after h — the most a FIFO backlog may hold then. Due hours
 * never decrease with the arrival hour, so the scan stops at the first message already due.
 * Cyclic grids look back across the week's start.
 */
export function notYetDueCounts(
  arrivals: readonly number[],
  dueHour: readonly number[],
  grid: GridSpec,
  opening = 0,
  openingDueHour = -1,
): number[] {
  const hours = grid.hours;
  const counts: number[] = [];
  for (let h = 0; h < hours; h++) {
    let total = 0;
    const earliest = grid.mode === 'cyclic' ? h - hours + 1 : 0;
    for (let k = h; k >= earliest; k--) {
      const wrapped = k < 0 ? k + hours : k;
      const due = k < 0 ? dueHour[wrapped] - hours : dueHour[wrapped];
      if (due <= h) break;
      total += arrivals[wrapped];
    }
    if (grid.mode === 'dated' && openingDueHour > h) total += opening;
    counts.push(total);
  }
  return counts;
}
