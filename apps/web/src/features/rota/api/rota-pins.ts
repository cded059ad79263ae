import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import { ROTA_QUERY_KEY } from './rota-query-keys';
import type { NewRotaPin, RotaPin } from './rota.types';

const pinsKey = [ROTA_QUERY_KEY, 'pins'] as const;

export const getRotaPins = (signal?: AbortSignal) => apiClient.get<RotaPin[]>('/rotas/pins', undefined, signal);
export const createRotaPin = (pin: NewRotaPin) => apiClient.post<RotaPin>('/rotas/pins', pin);
export const deleteRotaPin = (pinId: number) => apiClient.delete(`/rotas/pins/${pinId}`);

export const rotaPinsQueryOptions = () => queryOptions({ queryKey: pinsKey, queryFn: ({ signal }) => getRotaPins(signal) });

/** Stored pins, applied to every rota built or re-run afterwards (not read for a role without `rotas.read`). */
export const useRotaPins = (enabled = true) => useQuery({ ...rotaPinsQueryOptions(), enabled });

export function useCreateRotaPin() {
  const queryClient = useQueryClient();
  return useMutation<RotaPin, ApiError, NewRotaPin>({ mutationFn: createRotaPin, onSuccess: () => queryClient.invalidateQueries({ queryKey: pinsKey }) });
}

export function useDeleteRotaPin() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, number>({ mutationFn: deleteRotaPin, onSuccess: () => queryClient.invalidateQueries({ queryKey: pinsKey }) });
}
