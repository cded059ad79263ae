import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ROTA_QUERY_KEY } from './rota-query-keys';
import type { RotaFairness } from './rota.types';

export const getRotaFairness = (rotaId: string, signal?: AbortSignal) => apiClient.get<RotaFairness>(`/rotas/${encodeURIComponent(rotaId)}/fairness`, undefined, signal);

export const rotaFairnessQueryOptions = (rotaId: string) =>
  queryOptions({ queryKey: [ROTA_QUERY_KEY, 'fairness', rotaId], queryFn: ({ signal }) => getRotaFairness(rotaId, signal) });

/** Nights, weekends and holiday duty per agent, and their spread per site. */
export const useRotaFairness = (rotaId: string | null) => useQuery({ ...rotaFairnessQueryOptions(rotaId ?? ''), enabled: rotaId !== null });
