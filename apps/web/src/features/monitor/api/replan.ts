import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import type { ReplanAccepted, ReplanProposal, ReplanRequest } from './monitor.types';

/** Proposes changes to the plan's rota for the rest of its window from `asOf`; nothing is stored. */
export const proposeReplan = (request: ReplanRequest) => apiClient.post<ReplanProposal>('/monitor/replan', request);

/** Stores the proposal as a new draft version of the rota it was made for. */
export const acceptReplan = (request: ReplanRequest & { rotaId: string }) => apiClient.post<ReplanAccepted>('/monitor/replan/accept', request);

export const useProposeReplan = () => useMutation<ReplanProposal, ApiError, ReplanRequest>({ mutationFn: proposeReplan });

export function useAcceptReplan() {
  const queryClient = useQueryClient();
  return useMutation<ReplanAccepted, ApiError, ReplanRequest & { rotaId: string }>({
    mutationFn: acceptReplan,
    // the rota page lists the new version
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['rotas'] }),
  });
}
