import { Link, useLocation } from 'react-router-dom';
import { PageHeader } from '../../components/ui/page-header';

export function NotFoundRoute() {
  const location = useLocation();
  return (
    <>
      <title>Not found · followsun</title>
      <PageHeader title="Page not found" />
      <div className="empty-state">
        <h2>There is no page at {location.pathname}</h2>
        <p>The link may be old. Start from the overview.</p>
        <Link className="button button--primary" to="/">
          Go to the overview
        </Link>
      </div>
    </>
  );
}
