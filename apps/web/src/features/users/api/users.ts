import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import type { NewUser, User, UserChanges } from './users.types';

/** Every users query lives under this key, so a change refreshes the list. */
export const USERS_QUERY_KEY = 'users';
const listKey = [USERS_QUERY_KEY, 'list'] as const;

export const getUsers = (signal?: AbortSignal) => apiClient.get<User[]>('/users', undefined, signal);
export const createUser = (user: NewUser) => apiClient.post<User>('/users', user);
export const updateUser = ({ id, changes }: { id: string; changes: UserChanges }) => apiClient.put<User>(`/users/${encodeURIComponent(id)}`, changes);
export const deleteUser = (id: string) => apiClient.delete(`/users/${encodeURIComponent(id)}`);

export const usersQueryOptions = () => queryOptions({ queryKey: listKey, queryFn: ({ signal }) => getUsers(signal) });

/** Everyone who can sign in, with their role (managers only). */
export const useUsers = () => useQuery(usersQueryOptions());

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, NewUser>({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: [USERS_QUERY_KEY] }) });
}

/** A new role, name or password; the list shows the stored user as soon as the API answers. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, { id: string; changes: UserChanges }>({
    mutationFn: updateUser,
    onSuccess: (saved) => {
      queryClient.setQueryData<User[]>(listKey, (list) => list?.map((user) => (user.id === saved.id ? saved : user)));
      return queryClient.invalidateQueries({ queryKey: [USERS_QUERY_KEY] });
    },
  });
}

export function useDeleteUser() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, string>({ mutationFn: deleteUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: [USERS_QUERY_KEY] }) });
}
