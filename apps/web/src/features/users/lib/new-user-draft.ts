import { DraftParser, type DraftResult } from '../../../lib/draft-parser';
import type { Role } from '../../../lib/session/permissions';
import type { NewUser } from '../api/users.types';

export interface NewUserDraft {
  name: string;
  email: string;
  role: Role;
  password: string;
}

/** A new user starts as a viewer: the least they can be given. */
export const emptyNewUserDraft = (): NewUserDraft => ({ name: '', email: '', role: 'viewer', password: '' });

/**
 * The add-user form's text as the request. Only blanks are caught here; the API checks the
 * email's form, the password's length and a duplicate email, and its messages are shown by the fields.
 */
export function draftToNewUser(draft: NewUserDraft): DraftResult<NewUser> {
  const parser = new DraftParser();
  const name = parser.text('name', draft.name, 'Name');
  const email = parser.text('email', draft.email, 'Email');
  // passwords are taken as typed: leading or trailing spaces are part of them
  if (!draft.password) parser.add('password', 'Initial password is required.');
  if (!parser.ok) return { ok: false, errors: parser.errors };
  return { ok: true, value: { name, email, role: draft.role, password: draft.password } };
}
