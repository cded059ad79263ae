import type { PlanProgressEvent, PlanResult } from '@app/optimizer';
import type { PlanOutcome } from '@app/scenarios';

/** The planner's result as a comparison column reads it: money in the reporting currency, the plan only when there is one. */
export function toPlanOutcome(result: PlanResult): PlanOutcome {
  const planned = result.status === 'optimal' || result.status === 'feasible';
  return {
    status: result.status,
    message: result.message,
    plan: planned
      ? {
          scenarioName: result.scenarioName,
          grid: result.grid,
          shifts: result.shifts,
          arrivals: result.arrivals,
          ...(result.openingBacklog ? { openingBacklog: result.openingBacklog } : {}),
        }
      : undefined,
    totalCost: result.totalCost,
    costBySite: Object.fromEntries(result.costBySite.map((site) => [site.siteId, site.reporting])),
    slaAttainment: result.slaAttainment,
    marketplaces: result.marketplaces.map((marketplace) => ({
      marketplaceId: marketplace.marketplaceId,
      messages: marketplace.messages,
      slaAttainment: marketplace.slaAttainment,
      averageWaitHours: marketplace.averageWaitHours,
      p90WaitHours: marketplace.p90WaitHours,
    })),
    ...(result.lpBound !== null ? { lpBound: result.lpBound } : {}),
    ...(result.gap !== null ? { gap: result.gap } : {}),
    solver: result.solver,
    solveSeconds: result.solveSeconds,
  };
}

/** A solver progress event in a few words, for a job's progress stream. */
export function describePlanProgress(event: PlanProgressEvent): string {
  switch (event.kind) {
    case 'start':
      return `solving with ${event.solver}: ${event.variables} variables, ${event.constraints} constraints`;
    case 'lp-bound':
      return `lower bound ${event.bound.toFixed(2)} after ${event.seconds.toFixed(1)} s`;
    case 'incumbent':
      return `plan costing ${event.cost.toFixed(2)} (gap ${(event.gap * 100).toFixed(2)}%) after ${event.seconds.toFixed(1)} s`;
    case 'done':
      return `${event.status} after ${event.seconds.toFixed(1)} s`;
  }
}
