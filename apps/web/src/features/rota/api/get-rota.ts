import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ROTA_QUERY_KEY } from './rota-query-keys';
import type { Rota } from './rota.types';

export const getRota = (rotaId: string, signal?: AbortSignal) => apiClient.get<Rota>(`/rotas/${encodeURIComponent(rotaId)}`, undefined, signal);

export const rotaQueryOptions = (rotaId: string) => queryOptions({ queryKey: [ROTA_QUERY_KEY, 'detail', rotaId], queryFn: ({ signal }) => getRota(rotaId, signal) });

/** The rota as a grid (agents × dates), with unfilled shifts, broken soft rules and pins not applied. */
export const useRota = (rotaId: string | null) => useQuery({ ...rotaQueryOptions(rotaId ?? ''), enabled: rotaId !== null });
