import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatLocalDate } from '../../../lib/format/format-local-date.util';
import { useHealth } from '../api/get-health';
import { useOrganisation } from '../api/organisation';

const DATABASE_NAMES: Record<string, string> = { sqlite: 'SQLite (embedded file)', postgres: 'PostgreSQL' };

/** Who is being planned for, over which horizon, and what the server runs on. */
export function OrganisationSummary() {
  const organisation = useOrganisation();
  const health = useHealth();
  return (
    <div className="card" data-testid="organisation-summary">
      <h2>Organisation</h2>
      {organisation.isPending ? <LoadingState label="Loading the organisation…" /> : null}
      {organisation.isError ? <QueryErrorState error={organisation.error} what="the organisation" onRetry={() => void organisation.refetch()} /> : null}
      {organisation.isSuccess ? (
        <dl className="facts">
          <dt>Name</dt>
          <dd>
            <strong>{organisation.data.name}</strong>
          </dd>
          <dt>Reporting currency</dt>
          <dd>{organisation.data.reportingCurrency}</dd>
          <dt>Planning horizon</dt>
          <dd>
            {organisation.data.horizon
              ? `${organisation.data.horizon.weeks} weeks from ${formatLocalDate(organisation.data.horizon.start)} (${organisation.data.horizon.mode === 'cyclic' ? 'one week repeated' : 'dated'})`
              : 'not set — choose one under Setup › Organisation'}
          </dd>
          <dt>Database</dt>
          <dd data-testid="database-kind">
            {health.isSuccess ? `${DATABASE_NAMES[health.data.database.kind] ?? health.data.database.kind} ${health.data.database.version}` : health.isError ? 'unknown (health check failed)' : '…'}
          </dd>
          <dt>Server</dt>
          <dd>{health.isSuccess ? `followsun ${health.data.version}, ${health.data.status}` : '…'}</dd>
        </dl>
      ) : null}
    </div>
  );
}
