import { useMutation } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import type { FrontierRequest } from './scenario.types';

export const startFrontier = (request: FrontierRequest) => apiClient.post<{ jobId: string }>('/frontier', request);

/** Starts the cost–service frontier (a plan per wait target); the points are the job's result. */
export const useStartFrontier = () => useMutation<{ jobId: string }, ApiError, FrontierRequest>({ mutationFn: startFrontier });
