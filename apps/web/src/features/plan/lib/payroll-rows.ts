import type { PayComponents, PayrollPeriod, PlanPayroll } from '../api/plan.types';

/** The pay components in the order finance reads them (their labels and colours: payroll.config.ts). */
export const PAY_COMPONENTS = ['base', 'premiums', 'overtime', 'vendor', 'idleContracted'] as const satisfies ReadonlyArray<keyof PayComponents>;
export type PayComponent = (typeof PAY_COMPONENTS)[number];

export interface PayrollSiteRow extends PayComponents {
  key: string;
  /** Null on the all-sites row. */
  siteId: string | null;
  total: number;
  /** In the site's own currency; null on the all-sites row (sites pay in different currencies). */
  totalLocal: number | null;
  currency: string | null;
  workedHours: number;
  contractedHours: number;
}

export interface PayrollPeriodRow extends PayComponents {
  /** "week 1" … or "2026-12". */
  period: string;
  total: number;
  /** Each site's total in the period (reporting currency); a site without pay in it is absent. */
  bySite: Record<string, number>;
}

const cents = (value: number) => Math.round(value * 100) / 100;

function added(rows: ReadonlyArray<PayComponents & { total: number }>): PayComponents & { total: number } {
  const sum = (key: PayComponent | 'total') => cents(rows.reduce((total, row) => total + row[key], 0));
  return { base: sum('base'), premiums: sum('premiums'), overtime: sum('overtime'), vendor: sum('vendor'), idleContracted: sum('idleContracted'), total: sum('total') };
}

/** One row per site in the payroll's order, and an all-sites row after them when there are several. */
export function payrollSiteRows(payroll: PlanPayroll): PayrollSiteRow[] {
  const rows: PayrollSiteRow[] = payroll.sites.map((site) => ({
    key: site.siteId,
    siteId: site.siteId,
    base: site.base,
    premiums: site.premiums,
    overtime: site.overtime,
    vendor: site.vendor,
    idleContracted: site.idleContracted,
    total: site.total,
    totalLocal: site.totalLocal,
    currency: site.currency,
    workedHours: site.workedHours,
    contractedHours: site.contractedHours,
  }));
  if (rows.length < 2) return rows;
  const all = added(rows);
  return [
    ...rows,
    {
      key: 'all',
      siteId: null,
      ...all,
      total: cents(payroll.total),
      totalLocal: null,
      currency: null,
      workedHours: rows.reduce((sum, row) => sum + row.workedHours, 0),
      contractedHours: rows.reduce((sum, row) => sum + row.contractedHours, 0),
    },
  ];
}

/** "week 2" before "week 10"; months "YYYY-MM" in calendar order. */
function periodOrder(a: string, b: string): number {
  const week = (period: string) => /^week (\d+)$/.exec(period);
  const [wa, wb] = [week(a), week(b)];
  if (wa && wb) return Number(wa[1]) - Number(wb[1]);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Weeks or months in order: a row per period with the components of every site together (or
 * of the one site asked for) and each site's total. Months are each site's own calendar month.
 */
export function payrollPeriodRows(payroll: PlanPayroll, by: 'week' | 'month', siteId: string | null = null): PayrollPeriodRow[] {
  const periods = new Map<string, Array<PayrollPeriod & { siteId: string }>>();
  for (const site of payroll.sites) {
    if (siteId !== null && site.siteId !== siteId) continue;
    for (const period of by === 'week' ? site.byWeek : site.byMonth) {
      const list = periods.get(period.period) ?? [];
      list.push({ ...period, siteId: site.siteId });
      periods.set(period.period, list);
    }
  }
  return [...periods.entries()]
    .sort(([a], [b]) => periodOrder(a, b))
    .map(([period, parts]) => ({ period, ...added(parts), bySite: Object.fromEntries(parts.map((part) => [part.siteId, part.total])) }));
}
