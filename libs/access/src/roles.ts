/**
 * Who may do what: the four roles of a support organisation and the permissions each holds.
 * The API's guard, the web's navigation and the role-matrix test all read this one table.
 */
export const ROLES = ['manager', 'finance', 'lead', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'setup.read',
  'setup.write',
  'pay.read',
  'costs.read',
  'plans.run',
  'plans.delete',
  'scenarios.write',
  'rotas.read',
  'rotas.readPublished',
  'rotas.write',
  'coverage.read',
  'jobs.read',
  'actuals.write',
  'monitor.read',
  'users.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const FINANCE: readonly Permission[] = [
  'setup.read',
  'pay.read',
  'costs.read',
  'plans.run',
  'scenarios.write',
  'rotas.read',
  'rotas.readPublished',
  'coverage.read',
  'jobs.read',
  'monitor.read',
];

// A lead plans and rosters the floor but sees pay only in totals (no pay.read).
const LEAD: readonly Permission[] = [
  'setup.read',
  'costs.read',
  'plans.run',
  'scenarios.write',
  'rotas.read',
  'rotas.readPublished',
  'rotas.write',
  'coverage.read',
  'jobs.read',
  'actuals.write',
  'monitor.read',
];

const VIEWER: readonly Permission[] = ['rotas.readPublished', 'coverage.read'];

const PERMISSIONS_OF_ROLE: Record<Role, readonly Permission[]> = {
  manager: PERMISSIONS,
  finance: FINANCE,
  lead: LEAD,
  viewer: VIEWER,
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return PERMISSIONS_OF_ROLE[role];
}

export function roleAllows(role: Role, permission: Permission): boolean {
  return PERMISSIONS_OF_ROLE[role].includes(permission);
}

/** What the role is called in sentences ("a viewer cannot …"). */
export function roleWithArticle(role: Role): string {
  return `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;
}
