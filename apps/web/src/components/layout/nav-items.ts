import type { Permission } from '../../lib/session/permissions';

export interface NavItem {
  to: string;
  label: string;
  /** Shown to a role holding all of these (the route asks for the same). */
  requires: readonly Permission[];
  /** Not shown to a role holding this: the page it duplicates is open to them. */
  hiddenWith?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Overview', requires: ['setup.read'] },
  { to: '/setup', label: 'Setup', requires: ['setup.read'] },
  { to: '/forecast', label: 'Forecast', requires: ['setup.read'] },
  { to: '/plan', label: 'Plan', requires: ['costs.read'] },
  { to: '/rota', label: 'Rota', requires: ['rotas.readPublished'] },
  { to: '/monitor', label: 'Monitor', requires: ['monitor.read'] },
  // the plan page shows a plan's coverage to whoever reads plans; this page is for those who do not
  { to: '/coverage', label: 'Coverage', requires: ['coverage.read', 'rotas.readPublished'], hiddenWith: 'costs.read' },
  { to: '/scenarios', label: 'Scenarios', requires: ['scenarios.write', 'costs.read'] },
  { to: '/auto-reply', label: 'Auto-reply', requires: ['costs.read'] },
  { to: '/users', label: 'Users', requires: ['users.manage'] },
];

/** The entries a role's permissions open, in menu order. */
export function navItemsFor(permissions: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.requires.every((p) => permissions.includes(p)) && !(item.hiddenWith && permissions.includes(item.hiddenWith)));
}
