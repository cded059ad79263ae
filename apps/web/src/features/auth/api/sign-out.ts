import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiClient } from '../../../lib/api-client';
import { AUTH_STATE_KEY, signedOut } from './auth-state';

/** POST /api/auth/logout; a session that had already ended counts as signed out. */
export async function signOut(): Promise<void> {
  try {
    await apiClient.post<void>('/auth/logout', undefined, { handlesUnauthorized: true });
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
}

/** Ends the session; the app then shows the sign-in page, which drops the previous user's data. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, void>({
    mutationFn: signOut,
    onSuccess: () => {
      void queryClient.cancelQueries();
      queryClient.setQueryData(AUTH_STATE_KEY, signedOut('signed-out'));
    },
  });
}
