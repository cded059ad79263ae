import { DataTable } from '../../../components/ui/data-table';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { formatPercent } from '../../../lib/format/format-percent.util';
import { formatTimeZone } from '../../../lib/format/format-time-zone.util';
import type { PlanSummary } from '../api/plan.types';
import type { ShiftMixRow } from '../lib/shift-mix-rows';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const hours = (value: number) => `${formatNumber(value, undefined, 1)} h`;

/** Pay per site in its own currency and in the reporting currency. */
export function CostBySiteTable({ plan, siteName }: { plan: PlanSummary; siteName: (id: string) => string }) {
  const total = plan.totalCost ?? plan.costBySite.reduce((sum, site) => sum + site.reporting, 0);
  return (
    <DataTable
      caption={`Cost per site (reporting currency ${plan.reportingCurrency})`}
      testId="plan-cost-table"
      rows={plan.costBySite}
      rowKey={(row) => row.siteId}
      columns={[
        { key: 'site', header: 'Site', cell: (row) => <strong>{siteName(row.siteId)}</strong> },
        { key: 'paid', header: 'Paid hours', numeric: true, cell: (row) => formatNumber(row.paidHours, undefined, 1) },
        { key: 'local', header: 'Cost, site currency', numeric: true, cell: (row) => formatCurrency(row.local, row.currency) },
        { key: 'reporting', header: `Cost, ${plan.reportingCurrency}`, numeric: true, cell: (row) => formatCurrency(row.reporting, plan.reportingCurrency) },
        { key: 'share', header: 'Share', numeric: true, cell: (row) => (total > 0 ? formatPercent(row.reporting / total) : '—') },
      ]}
    />
  );
}

/** Service per marketplace: deadline attainment and first-reply times in hours. */
export function ServiceTable({ plan, marketplaceName }: { plan: PlanSummary; marketplaceName: (id: string) => string }) {
  // a target the published rule, replayed, still misses is said so beside it
  const missed = (marketplaceId: string, target: 'deadline' | 'average-wait') =>
    (plan.missedTargets ?? []).some((m) => m.marketplaceId === marketplaceId && m.target === target) ? ' (missed)' : '';
  return (
    <DataTable
      caption="Service per marketplace (first-reply times in hours, replaying the plan)"
      testId="plan-service-table"
      rows={plan.marketplaces}
      rowKey={(row) => row.marketplaceId}
      columns={[
        { key: 'marketplace', header: 'Marketplace', cell: (row) => <strong>{marketplaceName(row.marketplaceId)}</strong> },
        { key: 'zone', header: 'Buyers’ time', cell: (row) => formatTimeZone(row.timeZone, new Date(plan.grid.start)) },
        { key: 'messages', header: 'Messages', numeric: true, cell: (row) => formatNumber(row.messages, undefined, 0) },
        { key: 'sla', header: 'Within deadline', numeric: true, cell: (row) => `${formatPercent(row.slaAttainment, undefined, 2)}${missed(row.marketplaceId, 'deadline')}` },
        { key: 'average', header: 'Average wait', numeric: true, cell: (row) => hours(row.averageWaitHours) },
        { key: 'p90', header: '90 % wait', numeric: true, cell: (row) => hours(row.p90WaitHours) },
        { key: 'target', header: 'Wait target', numeric: true, cell: (row) => (row.waitTargetHours === undefined ? '—' : `${hours(row.waitTargetHours)}${missed(row.marketplaceId, 'average-wait')}`) },
        { key: 'carried', header: 'Still waiting at the end', numeric: true, cell: (row) => formatNumber(row.carriedOver, undefined, 0) },
        { key: 'steady', header: 'A steady hour holds', numeric: true, cell: (row) => (row.averageBacklog === undefined ? '—' : formatNumber(row.averageBacklog, undefined, 0)) },
      ]}
    />
  );
}

/** Agents starting each kind of shift, by site-local weekday. */
export function ShiftMixTable({ rows, siteName, weeks }: { rows: readonly ShiftMixRow[]; siteName: (id: string) => string; weeks: number }) {
  return (
    <DataTable
      caption={`Shift mix: agents starting each shift by local weekday${weeks > 1 ? `, summed over ${weeks} weeks` : ''}`}
      testId="shift-mix-table"
      tall
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { key: 'site', header: 'Site', cell: (row) => siteName(row.siteId) },
        { key: 'start', header: 'Starts (site time)', cell: (row) => <strong>{row.localStart}</strong> },
        { key: 'length', header: 'Length', numeric: true, cell: (row) => hours(row.lengthHours) },
        { key: 'template', header: 'Template', cell: (row) => <code>{row.templateId}</code> },
        { key: 'languages', header: 'Languages', cell: (row) => (row.languages.length ? row.languages.join(', ') : 'any') },
        ...WEEKDAYS.map((day, index) => ({ key: day, header: day, numeric: true, cell: (row: ShiftMixRow) => (row.byWeekday[index] ? row.byWeekday[index] : '') })),
        { key: 'total', header: 'Total', numeric: true, cell: (row) => <strong>{row.total}</strong> },
      ]}
    />
  );
}
