import type { ScenarioComparison } from '../api/scenario.types';

export interface CostBarSeries {
  /** Data key of the site's stack in each bar row. */
  key: string;
  label: string;
}

export interface CostBars {
  /** One row per scenario: `scenario` (its name) and one monthly cost per site key. */
  rows: Array<Record<string, number | string>>;
  series: CostBarSeries[];
}

/**
 * Monthly cost per scenario, stacked by site and vendor: each site's horizon cost scaled by the
 * scenario's own month-to-horizon ratio, so the stacks add up to its cost per month.
 */
export function costBars(comparison: ScenarioComparison): CostBars {
  const series: CostBarSeries[] = [];
  const keyOf = new Map<string, string>();
  for (const column of comparison.scenarios) {
    for (const site of column.cost.bySite) {
      if (keyOf.has(site.id)) continue;
      const key = `site${series.length}`;
      keyOf.set(site.id, key);
      series.push({ key, label: site.kind === 'vendor' ? `${site.name} (vendor)` : site.name });
    }
  }
  const rows = comparison.scenarios.map((column) => {
    const row: Record<string, number | string> = { scenario: column.name };
    const toMonth = column.cost.horizon > 0 ? column.cost.perMonth / column.cost.horizon : 0;
    for (const site of column.cost.bySite) row[keyOf.get(site.id) as string] = site.cost * toMonth;
    return row;
  });
  return { rows, series };
}

export interface ServiceBarRow {
  scenario: string;
  /** Percent (0–100) answered within the deadline: planned, and simulated mean. */
  slaPlanned: number;
  slaSimulated: number | null;
  /** Message-weighted average and 90th-percentile wait over the marketplaces, hours (planned). */
  averageWait: number;
  p90Wait: number;
}

/** SLA and wait per scenario for the service bar charts. */
export function serviceBars(comparison: ScenarioComparison): ServiceBarRow[] {
  return comparison.scenarios.map((column) => {
    const messages = column.marketplaces.reduce((sum, m) => sum + m.messages, 0);
    const weighted = (pick: (m: (typeof column.marketplaces)[number]) => number) =>
      messages > 0 ? column.marketplaces.reduce((sum, m) => sum + pick(m) * m.messages, 0) / messages : 0;
    return {
      scenario: column.name,
      slaPlanned: column.sla.planned * 100,
      slaSimulated: column.sla.simulated ? column.sla.simulated.mean * 100 : null,
      averageWait: weighted((m) => m.planned.averageWaitHours),
      p90Wait: weighted((m) => m.planned.p90WaitHours),
    };
  });
}
