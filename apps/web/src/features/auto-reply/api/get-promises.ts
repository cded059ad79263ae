import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { PromiseTable } from './auto-reply.types';

export interface PromisesRequest {
  planId: string;
  marketplaceId: string;
  /** A date in the week; its buyers' local Monday starts the table. */
  weekStart: string;
  /** ISO 639-1; blank: the marketplace's first language. */
  language?: string;
}

export const getPromises = ({ planId, ...query }: PromisesRequest, signal?: AbortSignal) =>
  apiClient.get<PromiseTable>(`/plans/${encodeURIComponent(planId)}/promises`, { ...query }, signal);

export const promisesQueryOptions = (request: PromisesRequest) =>
  queryOptions({ queryKey: ['promises', request], queryFn: ({ signal }) => getPromises(request, signal) });

/** The week's promise table, hour by hour in the buyers' time, with ready sentences. */
export const usePromises = (request: PromisesRequest | null) => useQuery({ ...promisesQueryOptions(request ?? { planId: '', marketplaceId: '', weekStart: '' }), enabled: request !== null });
