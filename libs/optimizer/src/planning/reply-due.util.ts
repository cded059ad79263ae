import { HOUR_MS, replyDeadline } from '@app/domain';
import type { Marketplace } from '@app/domain';
import type { GridSpec } from './planning-problem.types';

/**
 * For messages arriving in each grid hour k: the last hour by whose end they must be answered
 * so that even a message arriving at the very start of hour k meets its deadline on the
 * marketplace's reply clock (calendar or business hours). A 24 h calendar deadline gives
 * k + 23; a deadline shorter than an hour still allows the arrival hour itself (the grid's
 * resolution). The opening backlog is taken to have arrived in the hour before the grid.
 */
export function replyDueHours(marketplace: Marketplace, deadlineHours: number, grid: GridSpec): { dueHour: number[]; openingDueHour: number } {
  const dueOf = (k: number): number => {
    const arrival = grid.startUtcMs + k * HOUR_MS;
    const deadline =
      marketplace.replyClock.kind === 'calendar'
        ? arrival + deadlineHours * HOUR_MS
        : replyDeadline(arrival, deadlineHours, marketplace.replyClock, marketplace.timeZone, marketplace.country);
    return Math.max(k, Math.floor((deadline - grid.startUtcMs) / HOUR_MS + 1e-9) - 1);
  };
  const dueHour: number[] = [];
  for (let k = 0; k < grid.hours; k++) dueHour.push(dueOf(k));
  return { dueHour, openingDueHour: Math.max(0, dueOf(-1)) };
}
