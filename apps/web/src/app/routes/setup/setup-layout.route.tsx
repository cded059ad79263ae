import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { PageHeader } from '../../../components/ui/page-header';
import { useCan } from '../../../lib/session/session-context';

const SETUP_TABS = [
  { to: 'marketplaces', label: 'Marketplaces' },
  { to: 'sites', label: 'Sites' },
  { to: 'shift-templates', label: 'Shift templates' },
  { to: 'agents', label: 'Agents' },
  { to: 'events', label: 'Events' },
  { to: 'currency-rates', label: 'Currency rates' },
  { to: 'history', label: 'History' },
  // exporting needs pay.read, importing setup.write: a lead has neither
  { to: 'scenario-file', label: 'Scenario file', needsFileAccess: true },
  { to: 'organisation', label: 'Organisation' },
] as const satisfies ReadonlyArray<{ to: string; label: string; needsFileAccess?: true }>;

export function SetupLayoutRoute() {
  const tabsRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const canWrite = useCan('setup.write');
  const canExport = useCan('pay.read');
  const tabs = SETUP_TABS.filter((tab) => !('needsFileAccess' in tab) || canWrite || canExport);
  // On a phone the tab strip scrolls sideways: keep the open section's tab in view.
  useEffect(() => {
    tabsRef.current?.querySelector('a.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);
  return (
    <>
      <title>Setup · followsun</title>
      <PageHeader title="Setup" description="Everything the planner needs: where buyers write, who answers, when, at what cost, and the history of messages." />
      <nav className="tabs" aria-label="Setup sections" ref={tabsRef}>
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to}>
            {tab.label}
          </NavLink>
        ))}
      </nav>
      {canWrite ? null : (
        <p className="alert alert--info" data-testid="setup-read-only">
          Your role reads the setup; a manager changes it.
        </p>
      )}
      <Outlet />
    </>
  );
}
