import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ScenarioFile } from '@app/domain';
import { apiClient, type ApiError } from '../../../lib/api-client';

/** The organisation's own settings: the scenario file's top level without its collections. */
export type Organisation = Pick<ScenarioFile, 'name' | 'reportingCurrency' | 'horizon'>;

const organisationKey = ['organisation'] as const;

export const getOrganisation = (signal?: AbortSignal) => apiClient.get<Organisation>('/organisation', undefined, signal);

export const updateOrganisation = (organisation: Organisation) => apiClient.put<Organisation>('/organisation', organisation);

export const organisationQueryOptions = () =>
  queryOptions({ queryKey: organisationKey, queryFn: ({ signal }) => getOrganisation(signal) });

export const useOrganisation = () => useQuery(organisationQueryOptions());

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation<Organisation, ApiError, Organisation>({
    mutationFn: updateOrganisation,
    onSuccess: (saved) => queryClient.setQueryData(organisationKey, saved),
  });
}
