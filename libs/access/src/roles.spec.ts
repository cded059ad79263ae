import { PERMISSIONS, ROLES, isRole, permissionsOf, roleAllows, roleWithArticle } from './roles';

describe('roles', () => {
  it('gives a manager every permission and a viewer only published rotas and coverage', () => {
    expect([...permissionsOf('manager')].sort()).toEqual([...PERMISSIONS].sort());
    expect([...permissionsOf('viewer')].sort()).toEqual(['coverage.read', 'rotas.readPublished']);
  });

  it('lets finance read pay and costs and run scenarios, but not change the setup or build rotas', () => {
    for (const permission of ['pay.read', 'costs.read', 'scenarios.write', 'plans.run', 'rotas.read'] as const) expect(roleAllows('finance', permission)).toBe(true);
    for (const permission of ['setup.write', 'rotas.write', 'users.manage', 'plans.delete'] as const) expect(roleAllows('finance', permission)).toBe(false);
  });

  it('lets a lead roster and run what-ifs, with pay only in totals', () => {
    for (const permission of ['rotas.write', 'scenarios.write', 'plans.run', 'costs.read'] as const) expect(roleAllows('lead', permission)).toBe(true);
    for (const permission of ['pay.read', 'setup.write', 'users.manage'] as const) expect(roleAllows('lead', permission)).toBe(false);
  });

  it('lets managers and leads import actuals, and every planner read the actual-vs-plan report', () => {
    expect(ROLES.filter((role) => roleAllows(role, 'actuals.write'))).toEqual(['manager', 'lead']);
    expect(ROLES.filter((role) => roleAllows(role, 'monitor.read'))).toEqual(['manager', 'finance', 'lead']);
  });

  it('only a manager manages users', () => {
    expect(ROLES.filter((role) => roleAllows(role, 'users.manage'))).toEqual(['manager']);
  });

  it('every role that reads all rotas also reads the published ones', () => {
    for (const role of ROLES) if (roleAllows(role, 'rotas.read')) expect(roleAllows(role, 'rotas.readPublished')).toBe(true);
  });

  it('knows its roles and their articles', () => {
    expect(isRole('lead')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(undefined)).toBe(false);
    expect(roleWithArticle('viewer')).toBe('a viewer');
    expect(roleWithArticle('lead')).toBe('a lead');
  });
});
