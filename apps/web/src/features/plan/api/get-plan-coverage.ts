import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { PLAN_QUERY_KEY } from './plan-query-keys';
import type { PlanCoverage } from './plan.types';

/**
 * Hourly workload against capacity of every site and queue, on the UTC clock: the page puts
 * the hours on the buyers' or a site's clock itself, so switching clocks needs no new request.
 */
export const getPlanCoverage = (planId: string, signal?: AbortSignal) =>
  apiClient.get<PlanCoverage>(`/plans/${encodeURIComponent(planId)}/coverage`, { view: 'utc' }, signal);

export const planCoverageQueryOptions = (planId: string) =>
  queryOptions({ queryKey: [PLAN_QUERY_KEY, 'coverage', planId], queryFn: ({ signal }) => getPlanCoverage(planId, signal), staleTime: Infinity });

export const usePlanCoverage = (planId: string | null) => useQuery({ ...planCoverageQueryOptions(planId ?? ''), enabled: planId !== null });
