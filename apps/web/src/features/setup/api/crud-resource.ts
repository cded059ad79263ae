import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';

/**
 * The setup entities share one REST shape: `GET` list, `GET /:id`, `POST` (client-chosen
 * slug id), `PUT /:id`, `DELETE /:id`. Each entity's request file binds this to its path.
 */
export interface CrudResource<T> {
  path: string;
  queryKey: readonly string[];
  idOf: (item: T) => string;
  list: (signal?: AbortSignal) => Promise<T[]>;
  get: (id: string, signal?: AbortSignal) => Promise<T>;
  create: (item: T) => Promise<T>;
  update: (id: string, item: T) => Promise<T>;
  remove: (id: string) => Promise<void>;
}

/** Every setup query lives under this key, so a change anywhere refreshes the counts too. */
export const SETUP_QUERY_KEY = 'setup';

export function crudResource<T>(path: string, idOf: (item: T) => string): CrudResource<T> {
  const item = (id: string) => `${path}/${encodeURIComponent(id)}`;
  return {
    path,
    queryKey: [SETUP_QUERY_KEY, path],
    idOf,
    list: (signal) => apiClient.get<T[]>(path, undefined, signal),
    get: (id, signal) => apiClient.get<T>(item(id), undefined, signal),
    create: (value) => apiClient.post<T>(path, value),
    update: (id, value) => apiClient.put<T>(item(id), value),
    remove: (id) => apiClient.delete(item(id)),
  };
}

export const resourceListOptions = <T>(resource: CrudResource<T>) =>
  queryOptions({ queryKey: resource.queryKey, queryFn: ({ signal }) => resource.list(signal) });

export type SaveRequest<T> = { mode: 'create'; value: T } | { mode: 'update'; id: string; value: T };

export function useSaveResource<T>(resource: CrudResource<T>) {
  const queryClient = useQueryClient();
  return useMutation<T, ApiError, SaveRequest<T>>({
    mutationFn: (request) => (request.mode === 'create' ? resource.create(request.value) : resource.update(request.id, request.value)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [SETUP_QUERY_KEY] }),
  });
}

export function useDeleteResource<T>(resource: CrudResource<T>) {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, string>({
    mutationFn: (id) => resource.remove(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [SETUP_QUERY_KEY] }),
  });
}
