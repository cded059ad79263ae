import { DateTime } from 'luxon';
import { HOURS_PER_WEEK, type PlanningHorizon } from '@app/domain';

export interface ForecastWindowRequest {
  start?: string;
  horizonHours?: number;
}

/**
 * First date and length of a forecast when the request leaves them out: the organisation's
 * horizon (its start, its weeks), else next Monday (UTC calendar) and one week.
 */
export function resolveForecastWindow(
  request: ForecastWindowRequest,
  horizon: PlanningHorizon | undefined,
  now: Date,
): { start: string; hours: number } {
  return {
    start: request.start ?? horizon?.start ?? nextMonday(now),
    hours: request.horizonHours ?? (horizon?.weeks ?? 1) * HOURS_PER_WEEK,
  };
}

/** The Monday after `now`'s UTC date (a week ahead when today is a Monday). */
function nextMonday(now: Date): string {
  const today = DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day');
  return today.plus({ days: 8 - today.weekday }).toISODate() as string;
}
