import { useMemo, useState } from 'react';
import type { Marketplace, Site } from '@app/domain';
import { DataTable } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryErrorState } from '../../../components/ui/error-state';
import { SelectField } from '../../../components/ui/form-field';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { formatTimeZone } from '../../../lib/format/format-time-zone.util';
import { useMonitorReport, type MonitorReportRequest } from '../api/get-monitor-report';
import { formatLocalHour } from '../lib/monitor-format';
import { marketplaceName, marketplaceTotals, monitorChartRows } from '../lib/monitor-rows';
import { MonitorChart } from './monitor-chart';
import { MonitorHeadline } from './monitor-headline';
import { AdherenceTables, LateMessagesTable, PromiseCheckTable } from './monitor-tables';
import { ReplanCard } from './replan-card';

/** The actual-vs-plan report of one period, and the re-plan from now. */
export function MonitorReportView({
  request,
  marketplaces,
  sites,
  replanPlanId,
  asOfMs,
}: {
  request: MonitorReportRequest;
  marketplaces: readonly Marketplace[];
  sites: readonly Site[];
  replanPlanId: string | null;
  asOfMs: number | null;
}) {
  const report = useMonitorReport(request);
  const [chosenMarketplace, setChosenMarketplace] = useState('');
  const totals = useMemo(() => (report.data ? marketplaceTotals(report.data, marketplaces) : []), [report.data, marketplaces]);
  const withMessages = totals.filter((entry) => entry.actual.received > 0 || (entry.actual.forecast ?? 0) > 0);
  const shown = withMessages.find((entry) => entry.marketplaceId === chosenMarketplace) ?? withMessages[0];
  const rows = useMemo(() => (shown ? monitorChartRows(shown) : []), [shown]);

  if (report.isPending) return <LoadingState label="Loading the report…" />;
  if (report.isError) return <QueryErrorState error={report.error} what="the monitor report" onRetry={() => void report.refetch()} />;
  const data = report.data;
  const marketplace = marketplaces.find((m) => m.id === shown?.marketplaceId);
  const zone = marketplace?.timeZone ?? 'UTC';
  const clockLabel = `buyers’ time, ${formatTimeZone(zone, new Date(Date.parse(data.fromUtc)))}`;

  return (
    <div data-testid="monitor-report" aria-busy={report.isFetching}>
      <section className="card" aria-labelledby="monitor-summary-heading">
        <h2 id="monitor-summary-heading">
          {formatInstant(data.fromUtc, 'UTC')} to {formatInstant(data.toUtc, 'UTC')}
        </h2>
        <p className="muted">
          {data.planId ? 'Set against the plan covering the period' : 'No plan covers the period: actuals only'}
          {data.simulationId ? ' and the simulation of its rota' : ''}. Messages are judged as of {formatInstant(data.asOfUtc, 'UTC')}: one not answered by then is open, and late once its deadline has passed.
        </p>
      </section>

      {withMessages.length === 0 ? (
        <EmptyState title="No messages in this period">Choose a period the imported actuals cover, or import the helpdesk export of these days.</EmptyState>
      ) : (
        <>
          <MonitorHeadline entries={totals} marketplaces={marketplaces} />
          {data.notes.length > 0 ? (
            <section className="card" aria-labelledby="monitor-notes-heading">
              <h2 id="monitor-notes-heading">What stands out</h2>
              <ul className="monitor-notes" data-testid="monitor-notes">
                {data.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </section>
          ) : null}

          <section className="card" aria-labelledby="monitor-chart-heading">
            <div className="row row--end">
              <h2 id="monitor-chart-heading" className="monitor-grow">
                Actual against plan, hour by hour
              </h2>
              <div className="inline-field">
                <SelectField
                  label="Marketplace"
                  value={shown?.marketplaceId ?? ''}
                  onValueChange={setChosenMarketplace}
                  options={withMessages.map((entry) => ({ value: entry.marketplaceId, label: marketplaceName(marketplaces, entry.marketplaceId) }))}
                />
              </div>
            </div>
            {shown ? <MonitorChart rows={rows} clockLabel={clockLabel} marketplaceName={marketplaceName(marketplaces, shown.marketplaceId)} /> : null}
            <details className="space-above">
              <summary>The hours as a table</summary>
              <DataTable
                caption={`${marketplaceName(marketplaces, shown?.marketplaceId ?? '')}, hour by hour (${clockLabel})`}
                testId="monitor-hours-table"
                tall
                rows={rows}
                rowKey={(r) => String(r.utcMs)}
                columns={[
                  { key: 'hour', header: 'Hour (buyers’ time)', cell: (r) => formatLocalHour(r.localStart) },
                  { key: 'received', header: 'Received', numeric: true, cell: (r) => formatNumber(r.received) },
                  { key: 'forecast', header: 'Forecast', numeric: true, cell: (r) => (r.forecast === null ? '—' : formatNumber(r.forecast, undefined, 1)) },
                  { key: 'late', header: 'Late', numeric: true, cell: (r) => formatNumber(r.late) },
                  { key: 'backlog', header: 'Waiting at the end', numeric: true, cell: (r) => formatNumber(r.actualBacklog) },
                  { key: 'planned', header: 'Waiting in the plan', numeric: true, cell: (r) => (r.plannedBacklog === null ? '—' : formatNumber(r.plannedBacklog, undefined, 1)) },
                ]}
              />
            </details>
          </section>

          <ReplanCard key={asOfMs ?? 'none'} planId={replanPlanId ?? data.planId} defaultAsOfMs={asOfMs} marketplaces={marketplaces} />
          <LateMessagesTable report={data} marketplaces={marketplaces} />
          <AdherenceTables report={data} sites={sites} />
          <PromiseCheckTable report={data} marketplaces={marketplaces} />
        </>
      )}
    </div>
  );
}
