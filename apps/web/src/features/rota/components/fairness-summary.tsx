import { DataTable } from '../../../components/ui/data-table';
import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatNumber } from '../../../lib/format/format-number.util';
import { useRotaFairness } from '../api/get-rota-fairness';
import { fairnessRows } from '../lib/fairness-rows';

/** How evenly hours, nights, weekends and holidays fall per site, and per agent on request. */
export function FairnessSummary({ rotaId, siteId, siteName }: { rotaId: string; siteId: string | null; siteName: (id: string) => string }) {
  const fairness = useRotaFairness(rotaId);
  if (fairness.isPending) return <LoadingState label="Loading fairness…" />;
  if (fairness.isError) return <QueryErrorState error={fairness.error} what="the fairness summary" onRetry={() => void fairness.refetch()} />;
  const rows = fairnessRows(fairness.data.sites.filter((site) => siteId === null || site.siteId === siteId));
  const agents = fairness.data.agents.filter((agent) => siteId === null || agent.siteId === siteId);
  return (
    <>
      <DataTable
        caption="Spread per site: fewest–most per agent; the adjusted spread takes each agent’s fair share (contract hours, availability) off first, 0 is perfectly even"
        testId="fairness-table"
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { key: 'site', header: 'Site', cell: (row) => siteName(row.siteId) },
          { key: 'measure', header: 'Measure', cell: (row) => row.measure },
          { key: 'range', header: 'Per agent', numeric: true, cell: (row) => row.range },
          { key: 'spread', header: 'Spread', numeric: true, cell: (row) => formatNumber(row.spread, undefined, 1) },
          { key: 'adjusted', header: 'Adjusted spread', numeric: true, cell: (row) => formatNumber(row.shareAdjustedSpread, undefined, 1) },
          { key: 'total', header: 'Total', numeric: true, cell: (row) => formatNumber(row.total, undefined, 1) },
        ]}
      />
      <details className="space-above">
        <summary>Per agent ({agents.length})</summary>
        <DataTable
          caption="Per agent"
          captionHidden
          tall
          rows={agents}
          rowKey={(agent) => agent.agentId}
          columns={[
            { key: 'name', header: 'Agent', cell: (agent) => agent.agentName },
            { key: 'site', header: 'Site', cell: (agent) => siteName(agent.siteId) },
            { key: 'shifts', header: 'Shifts', numeric: true, cell: (agent) => agent.shifts },
            { key: 'hours', header: 'Hours', numeric: true, cell: (agent) => formatNumber(agent.hours, undefined, 1) },
            { key: 'nights', header: 'Nights (fair share)', numeric: true, cell: (agent) => `${agent.nights} (${formatNumber(agent.fairShare.nights, undefined, 1)})` },
            { key: 'weekends', header: 'Weekends (fair share)', numeric: true, cell: (agent) => `${agent.weekends} (${formatNumber(agent.fairShare.weekends, undefined, 1)})` },
            { key: 'holidays', header: 'Holidays (fair share)', numeric: true, cell: (agent) => `${agent.holidays} (${formatNumber(agent.fairShare.holidays, undefined, 1)})` },
            { key: 'past', header: 'Past holiday load', numeric: true, cell: (agent) => formatNumber(agent.pastHolidayLoad, undefined, 2) },
          ]}
        />
      </details>
    </>
  );
}
