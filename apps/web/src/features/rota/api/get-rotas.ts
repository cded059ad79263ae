import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ROTA_QUERY_KEY } from './rota-query-keys';
import type { RotaSummary } from './rota.types';

export const getRotas = (signal?: AbortSignal) => apiClient.get<RotaSummary[]>('/rotas', undefined, signal);

export const rotasQueryOptions = () => queryOptions({ queryKey: [ROTA_QUERY_KEY, 'list'], queryFn: ({ signal }) => getRotas(signal) });

/** Stored rotas, newest first. */
export const useRotas = () => useQuery(rotasQueryOptions());
