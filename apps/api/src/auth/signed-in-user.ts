import type { Role } from '@app/access';
import type { UserAccountEntity } from './user-account.entity';

/** The person behind a request, as the guard found them. */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** A request after the access guard: who sent it and with which session. */
export interface AuthenticatedRequest {
  user?: SignedInUser;
  sessionTokenHash?: string;
}

export function toSignedInUser(row: UserAccountEntity): SignedInUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}
