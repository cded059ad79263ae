import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { PLAN_QUERY_KEY } from './plan-query-keys';
import type { PlannedShift } from './plan.types';

export const getPlanShifts = (planId: string, signal?: AbortSignal) => apiClient.get<PlannedShift[]>(`/plans/${encodeURIComponent(planId)}/shifts`, undefined, signal);

export const planShiftsQueryOptions = (planId: string) =>
  queryOptions({ queryKey: [PLAN_QUERY_KEY, 'shifts', planId], queryFn: ({ signal }) => getPlanShifts(planId, signal), staleTime: Infinity });

/** The planned shifts (a finished plan does not change). */
export const usePlanShifts = (planId: string | null) => useQuery({ ...planShiftsQueryOptions(planId ?? ''), enabled: planId !== null });
