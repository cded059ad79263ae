import { Link } from 'react-router-dom';
import type { UseQueryResult } from '@tanstack/react-query';
import { formatLocalDateRange } from '../../../lib/format/format-local-date-range.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { useAgents } from '../api/agents';
import { useEvents } from '../api/events';
import { useHistorySummary } from '../api/history';
import { useMarketplaces } from '../api/marketplaces';
import { useShiftTemplates } from '../api/shift-templates';
import { useSites } from '../api/sites';

function Stat({ label, query, to }: { label: string; query: UseQueryResult<readonly unknown[], Error>; to: string }) {
  const value = query.isSuccess ? formatNumber(query.data.length) : query.isError ? '?' : '…';
  return (
    <Link className="stat" to={to} aria-label={`${label}: ${value}`}>
      <div className="stat__value">{value}</div>
      <div className="stat__label">{label}</div>
    </Link>
  );
}

/** How much of the setup exists, each figure linking to where it is edited. */
export function SetupCounts() {
  const marketplaces = useMarketplaces();
  const history = useHistorySummary();
  const messages = history.data?.reduce((sum, s) => sum + s.total, 0);
  // ISO instants sort as text: the earliest first hour and the latest last hour of any series.
  const firstHour = history.data?.map((s) => s.from).sort()[0];
  const lastHour = history.data?.map((s) => s.to).sort().at(-1);
  return (
    <>
      <div className="grid-cards" data-testid="setup-counts">
        <Stat label="Marketplaces" query={marketplaces} to="/setup/marketplaces" />
        <Stat label="Sites" query={useSites()} to="/setup/sites" />
        <Stat label="Shift templates" query={useShiftTemplates()} to="/setup/shift-templates" />
        <Stat label="Agents" query={useAgents()} to="/setup/agents" />
        <Stat label="Events" query={useEvents()} to="/setup/events" />
        <Stat label="History series" query={history} to="/setup/history" />
      </div>
      {messages !== undefined && messages > 0 ? (
        <p className="muted" data-testid="history-extent">
          {formatNumber(messages)} messages of history stored
          {firstHour && lastHour ? `, ${formatLocalDateRange(firstHour.slice(0, 10), lastHour.slice(0, 10))} (UTC dates)` : ''}.
        </p>
      ) : history.isSuccess ? (
        <p className="alert alert--info">
          No message history yet: <Link to="/setup/history">import a CSV file</Link> so the forecast has something to learn from.
        </p>
      ) : null}
      {marketplaces.isSuccess && marketplaces.data.length === 0 ? (
        <p className="alert alert--info">
          Start by <Link to="/setup/marketplaces">adding the marketplaces</Link> your buyers write from, or <Link to="/setup/scenario-file">import a scenario file</Link>.
        </p>
      ) : null}
    </>
  );
}
