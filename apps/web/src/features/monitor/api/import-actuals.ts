import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import { MONITOR_QUERY_KEY } from './monitor-query-keys';
import type { ActualsImportResult } from './monitor.types';

export interface ActualsImportRequest {
  file: File;
  /** A built-in layout's name (GET /api/actuals/layouts). */
  mapping: string;
  /** IANA zone of timestamps written without an offset; empty when they carry one. */
  timeZone: string;
}

/** The raw export goes up as `text/csv`: the server checks every row, and writes all or nothing. */
export const importActuals = ({ file, mapping, timeZone }: ActualsImportRequest) =>
  apiClient.post<ActualsImportResult>('/actuals/import', file, { query: { mapping, timeZone }, contentType: 'text/csv' });

export function useImportActuals() {
  const queryClient = useQueryClient();
  return useMutation<ActualsImportResult, ApiError, ActualsImportRequest>({
    mutationFn: importActuals,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [MONITOR_QUERY_KEY] }),
  });
}
