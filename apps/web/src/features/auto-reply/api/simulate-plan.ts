import { useMutation } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';

export interface SimulateRequest {
  planId: string;
  mode?: 'fluid' | 'poisson' | 'overdispersed';
  replications?: number;
}

export const simulatePlan = (request: SimulateRequest) => apiClient.post<{ jobId: string; simulationId: string }>('/simulations', request);

/** Replays the plan message by message; the promise table then comes from the newest simulation. */
export const useSimulatePlan = () => useMutation<{ jobId: string; simulationId: string }, ApiError, SimulateRequest>({ mutationFn: simulatePlan });
