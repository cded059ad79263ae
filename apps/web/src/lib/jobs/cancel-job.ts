import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../api-client';
import { jobQueryKey } from './get-job';
import type { Job } from './job.types';

export const cancelJob = (jobId: string) => apiClient.post<Job>(`/jobs/${encodeURIComponent(jobId)}/cancel`);

export function useCancelJob() {
  const queryClient = useQueryClient();
  return useMutation<Job, ApiError, string>({
    mutationFn: cancelJob,
    onSuccess: (job) => queryClient.setQueryData(jobQueryKey(job.id), job),
  });
}
