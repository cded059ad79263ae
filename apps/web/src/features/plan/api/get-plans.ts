import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { PLAN_QUERY_KEY } from './plan-query-keys';
import type { PlanListItem } from './plan.types';

export const getPlans = (signal?: AbortSignal) => apiClient.get<PlanListItem[]>('/plans', undefined, signal);

export const plansQueryOptions = () => queryOptions({ queryKey: [PLAN_QUERY_KEY, 'list'], queryFn: ({ signal }) => getPlans(signal) });

/** Plans, newest first (a running one carries its job id). */
export const usePlans = () => useQuery(plansQueryOptions());
