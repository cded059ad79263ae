import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import { SCENARIO_QUERY_KEY } from './scenario-query-keys';
import type { ScenarioDefinitionBody, StoredScenarioDefinition } from './scenario.types';

const definitionsKey = [SCENARIO_QUERY_KEY, 'definitions'] as const;

export const getScenarioDefinitions = (signal?: AbortSignal) => apiClient.get<StoredScenarioDefinition[]>('/scenarios', undefined, signal);
export const createScenarioDefinition = (body: ScenarioDefinitionBody) => apiClient.post<StoredScenarioDefinition>('/scenarios', body);
export const replaceScenarioDefinition = (body: ScenarioDefinitionBody) => apiClient.put<StoredScenarioDefinition>(`/scenarios/${encodeURIComponent(body.id)}`, body);
export const deleteScenarioDefinition = (id: string) => apiClient.delete(`/scenarios/${encodeURIComponent(id)}`);

export const scenarioDefinitionsQueryOptions = () => queryOptions({ queryKey: definitionsKey, queryFn: ({ signal }) => getScenarioDefinitions(signal) });

/** Stored scenario definitions: overrides on the stored setup. */
export const useScenarioDefinitions = () => useQuery(scenarioDefinitionsQueryOptions());

export function useSaveScenarioDefinition() {
  const queryClient = useQueryClient();
  return useMutation<StoredScenarioDefinition, ApiError, { mode: 'create' | 'update'; body: ScenarioDefinitionBody }>({
    mutationFn: ({ mode, body }) => (mode === 'create' ? createScenarioDefinition(body) : replaceScenarioDefinition(body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: definitionsKey }),
  });
}

export function useDeleteScenarioDefinition() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, string>({ mutationFn: deleteScenarioDefinition, onSuccess: () => queryClient.invalidateQueries({ queryKey: definitionsKey }) });
}
