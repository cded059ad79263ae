import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { MONITOR_QUERY_KEY } from './monitor-query-keys';
import type { ActualsExtent } from './monitor.types';

export const getActualsSummary = (signal?: AbortSignal) => apiClient.get<ActualsExtent[]>('/actuals/summary', undefined, signal);

export const actualsSummaryQueryOptions = () =>
  queryOptions({ queryKey: [MONITOR_QUERY_KEY, 'actuals-summary'], queryFn: ({ signal }) => getActualsSummary(signal) });

/** Stored actuals per marketplace: first and last receipt, messages, answered ones. */
export const useActualsSummary = () => useQuery(actualsSummaryQueryOptions());
