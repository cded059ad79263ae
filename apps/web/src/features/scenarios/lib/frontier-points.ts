import type { CostServiceFrontier } from '../api/scenario.types';

export interface FrontierChartPoint {
  averageWaitHours: number;
  cost: number;
  waitTargetHours: number;
  status: string;
  /** The point shows a stricter target's plan, which was cheaper (the solver's own answer broke the frontier). */
  repaired: boolean;
}

export interface FrontierSeries {
  /** Least share answered within the deadline, 0..1. */
  slaTarget: number;
  label: string;
  points: FrontierChartPoint[];
}

/** Frontier points with a plan, one series per SLA target, each by planned wait (shortest first). */
export function frontierSeries(frontier: CostServiceFrontier): FrontierSeries[] {
  const bySla = new Map<number, FrontierChartPoint[]>();
  for (const point of frontier.points) {
    if (point.cost === null || point.averageWaitHours === null) continue;
    const list = bySla.get(point.slaTarget) ?? [];
    list.push({ averageWaitHours: point.averageWaitHours, cost: point.cost, waitTargetHours: point.waitTargetHours, status: point.status, repaired: point.takenFrom !== undefined });
    bySla.set(point.slaTarget, list);
  }
  return [...bySla.entries()]
    .sort(([a], [b]) => b - a)
    .map(([slaTarget, points]) => ({
      slaTarget,
      label: `${Math.round(slaTarget * 1000) / 10} % within deadline`,
      points: points.sort((a, b) => a.averageWaitHours - b.averageWaitHours || a.cost - b.cost),
    }));
}

/** Targets that found no plan (too strict for the setup), to list under the chart. */
export function frontierGaps(frontier: CostServiceFrontier): Array<{ waitTargetHours: number; slaTarget: number; status: string }> {
  return frontier.points.filter((p) => p.cost === null).map((p) => ({ waitTargetHours: p.waitTargetHours, slaTarget: p.slaTarget, status: p.status }));
}
