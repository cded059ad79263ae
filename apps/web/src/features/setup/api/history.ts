import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import { SETUP_QUERY_KEY } from './crud-resource';

/** What the API stores for one marketplace × class after an import (UTC instants). */
export interface HistorySeriesSummary {
  marketplaceId: string;
  classId: string | null;
  from: string;
  to: string;
  hours: number;
  total: number;
}

export interface HistoryImportResult {
  rows: number;
  series: HistorySeriesSummary[];
}

export interface HistoryImportRequest {
  file: File;
  /** IANA zone for `received_at` values written without an offset; empty when they carry one. */
  timeZone: string;
}

const historySummaryKey = [SETUP_QUERY_KEY, 'history-summary'] as const;

/** The raw file goes up as `text/csv`: the server checks its encoding and every row. */
export const importHistory = ({ file, timeZone }: HistoryImportRequest) =>
  apiClient.post<HistoryImportResult>('/history/import', file, { query: { timeZone }, contentType: 'text/csv' });

/** The summary may come as a bare list or wrapped as `{series}`. */
export async function getHistorySummary(signal?: AbortSignal): Promise<HistorySeriesSummary[]> {
  const body = await apiClient.get<HistorySeriesSummary[] | { series: HistorySeriesSummary[] }>('/history/summary', undefined, signal);
  return Array.isArray(body) ? body : (body?.series ?? []);
}

export const historySummaryQueryOptions = () =>
  queryOptions({ queryKey: historySummaryKey, queryFn: ({ signal }) => getHistorySummary(signal) });

export const useHistorySummary = () => useQuery(historySummaryQueryOptions());

export function useImportHistory() {
  const queryClient = useQueryClient();
  return useMutation<HistoryImportResult, ApiError, HistoryImportRequest>({
    mutationFn: importHistory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [SETUP_QUERY_KEY] }),
  });
}
