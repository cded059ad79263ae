/** The users API's shapes (apps/api/src/auth/auth.dto.ts), as this app reads them. */

import type { Role } from '../../../lib/session/permissions';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  updatedAt: string;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  /** The first password; the user changes it under "Change password". */
  password: string;
}

export interface UserChanges {
  name?: string;
  role?: Role;
  /** A new password (ends the user's sessions). */
  password?: string;
}
