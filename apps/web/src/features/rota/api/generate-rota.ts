import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import { ROTA_QUERY_KEY } from './rota-query-keys';
import type { RotaStarted } from './rota.types';

export const generateRota = (planId: string) => apiClient.post<RotaStarted>('/rotas', { planId });

/** Builds a named rota from a plan in the background (pins and holiday-duty history apply). */
export function useGenerateRota() {
  const queryClient = useQueryClient();
  return useMutation<RotaStarted, ApiError, string>({
    mutationFn: generateRota,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ROTA_QUERY_KEY, 'list'] }),
  });
}
