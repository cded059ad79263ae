import type { Band, PayrollComponents, ScenarioColumn, ScenarioComparison, StaffingGapSummary } from '../api/scenario.types';

export type ComparisonCell =
  | { kind: 'money' | 'percent' | 'hours' | 'number'; value: number | null }
  /** Money and its difference from the baseline's (null on the baseline itself, or without one). */
  | { kind: 'money-change'; value: number | null; change: number | null }
  | { kind: 'percent-band' | 'hours-band'; band: Band | null }
  /** A service figure (the plan's rule, replayed) with the simulated 90 % band of the same rule beside it; `outside`: it lies outside that band. */
  | { kind: 'percent-service' | 'hours-service'; value: number | null; band: Band | null; outside: boolean }
  | { kind: 'text'; text: string };

export interface ComparisonRow {
  key: string;
  group: 'Cost' | 'Payroll' | 'Volume' | 'Staff' | 'Service' | 'Solver';
  label: string;
  cells: ComparisonCell[];
  /** Lower is better (cost, wait) or higher is better (SLA): the best cell is marked. */
  better?: 'lower' | 'higher';
}

const money = (value: number | null | undefined): ComparisonCell => ({ kind: 'money', value: value ?? null });
const percent = (value: number | null | undefined): ComparisonCell => ({ kind: 'percent', value: value ?? null });
const count = (value: number | null | undefined): ComparisonCell => ({ kind: 'number', value: value ?? null });

/** Pay components in the order finance reads them, total last. */
const PAYROLL_ROWS: Array<[keyof PayrollComponents, string]> = [
  ['base', 'Base pay'],
  ['premiums', 'Premiums'],
  ['overtime', 'Overtime'],
  ['vendor', 'Vendor'],
  ['idleContracted', 'Idle contracted hours'],
  ['total', 'Payroll total'],
];

/** A staffing gap in a few words: "56 agent-hours short in 1 gap", "none". */
function gapText(gap: StaffingGapSummary | null | undefined): string {
  if (!gap) return '—';
  if (gap.gaps === 0) return 'none';
  const hours = Math.round(gap.agentHours * 10) / 10;
  return `${hours} agent-hour${hours === 1 ? '' : 's'} short in ${gap.gaps} gap${gap.gaps === 1 ? '' : 's'}`;
}

/** The first gap's suggested hire in a few words, for the comparison table. */
function fixText(gap: StaffingGapSummary | null | undefined, siteName: (id: string) => string): string {
  if (!gap) return '—';
  const hire = gap.suggestedOverride;
  if (!hire) return 'none needed';
  return `Hire ${hire.count} at ${siteName(hire.siteId)} from ${hire.from}${hire.likeAgentId ? ` (like ${hire.likeAgentId})` : ''}`;
}

/** Whether a cost difference from the baseline is real or within the solvers' gap, in words. */
function differenceText(difference: ScenarioColumn['costVsBaseline'] | undefined, currency: string): string {
  if (!difference) return '—';
  const amount = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(difference.difference);
  return difference.real ? `${amount}: real` : `${amount}: within the solvers' gap`;
}

/** Ids in first-seen order across the scenarios (a site one scenario adds appears once). */
function unionBy<T>(columns: readonly ScenarioColumn[], items: (column: ScenarioColumn) => readonly T[], key: (item: T) => string, label: (item: T) => string) {
  const seen = new Map<string, string>();
  for (const column of columns) for (const item of items(column)) if (!seen.has(key(item))) seen.set(key(item), label(item));
  return [...seen.entries()];
}

/**
 * The comparison as rows of figures with a cell per scenario, grouped (cost, payroll, volume,
 * staff, service, solver). Money is in the comparison's reporting currency; a site or
 * marketplace a scenario does not have gets an empty cell. Payroll cells carry each
 * scenario's difference from the first (the baseline); a comparison stored before payroll
 * was reported shows empty payroll cells.
 */
export function comparisonRows(
  comparison: ScenarioComparison,
  marketplaceName: (id: string) => string = (id) => id,
  siteName: (id: string) => string = (id) => id,
): ComparisonRow[] {
  const columns = comparison.scenarios;
  const rows: ComparisonRow[] = [];
  const each = (cell: (column: ScenarioColumn) => ComparisonCell) => columns.map(cell);
  rows.push({ key: 'status', group: 'Cost', label: 'Plan', cells: each((c) => ({ kind: 'text', text: c.status })) });
  rows.push({ key: 'per-month', group: 'Cost', label: 'Cost per month', cells: each((c) => money(c.cost.perMonth)), better: 'lower' });
  rows.push({ key: 'horizon', group: 'Cost', label: `Cost over ${comparison.weeks} week${comparison.weeks === 1 ? '' : 's'}`, cells: each((c) => money(c.cost.horizon)), better: 'lower' });
  rows.push({ key: 'vs-baseline', group: 'Cost', label: `Difference from ${columns[0]?.name ?? 'the baseline'}`, cells: each((c) => ({ kind: 'text', text: differenceText(c.costVsBaseline, comparison.reportingCurrency) })) });
  rows.push({ key: 'per-message', group: 'Cost', label: 'Cost per message answered', cells: each((c) => money(c.cost.perMessageAnswered)), better: 'lower' });
  for (const [id, name] of unionBy(columns, (c) => c.cost.bySite, (s) => s.id, (s) => `${s.name}${s.kind === 'vendor' ? ' (vendor)' : ''}`)) {
    rows.push({ key: `site-cost/${id}`, group: 'Cost', label: `  ${name}`, cells: each((c) => money(c.cost.bySite.find((s) => s.id === id)?.cost)) });
  }
  for (const [key, label] of PAYROLL_ROWS) {
    rows.push({
      key: `payroll/${key}`,
      group: 'Payroll',
      label: key === 'total' ? label : `  ${label}`,
      cells: columns.map((c, index) => ({ kind: 'money-change', value: c.payroll?.[key] ?? null, change: index === 0 ? null : (c.payrollVsBaseline?.[key] ?? null) })),
      ...(key === 'total' ? { better: 'lower' as const } : {}),
    });
  }
  rows.push({ key: 'arriving', group: 'Volume', label: 'Messages arriving', cells: each((c) => count(c.messages.arriving)) });
  rows.push({ key: 'deflected', group: 'Volume', label: 'Deflected to self-service', cells: each((c) => count(c.messages.deflected)) });
  rows.push({ key: 'needing-reply', group: 'Volume', label: 'Needing a reply', cells: each((c) => count(c.messages.needingReply)) });
  rows.push({ key: 'acknowledged', group: 'Volume', label: 'Acknowledged by auto-reply', cells: each((c) => percent(c.messages.acknowledgedShare)) });
  for (const [id, name] of unionBy(columns, (c) => c.headcount, (h) => h.siteId, (h) => h.name)) {
    rows.push({ key: `fte/${id}`, group: 'Staff', label: `${name}: full-time equivalents`, cells: each((c) => count(c.headcount.find((h) => h.siteId === id)?.fte)) });
    rows.push({ key: `peak/${id}`, group: 'Staff', label: `${name}: most on duty at once`, cells: each((c) => count(c.headcount.find((h) => h.siteId === id)?.peakOnDuty)) });
  }
  rows.push({ key: 'staffing-gap', group: 'Staff', label: 'Staffing gap (work the named team cannot cover)', cells: each((c) => ({ kind: 'text', text: gapText(c.staffingGap) })) });
  rows.push({ key: 'staffing-fix', group: 'Staff', label: '  Suggested fix (first gap)', cells: each((c) => ({ kind: 'text', text: fixText(c.staffingGap, siteName) })) });
  // one set of service figures, the plan's dispatch rule replayed, each with the simulated band of the same rule
  const planned = (c: ScenarioColumn) => c.status === 'optimal' || c.status === 'feasible';
  rows.push({
    key: 'sla',
    group: 'Service',
    label: 'Within deadline',
    cells: each((c) => ({ kind: 'percent-service', value: planned(c) ? c.sla.planned : null, band: c.sla.simulated, outside: c.sla.outsideBand ?? false })),
    better: 'higher',
  });
  for (const [id] of unionBy(columns, (c) => c.marketplaces, (m) => m.marketplaceId, (m) => m.marketplaceId)) {
    const of = (c: ScenarioColumn) => c.marketplaces.find((m) => m.marketplaceId === id);
    const figure = (key: 'averageWaitHours' | 'p90WaitHours') => (c: ScenarioColumn): ComparisonCell => {
      const marketplace = of(c);
      return { kind: 'hours-service', value: marketplace?.planned[key] ?? null, band: marketplace?.simulated?.[key] ?? null, outside: marketplace?.outsideBand?.includes(key) ?? false };
    };
    rows.push({ key: `wait/${id}`, group: 'Service', label: `${marketplaceName(id)}: average wait`, cells: each(figure('averageWaitHours')), better: 'lower' });
    rows.push({ key: `p90/${id}`, group: 'Service', label: `${marketplaceName(id)}: 90 % wait`, cells: each(figure('p90WaitHours')), better: 'lower' });
  }
  rows.push({ key: 'lp-bound', group: 'Solver', label: 'LP bound', cells: each((c) => money(c.cost.lpBound)) });
  rows.push({ key: 'gap', group: 'Solver', label: 'Gap to the bound', cells: each((c) => percent(c.cost.gap)) });
  rows.push({ key: 'solve-seconds', group: 'Solver', label: 'Solve time (s)', cells: each((c) => count(c.solveSeconds)) });
  return rows;
}

/** Index of the best cell of a row (ties: the first), or null when the row has no ranking or fewer than two values. */
export function bestCell(row: ComparisonRow): number | null {
  if (!row.better) return null;
  let best: number | null = null;
  let values = 0;
  row.cells.forEach((cell, index) => {
    if (!('value' in cell) || cell.value === null) return;
    values += 1;
    const current = best === null ? null : (row.cells[best] as { value: number }).value;
    if (current === null || (row.better === 'lower' ? cell.value < current : cell.value > current)) best = index;
  });
  return values >= 2 ? best : null;
}
