import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client';
import type { AuthState, Session, SignedOutReason } from './auth.types';

/** Every auth query lives under this key; signing in or out drops every other query. */
export const AUTH_QUERY_KEY = 'auth';
export const AUTH_STATE_KEY = [AUTH_QUERY_KEY, 'state'] as const;

export const signedOut = (reason: SignedOutReason): AuthState => ({ status: 'signed-out', reason });
export const signedIn = (session: Session): AuthState => ({ status: 'signed-in', session });

/** GET /api/auth/me: the signed-in user and the permissions of their role; a 401 means nobody is signed in. */
export async function getAuthState(signal?: AbortSignal): Promise<AuthState> {
  try {
    const session = await apiRequest<Session>('/auth/me', { method: 'GET', signal, handlesUnauthorized: true });
    return signedIn({ user: session.user, permissions: session.permissions ?? [] });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return signedOut('none');
    throw error;
  }
}

// Checked once when the app opens; afterwards any request's 401 or a sign-in/out updates it.
export const authStateQueryOptions = () =>
  queryOptions({ queryKey: AUTH_STATE_KEY, queryFn: ({ signal }) => getAuthState(signal), staleTime: Infinity, gcTime: Infinity });

export const useAuthState = () => useQuery(authStateQueryOptions());

/** Drops everything cached for the previous user (every query but the auth state, every mutation). */
export function forgetUserData(queryClient: QueryClient): void {
  void queryClient.cancelQueries({ predicate: (query) => query.queryKey[0] !== AUTH_QUERY_KEY });
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== AUTH_QUERY_KEY });
  queryClient.getMutationCache().clear();
}
