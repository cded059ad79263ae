import { Navigate } from 'react-router-dom';
import { navItemsFor } from '../../components/layout/nav-items';
import { PageHeader } from '../../components/ui/page-header';
import { useSession } from '../../lib/session/session-context';
import { OverviewRoute } from './overview.route';

/** The start page: the overview for roles that read the setup, else the first page the role opens (a viewer's rota). */
export function HomeRoute() {
  const session = useSession();
  if (session.permissions.includes('setup.read')) return <OverviewRoute />;
  const first = navItemsFor(session.permissions)[0];
  if (first && first.to !== '/') return <Navigate to={first.to} replace />;
  return (
    <>
      <title>followsun</title>
      <PageHeader title={`Welcome, ${session.user.name}`} description="Your role opens no page yet. Ask a manager to give you a role." />
    </>
  );
}
