import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { PromisePlanChoice } from './auto-reply.types';

export const getPromisePlans = (signal?: AbortSignal) => apiClient.get<PromisePlanChoice[]>('/plans', undefined, signal);

// Same key as the plan page's list: one cache entry.
export const promisePlansQueryOptions = () => queryOptions({ queryKey: ['plans', 'list'], queryFn: ({ signal }) => getPromisePlans(signal) });

/** Plans, newest first: promises come from a plan with shifts. */
export const usePromisePlans = () => useQuery(promisePlansQueryOptions());
