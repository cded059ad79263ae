import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export interface Health {
  status: string;
  database: { kind: string; version: string };
  version: string;
}

export const getHealth = (signal?: AbortSignal) => apiClient.get<Health>('/health', undefined, signal);

export const healthQueryOptions = () => queryOptions({ queryKey: ['health'], queryFn: ({ signal }) => getHealth(signal) });

export const useHealth = () => useQuery(healthQueryOptions());
