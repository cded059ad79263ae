import type { PlanCoverage } from '../api/plan.types';

/** A clock the coverage chart can be read on: UTC, a site's, or a marketplace's buyers'. */
export interface CoverageClock {
  /** "utc", "site:<id>", "buyer:<id>". */
  value: string;
  label: string;
  timeZone: string;
  kind: 'utc' | 'site' | 'buyer';
}

export const UTC_CLOCK: CoverageClock = { value: 'utc', label: 'UTC', timeZone: 'UTC', kind: 'utc' };

/** Buyers' clocks first (what service is judged on), then the sites', then UTC. */
export function coverageClocks(
  sites: ReadonlyArray<{ id: string; name: string; timeZone: string }>,
  marketplaces: ReadonlyArray<{ id: string; name: string; timeZone: string }>,
): CoverageClock[] {
  return [
    ...marketplaces.map((m) => ({ value: `buyer:${m.id}`, label: `${m.name} buyers’ time`, timeZone: m.timeZone, kind: 'buyer' as const })),
    ...sites.map((s) => ({ value: `site:${s.id}`, label: `${s.name} site time`, timeZone: s.timeZone, kind: 'site' as const })),
    UTC_CLOCK,
  ];
}

/** The clock that fits what is shown: the chosen marketplace's buyers' clock, the chosen site's, else the first buyers' clock. */
export function naturalClock(clocks: readonly CoverageClock[], focus: { kind: 'site' | 'marketplace'; id: string | null }): CoverageClock {
  const wanted = focus.id === null ? null : focus.kind === 'site' ? `site:${focus.id}` : `buyer:${focus.id}`;
  return clocks.find((c) => c.value === wanted) ?? clocks.find((c) => c.kind === (focus.kind === 'site' ? 'site' : 'buyer')) ?? UTC_CLOCK;
}

/** One hour of one site (or every site together): agents and agent-hours of handling vs work given. */
export interface SiteCoverageRow {
  utcMs: number;
  onDuty: number;
  maxOnDuty: number;
  /** Agent-hours of handling the agents on duty deliver (after shrinkage and occupancy). */
  capacityHours: number;
  /** Agent-hours of work the plan gives them. */
  workloadHours: number;
}

/** Site coverage hour by hour; `siteId` null adds every site together. */
export function siteCoverageRows(coverage: PlanCoverage, siteId: string | null): SiteCoverageRow[] {
  const rows = new Map<number, SiteCoverageRow>();
  for (const site of coverage.sites) {
    if (siteId !== null && site.siteId !== siteId) continue;
    for (const hour of site.hours) {
      const utcMs = Date.parse(hour.utc);
      const row = rows.get(utcMs) ?? { utcMs, onDuty: 0, maxOnDuty: 0, capacityHours: 0, workloadHours: 0 };
      row.onDuty += hour.onDuty;
      row.maxOnDuty += hour.maxOnDuty;
      row.capacityHours += hour.capacityMinutes / 60;
      row.workloadHours += hour.workloadMinutes / 60;
      rows.set(utcMs, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.utcMs - b.utcMs);
}

/** One hour of one marketplace's queues (or all of them): messages and the work they bring. */
export interface MarketplaceCoverageRow {
  utcMs: number;
  arrivals: number;
  answered: number;
  /** Waiting at the end of the hour, answered earliest-deadline-first. */
  backlog: number;
  /** Agent-hours of work arriving (messages × handle time). */
  arrivingWorkHours: number;
  /** Agent-hours of work answered in the hour. */
  answeredWorkHours: number;
}

/** Queue coverage hour by hour, classes of a marketplace added up; `marketplaceId` null adds every marketplace. */
export function marketplaceCoverageRows(coverage: PlanCoverage, marketplaceId: string | null): MarketplaceCoverageRow[] {
  const rows = new Map<number, MarketplaceCoverageRow>();
  for (const queue of coverage.queues) {
    if (marketplaceId !== null && queue.marketplaceId !== marketplaceId) continue;
    for (const hour of queue.hours) {
      const utcMs = Date.parse(hour.utc);
      const row = rows.get(utcMs) ?? { utcMs, arrivals: 0, answered: 0, backlog: 0, arrivingWorkHours: 0, answeredWorkHours: 0 };
      row.arrivals += hour.arrivals;
      row.answered += hour.answered;
      row.backlog += hour.backlog;
      row.arrivingWorkHours += (hour.arrivals * queue.handleMinutes) / 60;
      row.answeredWorkHours += hour.workloadMinutes / 60;
      rows.set(utcMs, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.utcMs - b.utcMs);
}

/** Hours where the work given exceeds what the agents on duty can handle (rounding slack 0.01 h): should be none. */
export function overloadedHours(rows: readonly SiteCoverageRow[]): number {
  return rows.filter((row) => row.workloadHours > row.capacityHours + 0.01).length;
}
