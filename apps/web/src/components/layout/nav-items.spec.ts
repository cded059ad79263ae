import { permissionsOf, type Role } from '@app/access';
import { navItemsFor } from './nav-items';

const menuOf = (role: Role) => navItemsFor(permissionsOf(role)).map((item) => item.label);

describe('navItemsFor', () => {
  it('gives a manager every page, Users included', () => {
    expect(menuOf('manager')).toEqual(['Overview', 'Setup', 'Forecast', 'Plan', 'Rota', 'Monitor', 'Scenarios', 'Auto-reply', 'Users']);
  });

  it('gives finance and leads the planning pages and the monitor but not Users', () => {
    expect(menuOf('finance')).toEqual(['Overview', 'Setup', 'Forecast', 'Plan', 'Rota', 'Monitor', 'Scenarios', 'Auto-reply']);
    expect(menuOf('lead')).toEqual(['Overview', 'Setup', 'Forecast', 'Plan', 'Rota', 'Monitor', 'Scenarios', 'Auto-reply']);
  });

  it('gives a viewer only the published rota and coverage', () => {
    expect(menuOf('viewer')).toEqual(['Rota', 'Coverage']);
  });

  it('shows nothing without permissions', () => {
    expect(navItemsFor([])).toEqual([]);
  });
});
