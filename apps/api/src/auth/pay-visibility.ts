import { roleAllows } from '@app/access';
import type { SignedInUser } from './signed-in-user';

/** Whether the user sees individual pay figures (agents' and sites' rates), not only totals. */
export function seesPay(user: SignedInUser): boolean {
  return roleAllows(user.role, 'pay.read');
}
