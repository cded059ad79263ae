import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { MONITOR_QUERY_KEY } from './monitor-query-keys';
import type { ActualsLayout } from './monitor.types';

export const getActualsLayouts = (signal?: AbortSignal) => apiClient.get<ActualsLayout[]>('/actuals/layouts', undefined, signal);

export const actualsLayoutsQueryOptions = () =>
  queryOptions({ queryKey: [MONITOR_QUERY_KEY, 'actuals-layouts'], queryFn: ({ signal }) => getActualsLayouts(signal), staleTime: Infinity });

/** The helpdesk export layouts the import reads by name (followsun, zendesk …). */
export const useActualsLayouts = () => useQuery(actualsLayoutsQueryOptions());
