export interface NavItem {
  to: string;
  label: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Overview' },
  { to: '/setup', label: 'Setup' },
  { to: '/forecast', label: 'Forecast' },
  { to: '/plan', label: 'Plan' },
  { to: '/rota', label: 'Rota' },
  { to: '/scenarios', label: 'Scenarios' },
  { to: '/auto-reply', label: 'Auto-reply' },
];
