import { queryOptions } from '@tanstack/react-query';
import { apiClient, apiUrl } from '../api-client';
import type { Job } from './job.types';

export const jobQueryKey = (jobId: string) => ['jobs', jobId] as const;

export const getJob = (jobId: string, signal?: AbortSignal) => apiClient.get<Job>(`/jobs/${encodeURIComponent(jobId)}`, undefined, signal);

export const jobQueryOptions = (jobId: string) =>
  queryOptions({ queryKey: jobQueryKey(jobId), queryFn: ({ signal }) => getJob(jobId, signal), staleTime: 0 });

/** URL of the job's server-sent events (progress …, then done | failed | cancelled). */
export const jobEventsUrl = (jobId: string) => apiUrl(`/jobs/${encodeURIComponent(jobId)}/events`);
