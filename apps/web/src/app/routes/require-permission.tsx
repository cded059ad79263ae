import { Link, Outlet } from 'react-router-dom';
import { navItemsFor } from '../../components/layout/nav-items';
import { PageHeader } from '../../components/ui/page-header';
import type { Permission } from '../../lib/session/permissions';
import { roleName } from '../../lib/session/permissions';
import { useSession } from '../../lib/session/session-context';

/**
 * The pages below it open only to a role holding every permission; others read why (a link
 * typed by hand or kept from another role), never a page of 403 errors. The API enforces the same.
 */
export function RequirePermission({ permissions }: { permissions: readonly Permission[] }) {
  const session = useSession();
  const missing = permissions.filter((permission) => !session.permissions.includes(permission));
  if (missing.length === 0) return <Outlet />;
  const home = navItemsFor(session.permissions)[0];
  return (
    <>
      <title>Not available · followsun</title>
      <PageHeader title="Not available for your role" />
      <div className="empty-state" data-testid="forbidden">
        <h2>This page needs {missing.map((p) => `“${p}”`).join(' and ')}</h2>
        <p>
          You are signed in as {session.user.name} with the role {roleName(session.user.role)}, which does not include it. A manager can change your role on the Users page.
        </p>
        {home ? (
          <Link className="button button--primary" to={home.to}>
            Go to {home.label}
          </Link>
        ) : null}
      </div>
    </>
  );
}
