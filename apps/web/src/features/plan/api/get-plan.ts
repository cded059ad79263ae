import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { PLAN_QUERY_KEY } from './plan-query-keys';
import type { PlanSummary } from './plan.types';

export const getPlan = (planId: string, signal?: AbortSignal) => apiClient.get<PlanSummary>(`/plans/${encodeURIComponent(planId)}`, undefined, signal);

export const planQueryOptions = (planId: string) =>
  queryOptions({ queryKey: [PLAN_QUERY_KEY, 'detail', planId], queryFn: ({ signal }) => getPlan(planId, signal) });

/** Cost per site and in total, SLA and waits per marketplace, bound and gap, or why it is infeasible. */
export const usePlan = (planId: string | null) => useQuery({ ...planQueryOptions(planId ?? ''), enabled: planId !== null });
