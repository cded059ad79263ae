import { HOURS_PER_WEEK, type PlanningHorizon } from '@app/domain';
import { localToday, nextMonday } from '@app/optimizer';

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
    start: request.start ?? horizon?.start ?? nextMonday(localToday(now, 'UTC')),
    hours: request.horizonHours ?? (horizon?.weeks ?? 1) * HOURS_PER_WEEK,
  };
}
