import { createContext, useContext } from 'react';
import type { Permission } from './permissions';

/** The signed-in user as GET /api/auth/me answers it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: string;
}

export interface Session {
  user: SessionUser;
  permissions: readonly string[];
}

/**
 * The signed-in session, provided once the session check has answered (the app's pages never
 * render without one). Features read it through `useSession` / `useCan`.
 */
export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside the signed-in app');
  return session;
}

/** Whether the session's role has every one of the permissions. */
export function hasPermissions(session: Session | null, ...permissions: Permission[]): boolean {
  return session !== null && permissions.every((permission) => session.permissions.includes(permission));
}

/** `useCan('setup.write')`: whether the signed-in role may use it (hiding is convenience; the API enforces). */
export function useCan(...permissions: Permission[]): boolean {
  return hasPermissions(useContext(SessionContext), ...permissions);
}
