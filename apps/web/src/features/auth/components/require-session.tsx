import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { SessionContext } from '../../../lib/session/session-context';
import { useAuthState } from '../api/auth-state';
import { SIGN_IN_PATH, signInPath } from '../lib/next-path';
import { SessionSplash } from './session-splash';

/**
 * The signed-in app's gate: nothing of it renders before the session check has answered; without
 * a session the sign-in page opens, remembering the page that was wanted (not after a sign-out:
 * the next person starts from the start page).
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const auth = useAuthState();
  const location = useLocation();
  if (auth.isPending) return <SessionSplash />;
  if (auth.isError) return <SessionSplash error={auth.error} onRetry={() => void auth.refetch()} />;
  if (auth.data.status === 'signed-out') {
    return <Navigate to={auth.data.reason === 'signed-out' ? SIGN_IN_PATH : signInPath(location)} replace />;
  }
  return <SessionContext.Provider value={auth.data.session}>{children}</SessionContext.Provider>;
}
