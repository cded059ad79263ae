import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { PLAN_QUERY_KEY } from './plan-query-keys';

/** A scenario event or a public holiday on a week's dates (GET /api/plans/windows). */
export interface PlanWeekEvent {
  source: 'event' | 'holiday';
  name: string;
  /** The event's kind ('peak', 'holiday' …) or 'public-holiday'. */
  kind: string;
  start: string;
  end: string;
  countries: string[];
}

export interface PlanWeek {
  week: number;
  start: string;
  end: string;
  events: PlanWeekEvent[];
  /** The stored plan ending where this week starts: a window from here opens with its closing backlog. */
  backlogFromPlanId: string | null;
}

export interface PlanWindows {
  horizon: { start: string; weeks: number; mode: 'dated' | 'cyclic' };
  /** What the API plans when the request names no window: the next full week. */
  defaultWindow: { start: string; weeks: number };
  weeks: PlanWeek[];
}

export const getPlanWindows = (signal?: AbortSignal) => apiClient.get<PlanWindows>('/plans/windows', undefined, signal);

// under the plans key: a finished plan changes which weeks carry a backlog in
export const planWindowsQueryOptions = () => queryOptions({ queryKey: [PLAN_QUERY_KEY, 'windows'], queryFn: ({ signal }) => getPlanWindows(signal) });

/** The horizon's weeks for the week picker, with the default window. */
export const usePlanWindows = () => useQuery(planWindowsQueryOptions());
