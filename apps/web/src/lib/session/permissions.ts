import type { Role } from '@app/access';

/**
 * Roles and permissions come from the access library the API's guard reads too (docs/access.md).
 * The API decides and enforces; the web reads the signed-in user's `permissions` from
 * GET /api/auth/me to hide what the role cannot use.
 */
export { ROLES, isRole, type Permission, type Role } from '@app/access';

/** How the web names each role, and what it may do in a few words (the role select on the Users page). */
export const ROLE_LABELS: Record<Role, { name: string; description: string }> = {
  manager: { name: 'Manager', description: 'everything, users included' },
  finance: { name: 'Finance', description: 'reads setup and pay, runs plans, compares scenarios; no setup changes or rota building' },
  lead: { name: 'Team lead', description: 'runs plans, builds and publishes rotas; no pay figures, no setup changes' },
  viewer: { name: 'Viewer', description: 'published rotas and coverage only' },
};

/** "Team lead"; a role this build does not know is shown as the API spells it. */
export function roleName(role: string): string {
  return (ROLE_LABELS as Record<string, { name: string } | undefined>)[role]?.name ?? role;
}
