/** The auth API's shapes (docs/access.md), as this app reads them. */

import type { Session, SessionUser } from '../../../lib/session/session-context';

export type { Session, SessionUser } from '../../../lib/session/session-context';

export interface Credentials {
  email: string;
  password: string;
}

/** POST /api/auth/login: the token is for scripts; the browser keeps the HttpOnly cookie set with it. */
export interface LoginAnswer {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/** Why there is no session: none yet, it ended (a 401 from a request), or the user signed out here. */
export type SignedOutReason = 'none' | 'expired' | 'signed-out';

/** What the app knows about the session; held in the query cache under `AUTH_STATE_KEY`. */
export type AuthState = { status: 'signed-in'; session: Session } | { status: 'signed-out'; reason: SignedOutReason };
