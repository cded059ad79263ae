import { roleAllows } from '@app/access';
import type { SignedInUser } from '../auth/signed-in-user';

/** Which rotas a reader may see: every rota, or the published ones only (a viewer). */
export type RotaReach = 'all' | 'published';

export function rotaReachOf(user: SignedInUser): RotaReach {
  return roleAllows(user.role, 'rotas.read') ? 'all' : 'published';
}
