import type { ReactNode } from 'react';
import { ApiError } from '../../lib/api-client';
import { readableIssuePath } from '../../lib/issue-paths.util';

function describe(error: unknown): { message: string; status?: number; issues: ApiError['issues'] } {
  if (error instanceof ApiError) return { message: error.message, status: error.status, issues: error.issues };
  if (error instanceof Error) return { message: error.message, issues: [] };
  return { message: String(error), issues: [] };
}

/** No answer, or a proxy's answer that the server behind it is down. */
function serverUnreachable(error: unknown): boolean {
  return error instanceof ApiError && [0, 502, 503, 504].includes(error.status);
}

function nextStep(error: unknown, status: number | undefined): string {
  if (serverUnreachable(error)) return 'Start the server (npm start) and try again.';
  if (status === 401) return 'Your session has ended: sign in again.';
  if (status === 403) return 'Your role does not include this. A manager can change roles on the Users page.';
  if (status === 404) return 'It may have been deleted: reload the list.';
  if (status === 409) return 'Do what the message above asks first (another id, or change the items that still use it), then try again.';
  if (status !== undefined && status >= 500) return 'The server failed: check its log, then try again.';
  return 'Fix the values named below and save again.';
}

/**
 * A failed request: the API's message, every issue it named (unless the caller shows them
 * in its own table) and what to do next.
 */
export function ErrorAlert({ error, title, children, showIssues = true }: { error: unknown; title: string; children?: ReactNode; showIssues?: boolean }) {
  const { message, status, issues } = describe(error);
  return (
    <div className="alert alert--error" role="alert">
      <h3>{title}</h3>
      <p>{message}</p>
      {showIssues && issues.length > 0 ? (
        <ul>
          {issues.map((issue, index) => (
            <li key={index}>
              {issue.path || issue.field ? <code>{readableIssuePath(issue.path ?? issue.field ?? '')}</code> : null}{' '}
              {issue.row !== undefined ? `row ${issue.row}: ` : null}
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      {children ?? <p className="muted">{nextStep(error, status)}</p>}
    </div>
  );
}

/** A list or page that could not load, with a retry. */
export function QueryErrorState({ error, what, onRetry }: { error: unknown; what: string; onRetry?: () => void }) {
  // a role without the permission gets the same answer on retry: say why instead
  if (error instanceof ApiError && error.status === 403) return <ErrorAlert error={error} title={`Your role cannot see ${what}`} />;
  return (
    <ErrorAlert error={error} title={`Could not load ${what}`}>
      <p className="muted">
        {serverUnreachable(error) ? 'Is the server running (npm start)? Then ' : ''}
        {onRetry ? (
          <button type="button" className="button button--small" onClick={onRetry}>
            Try again
          </button>
        ) : (
          'reload the page.'
        )}
      </p>
    </ErrorAlert>
  );
}
