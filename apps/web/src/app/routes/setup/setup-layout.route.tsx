import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { PageHeader } from '../../../components/ui/page-header';

const SETUP_TABS = [
  { to: 'marketplaces', label: 'Marketplaces' },
  { to: 'sites', label: 'Sites' },
  { to: 'shift-templates', label: 'Shift templates' },
  { to: 'agents', label: 'Agents' },
  { to: 'events', label: 'Events' },
  { to: 'currency-rates', label: 'Currency rates' },
  { to: 'history', label: 'History' },
  { to: 'scenario-file', label: 'Scenario file' },
  { to: 'organisation', label: 'Organisation' },
] as const;

export function SetupLayoutRoute() {
  const tabsRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the tab strip scrolls sideways: keep the open section's tab in view.
  useEffect(() => {
    tabsRef.current?.querySelector('a.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);
  return (
    <>
      <title>Setup · followsun</title>
      <PageHeader title="Setup" description="Everything the planner needs: where buyers write, who answers, when, at what cost, and the history of messages." />
      <nav className="tabs" aria-label="Setup sections" ref={tabsRef}>
        {SETUP_TABS.map((tab) => (
          <NavLink key={tab.to} to={tab.to}>
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
