import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiClient } from '../../../lib/api-client';
import { AUTH_STATE_KEY, forgetUserData, getAuthState, signedIn } from './auth-state';
import type { Credentials, LoginAnswer, Session } from './auth.types';

/** POST /api/auth/login; the answer sets the session cookie (the app never reads the token). */
export const signIn = (credentials: Credentials) => apiClient.post<LoginAnswer>('/auth/login', credentials, { handlesUnauthorized: true });

/**
 * Signs in, then reads the session back (user and permissions) through the cookie just set;
 * on success nothing of a previous user stays in the cache.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation<Session, ApiError, Credentials>({
    mutationFn: async (credentials) => {
      await signIn(credentials);
      const state = await getAuthState();
      if (state.status !== 'signed-in') {
        throw new ApiError('The sign-in worked but the browser did not keep the session: allow cookies for this site and sign in again.', 401, 'Unauthorized');
      }
      return state.session;
    },
    onSuccess: (session) => {
      forgetUserData(queryClient);
      queryClient.setQueryData(AUTH_STATE_KEY, signedIn(session));
    },
  });
}
