import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { MonitorPlanChoice } from './monitor.types';

export const getMonitorPlans = (signal?: AbortSignal) => apiClient.get<MonitorPlanChoice[]>('/plans', undefined, signal);

// Same key as the plan page's list: one cache entry, refreshed when a plan finishes there.
export const monitorPlansQueryOptions = () => queryOptions({ queryKey: ['plans', 'list'], queryFn: ({ signal }) => getMonitorPlans(signal) });

/** Plans, newest first: the monitor sets the actuals against one of them. */
export const useMonitorPlans = () => useQuery(monitorPlansQueryOptions());
