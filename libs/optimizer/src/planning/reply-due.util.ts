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
export function replyDueHours(marketplace: Marketplace, deadlineHours: number, grid: GridSpec): { dueHour: number[]; deadlineAt: number[]; openingDueHour: number } {
  const deadlineOf = (k: number): number => {
    const arrival = grid.startUtcMs + k * HOUR_MS;
    const deadline =
      marketplace.replyClock.kind === 'calendar'
        ? arrival + deadlineHours * HOUR_MS
        : replyDeadline(arrival, deadlineHours, marketplace.replyClock, marketplace.timeZone, marketplace.country);
    return (deadline - grid.startUtcMs) / HOUR_MS;
  };
  const dueOf = (k: number): number => Math.max(k, Math.floor(deadlineOf(k) + 1e-9) - 1);
  const dueHour: number[] = [];
  for (let k = 0; k < grid.hours; k++) dueHour.push(dueOf(k));
  const deadlineAt: number[] = [];
  for (let k = 0; k <= grid.hours; k++) deadlineAt.push(deadlineOf(k));
  return { dueHour, deadlineAt, openingDueHour: Math.max(0, dueOf(-1)) };
}
