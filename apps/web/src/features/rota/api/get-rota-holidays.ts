import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ROTA_QUERY_KEY } from './rota-query-keys';
import type { RotaHolidays } from './rota.types';

export const getRotaHolidays = (rotaId: string, signal?: AbortSignal) => apiClient.get<RotaHolidays>(`/rotas/${encodeURIComponent(rotaId)}/holidays`, undefined, signal);

export const rotaHolidaysQueryOptions = (rotaId: string) =>
  queryOptions({ queryKey: [ROTA_QUERY_KEY, 'holidays', rotaId], queryFn: ({ signal }) => getRotaHolidays(rotaId, signal) });

/** The crew of each public-holiday or event day, the pay multiplier and the extra cost. */
export const useRotaHolidays = (rotaId: string | null) => useQuery({ ...rotaHolidaysQueryOptions(rotaId ?? ''), enabled: rotaId !== null });
