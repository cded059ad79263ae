import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { RotaPlanChoice } from './rota.types';

export const getRotaPlans = (signal?: AbortSignal) => apiClient.get<RotaPlanChoice[]>('/plans', undefined, signal);

// Same key as the plan page's list: one cache entry, refreshed when a plan finishes there.
export const rotaPlansQueryOptions = () => queryOptions({ queryKey: ['plans', 'list'], queryFn: ({ signal }) => getRotaPlans(signal) });

/** Plans, newest first: a rota is generated from one with shifts. */
export const useRotaPlans = () => useQuery(rotaPlansQueryOptions());
