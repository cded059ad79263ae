import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ScenarioFile } from '@app/domain';
import { apiClient, type ApiError } from '../../../lib/api-client';

export interface ScenarioImportResult {
  counts: Record<string, number>;
}

export const exportScenario = () => apiClient.get<ScenarioFile>('/scenario/export');

export const importScenario = (scenario: unknown) => apiClient.post<ScenarioImportResult>('/scenario/import', scenario);

export function useExportScenario() {
  return useMutation<ScenarioFile, ApiError, void>({ mutationFn: () => exportScenario() });
}

/** An import replaces the whole setup: every cached query is stale afterwards. */
export function useImportScenario() {
  const queryClient = useQueryClient();
  return useMutation<ScenarioImportResult, ApiError, unknown>({
    mutationFn: importScenario,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
