import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';

/** A page that crashed while rendering: say what happened and offer a way back. */
export function RouteErrorRoute() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <main className="shell__main">
      <div className="alert alert--error" role="alert">
        <h2>Something went wrong on this page</h2>
        <p>{message}</p>
        <p>
          Reload the page, or <Link to="/">go back to the overview</Link>. If it happens again, note what you clicked and report it.
        </p>
      </div>
    </main>
  );
}
