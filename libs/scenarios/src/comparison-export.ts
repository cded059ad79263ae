import { toSpreadsheetSafeCsv } from '@app/domain';
import type { ScenarioColumn, ScenarioComparison } from './comparison.types';
import type { Band, PayrollComponents, StaffingGapSummary } from './pipeline.types';

type Cell = string | number | null;

/** Payroll components in the order finance reads them, total last. */
const PAYROLL_FIGURES: Array<[keyof PayrollComponents, string]> = [
  ['base', 'base'],
  ['premiums', 'premiums'],
  ['overtime', 'overtime'],
  ['vendor', 'vendor'],
  ['idleContracted', 'idle contracted hours'],
  ['total', 'total'],
];

/** The comparison as JSON for files and the API: plain data, two-space indented. */
export function comparisonToJson(comparison: ScenarioComparison): string {
  return JSON.stringify(comparison, null, 2) + '\n';
}

/**
 * The comparison as a spreadsheet for finance: one row per figure (section, figure, scope,
 * unit), one column per scenario. Numbers are unrounded; an empty cell means "not available"
 * (no plan, or not simulated).
 */
export function comparisonToCsv(comparison: ScenarioComparison): string {
  const columns = comparison.scenarios;
  const money = comparison.reportingCurrency;
  const rows: Cell[][] = [['section', 'figure', 'scope', 'unit', ...columns.map((column) => column.name)]];
  const row = (section: string, figure: string, scope: string, unit: string, value: (column: ScenarioColumn) => Cell) =>
    rows.push([section, figure, scope, unit, ...columns.map(value)]);
  const hasPlan = (column: ScenarioColumn) => column.status === 'optimal' || column.status === 'feasible';
  const planned = (value: (column: ScenarioColumn) => Cell) => (column: ScenarioColumn) => (hasPlan(column) ? value(column) : null);

  row('plan', 'status', 'all', '', (column) => column.status);
  row('plan', 'reason', 'all', '', (column) => column.message ?? null);
  row('cost', 'total over the horizon', 'all', money, planned((column) => column.cost.horizon));
  row('cost', 'per month', 'all', money, planned((column) => column.cost.perMonth));
  row('cost', 'per message answered', 'all', money, planned((column) => column.cost.perMessageAnswered));
  row('cost', 'LP lower bound', 'all', money, planned((column) => column.cost.lpBound ?? null));
  row('cost', 'gap to the bound', 'all', 'share', planned((column) => column.cost.gap ?? null));
  for (const { id, name, kind } of uniqueBy(columns.flatMap((column) => column.cost.bySite), (entry) => `${entry.kind}:${entry.id}`)) {
    row('cost', kind === 'vendor' ? 'vendor' : 'site', name, money, planned((column) => column.cost.bySite.find((e) => e.id === id && e.kind === kind)?.cost ?? 0));
  }
  // stored before payroll was reported: empty cells (`?.`)
  for (const [key, figure] of PAYROLL_FIGURES) row('payroll', figure, 'all', money, (column) => column.payroll?.[key] ?? null);
  const baseline = columns[0]?.name ?? '';
  for (const [key, figure] of PAYROLL_FIGURES) {
    row('payroll vs baseline', figure, `difference from ${baseline}`, money, (column) => column.payrollVsBaseline?.[key] ?? null);
  }
  row('cost vs baseline', 'difference', `from ${baseline}`, money, (column) => column.costVsBaseline?.difference ?? null);
  row('cost vs baseline', 'real or within the solvers\' gap', `from ${baseline}`, '', (column) => (column.costVsBaseline ? (column.costVsBaseline.real ? 'real' : 'within the solvers\' gap') : null));
  row('staffing gap', 'agent-hours short', 'all', 'agent-hours', (column) => column.staffingGap?.agentHours ?? null);
  row('staffing gap', 'gaps', 'all', 'gaps', (column) => column.staffingGap?.gaps ?? null);
  row('staffing gap', 'suggested fix', 'first gap', '', (column) => suggestedFix(column.staffingGap));
  row('messages', 'arriving', 'all', 'messages', (column) => column.messages.arriving);
  row('messages', 'deflected by self-service', 'all', 'messages', (column) => column.messages.deflected);
  row('messages', 'needing a reply', 'all', 'messages', (column) => column.messages.needingReply);
  row('messages', 'acknowledged by auto-reply', 'all', 'share', (column) => column.messages.acknowledgedShare);
  for (const { siteId, name } of uniqueBy(columns.flatMap((column) => column.headcount), (entry) => entry.siteId)) {
    const of = (column: ScenarioColumn) => column.headcount.find((entry) => entry.siteId === siteId);
    row('headcount', 'full-time equivalents', name, 'FTE', planned((column) => of(column)?.fte ?? 0));
    row('headcount', 'most on duty in one hour', name, 'agents', planned((column) => of(column)?.peakOnDuty ?? 0));
  }
  row('service', 'SLA attainment, planned', 'all', 'share', planned((column) => column.sla.planned));
  bandRows(row, 'service', 'SLA attainment, simulated', 'all', 'share', (column) => column.sla.simulated);
  row('service', 'SLA attainment outside the simulated band', 'all', '', (column) => (column.sla.simulated ? (column.sla.outsideBand ? 'yes' : 'no') : null));
  for (const marketplaceId of [...new Set(columns.flatMap((column) => column.marketplaces.map((entry) => entry.marketplaceId)))]) {
    const of = (column: ScenarioColumn) => column.marketplaces.find((entry) => entry.marketplaceId === marketplaceId);
    row('marketplace', 'SLA attainment, planned', marketplaceId, 'share', (column) => of(column)?.planned.slaAttainment ?? null);
    row('marketplace', 'average first reply, planned', marketplaceId, 'hours', (column) => of(column)?.planned.averageWaitHours ?? null);
    row('marketplace', 'p90 first reply, planned', marketplaceId, 'hours', (column) => of(column)?.planned.p90WaitHours ?? null);
    bandRows(row, 'marketplace', 'SLA attainment, simulated', marketplaceId, 'share', (column) => of(column)?.simulated?.slaAttainment ?? null);
    bandRows(row, 'marketplace', 'average first reply, simulated', marketplaceId, 'hours', (column) => of(column)?.simulated?.averageWaitHours ?? null);
    bandRows(row, 'marketplace', 'p90 first reply, simulated', marketplaceId, 'hours', (column) => of(column)?.simulated?.p90WaitHours ?? null);
    row('marketplace', 'figures outside the simulated band', marketplaceId, '', (column) => (of(column)?.simulated ? (of(column)!.outsideBand ?? []).join(' ') || 'none' : null));
  }
  const longest = Math.max(0, ...columns.map((column) => column.longestWaits.length));
  for (let rank = 0; rank < longest; rank++) {
    row('longest waits', `#${rank + 1}`, 'buyer-local hour of the week', '', (column) => {
      const wait = column.longestWaits[rank];
      return wait ? `${wait.marketplaceId} ${wait.weekday} ${wait.hour}: ${Number(wait.averageWaitHours.toFixed(2))} h` : null;
    });
  }
  return toSpreadsheetSafeCsv(rows);
}

/** The first gap's suggested hire in words ("hire 3 like mnl-01 at manila from 2025-03-05"), "none" without a gap. */
function suggestedFix(gap: StaffingGapSummary | null | undefined): Cell {
  if (!gap) return null;
  const hire = gap.suggestedOverride;
  if (!hire) return 'none';
  return `hire ${hire.count}${hire.likeAgentId ? ` like ${hire.likeAgentId}` : ''} at ${hire.siteId} from ${hire.from}`;
}

function bandRows(
  row: (section: string, figure: string, scope: string, unit: string, value: (column: ScenarioColumn) => Cell) => void,
  section: string,
  figure: string,
  scope: string,
  unit: string,
  band: (column: ScenarioColumn) => Band | null,
): void {
  row(section, `${figure} (mean)`, scope, unit, (column) => band(column)?.mean ?? null);
  row(section, `${figure} (5th percentile)`, scope, unit, (column) => band(column)?.low ?? null);
  row(section, `${figure} (95th percentile)`, scope, unit, (column) => band(column)?.high ?? null);
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
