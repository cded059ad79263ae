import { DataTable } from '../../../components/ui/data-table';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import type { MonitorReport } from '../api/monitor.types';
import { formatHours, formatShare } from '../lib/monitor-format';
import { adherenceRows, lateRows, promiseRows, type MarketplaceNames } from '../lib/monitor-rows';

/** Per marketplace and class: what came in, what was answered in time, what is late and by how much. */
export function LateMessagesTable({ report, marketplaces }: { report: MonitorReport; marketplaces: readonly MarketplaceNames[] }) {
  const rows = lateRows(report, marketplaces);
  return (
    <section className="card" aria-labelledby="late-heading">
      <h2 id="late-heading">Late messages</h2>
      <p className="muted">
        Late: answered after the reply deadline, or still open past it at {formatInstant(report.asOfUtc, 'UTC')}, when the report was made. Hours late are counted
        from the deadline (open ones up to then).
      </p>
      <DataTable
        caption="Late messages by marketplace and class"
        captionHidden
        testId="late-table"
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          // a class's line sits under its marketplace's total; it names the marketplace for screen readers only
          {
            key: 'marketplace',
            header: 'Marketplace and class',
            cell: (r) =>
              r.total ? (
                <strong>{r.marketplaceName}</strong>
              ) : (
                <span className="monitor-class" title={r.classLabel}>
                  <span className="visually-hidden">{r.marketplaceName}, </span>
                  {r.classShortLabel}
                </span>
              ),
          },
          { key: 'received', header: 'Received', numeric: true, cell: (r) => formatNumber(r.figures.received) },
          { key: 'inTime', header: 'In time', numeric: true, cell: (r) => formatNumber(r.figures.answeredInTime) },
          { key: 'late', header: 'Late', numeric: true, cell: (r) => formatNumber(r.figures.late) },
          { key: 'lateAverage', header: 'Late by (average)', numeric: true, cell: (r) => formatHours(r.figures.lateByHours?.average) },
          { key: 'lateMax', header: 'Late by (most)', numeric: true, cell: (r) => formatHours(r.figures.lateByHours?.max) },
          { key: 'open', header: 'Open, not due', numeric: true, cell: (r) => formatNumber(r.figures.openNotDue) },
          { key: 'sla', header: 'Within deadline', numeric: true, cell: (r) => formatShare(r.figures.slaAttainment) },
        ]}
      />
    </section>
  );
}

/** Agents' first replies against their shifts in the rota, and the same per site. */
export function AdherenceTables({ report, sites }: { report: MonitorReport; sites: ReadonlyArray<{ id: string; name: string }> }) {
  const rows = adherenceRows(report.agents, sites);
  const siteName = (id: string) => sites.find((s) => s.id === id)?.name ?? id;
  return (
    <section className="card" aria-labelledby="adherence-heading">
      <h2 id="adherence-heading">Adherence to the rota</h2>
      {rows.length === 0 ? (
        <p className="muted">No rota shifts or named agents in the period: the export names no agent, or no rota of the plan covers these hours.</p>
      ) : (
        <>
          <p className="muted">
            Hours of the rota’s shifts in the period: scheduled, with at least one first reply sent, and without any. First replies outside shifts were sent when the
            rota had the agent off; names the rota does not know are listed as the export gives them.
          </p>
          {report.sites.length > 0 ? (
            <DataTable
              caption="By site"
              testId="site-adherence-table"
              rows={report.sites}
              rowKey={(s) => s.siteId}
              columns={[
                { key: 'site', header: 'Site', cell: (s) => <strong>{siteName(s.siteId)}</strong> },
                { key: 'scheduled', header: 'Scheduled hours', numeric: true, cell: (s) => formatNumber(s.scheduledHours) },
                { key: 'withReplies', header: 'With replies', numeric: true, cell: (s) => formatNumber(s.scheduledHoursWithReplies) },
                { key: 'withoutReplies', header: 'Without replies', numeric: true, cell: (s) => formatNumber(s.scheduledHours - s.scheduledHoursWithReplies) },
                { key: 'replies', header: 'First replies', numeric: true, cell: (s) => formatNumber(s.replies) },
                { key: 'outside', header: 'Outside shifts', numeric: true, cell: (s) => formatNumber(s.repliesOutsideShifts) },
              ]}
            />
          ) : null}
          <div className="space-above" />
          <DataTable
            caption="By agent"
            testId="agent-adherence-table"
            tall
            rows={rows}
            rowKey={(r) => r.key}
            columns={[
              { key: 'agent', header: 'Agent', cell: (r) => (r.unknown ? <span>{r.name} <span className="pill pill--warning">not in the rota</span></span> : r.name) },
              { key: 'site', header: 'Site', wrap: true, cell: (r) => r.siteName },
              { key: 'scheduled', header: 'Scheduled hours', numeric: true, cell: (r) => formatNumber(r.agent.scheduledHours) },
              { key: 'withReplies', header: 'With replies', numeric: true, cell: (r) => formatNumber(r.agent.scheduledHoursWithReplies) },
              { key: 'withoutReplies', header: 'Without replies', numeric: true, cell: (r) => formatNumber(r.agent.scheduledHoursWithoutReplies) },
              { key: 'replies', header: 'First replies', numeric: true, cell: (r) => formatNumber(r.agent.replies) },
              { key: 'outside', header: 'Outside shifts', numeric: true, cell: (r) => formatNumber(r.agent.repliesOutsideShifts) },
            ]}
          />
        </>
      )}
    </section>
  );
}

/** Whether buyers got their reply by the time the auto-reply promised them. */
export function PromiseCheckTable({ report, marketplaces }: { report: MonitorReport; marketplaces: readonly MarketplaceNames[] }) {
  const rows = promiseRows(report.promises, marketplaces);
  return (
    <section className="card" aria-labelledby="promise-check-heading">
      <h2 id="promise-check-heading">Auto-reply promises</h2>
      {rows.length === 0 ? (
        <p className="muted">No auto-reply promise covers the period: the Auto-reply page publishes the times promised to buyers.</p>
      ) : (
        <DataTable
          caption="Auto-reply promises kept, by marketplace"
          captionHidden
          testId="promise-check-table"
          rows={rows}
          rowKey={(r) => r.marketplaceId}
          columns={[
            { key: 'marketplace', header: 'Marketplace', cell: (r) => <strong>{r.marketplaceName}</strong> },
            { key: 'promised', header: 'Promised a time', numeric: true, cell: (r) => formatNumber(r.promised) },
            { key: 'kept', header: 'Kept', numeric: true, cell: (r) => formatNumber(r.kept) },
            { key: 'broken', header: 'Broken', numeric: true, cell: (r) => formatNumber(r.broken) },
            { key: 'pending', header: 'Open, time not reached', numeric: true, cell: (r) => formatNumber(r.pending) },
            { key: 'share', header: 'Kept share', numeric: true, cell: (r) => formatShare(r.keptShare) },
          ]}
        />
      )}
    </section>
  );
}
