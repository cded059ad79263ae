import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { onUnauthorized } from '../../../lib/api-client';
import { AUTH_STATE_KEY, signedOut } from '../api/auth-state';
import type { AuthState } from '../api/auth.types';

/**
 * Any request answered 401 while signed in means the session ended (expired, signed out
 * elsewhere, password changed on another device): the app goes back to its sign-in page.
 * A page the browser restores from its back-forward cache (Back after signing out and leaving)
 * would show what it showed then: it is loaded again, so the session is checked first.
 */
export function SessionExpiryWatch() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onUnauthorized(() => {
        if (queryClient.getQueryData<AuthState>(AUTH_STATE_KEY)?.status === 'signed-in') queryClient.setQueryData<AuthState>(AUTH_STATE_KEY, signedOut('expired'));
      }),
    [queryClient],
  );
  useEffect(() => {
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, []);
  return null;
}
