import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import { ROTA_QUERY_KEY } from './rota-query-keys';
import type { RotaSummary } from './rota.types';

export const publishRota = (rotaId: string) => apiClient.post<RotaSummary & { holidayDutyRecorded: number }>(`/rotas/${encodeURIComponent(rotaId)}/publish`);

/** Makes the rota final and records its holiday duty, so the next rota rotates it. */
export function usePublishRota() {
  const queryClient = useQueryClient();
  return useMutation<RotaSummary & { holidayDutyRecorded: number }, ApiError, string>({
    mutationFn: publishRota,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ROTA_QUERY_KEY] }),
  });
}
