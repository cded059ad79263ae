import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, apiUrl, type ApiError } from '../../../lib/api-client';
import { SCENARIO_QUERY_KEY } from './scenario-query-keys';
import type { ComparisonRequest, ComparisonSummary, StoredComparison } from './scenario.types';

export const getComparisons = (signal?: AbortSignal) => apiClient.get<ComparisonSummary[]>('/comparisons', undefined, signal);
export const getComparison = (id: string, signal?: AbortSignal) => apiClient.get<StoredComparison>(`/comparisons/${encodeURIComponent(id)}`, undefined, signal);
export const startComparison = (request: ComparisonRequest) => apiClient.post<{ jobId: string; comparisonId: string }>('/comparisons', request);
export const comparisonCsvUrl = (id: string) => apiUrl(`/comparisons/${encodeURIComponent(id)}/export.csv`);

export const comparisonsQueryOptions = () => queryOptions({ queryKey: [SCENARIO_QUERY_KEY, 'comparisons'], queryFn: ({ signal }) => getComparisons(signal) });
export const comparisonQueryOptions = (id: string) =>
  queryOptions({ queryKey: [SCENARIO_QUERY_KEY, 'comparison', id], queryFn: ({ signal }) => getComparison(id, signal) });

/** Stored comparisons, newest first. */
export const useComparisons = () => useQuery(comparisonsQueryOptions());

/** One comparison: a column per scenario (cost, headcount, SLA planned and simulated, waits). */
export const useComparison = (id: string | null) => useQuery({ ...comparisonQueryOptions(id ?? ''), enabled: id !== null });

/** Starts a comparison of 2–6 stored scenarios (forecast, plan and simulate each the same way). */
export function useStartComparison() {
  const queryClient = useQueryClient();
  return useMutation<{ jobId: string; comparisonId: string }, ApiError, ComparisonRequest>({
    mutationFn: startComparison,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [SCENARIO_QUERY_KEY, 'comparisons'] }),
  });
}
