import { defaultPlanOptions, planScenario, type PlanProgressEvent, type PlanResult, type SolverName } from '@app/optimizer';
import type { PayrollComponents, PlanOutcome, PlanRequest, StaffingGapSummary } from '../pipeline.types';

/** Used when a run names no time limit. */
export const DEFAULT_PLAN_SECONDS = defaultPlanOptions.timeLimitSeconds;
/**
 * Comparisons, frontiers, what-ifs and the refresh stop improving a plan within 1 % of the
 * proven bound (the planner's own default is 0.5 %): side-by-side figures need no more, every
 * column reports its bound and gap, and the last half percent can cost more time than the rest
 * of the solve.
 */
export const COMPARISON_MIP_GAP = 0.01;

/** The plan step of the default pipeline: the optimizer in this thread (the API runs it in a worker instead). */
export async function planWithOptimizer(request: PlanRequest): Promise<PlanOutcome> {
  const result = await planScenario(request.scenario, {
    arrivals: request.arrivals,
    grid: request.grid,
    solver: (request.solver ?? defaultPlanOptions.solver) as SolverName,
    timeLimitSeconds: request.timeLimitSeconds ?? DEFAULT_PLAN_SECONDS,
    mipGap: COMPARISON_MIP_GAP,
    minSlaAttainment: request.minSlaAttainment,
    headcountSiteIds: request.headcountSiteIds,
    onProgress: request.onProgress ? (event) => request.onProgress!(describePlanProgress(event)) : undefined,
    signal: request.signal,
  });
  return toPlanOutcome(result);
}

/** The planner's result as a comparison reads it: money in the reporting currency, the plan only when there is one. */
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
          ...(result.dispatch?.length ? { dispatch: result.dispatch } : {}),
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
    ...(planned ? { payroll: payrollComponents(result), staffingGap: staffingGapSummary(result) } : {}),
    ...(result.lpBound !== null ? { lpBound: result.lpBound } : {}),
    ...(result.gap !== null ? { gap: result.gap } : {}),
    ...(planned && result.objective !== null && result.bound !== null ? { costUncertainty: Math.max(0, result.objective - result.bound) } : {}),
    solver: result.solver,
    solveSeconds: result.solveSeconds,
  };
}

/** The plan's payroll by component, every site (and vendor planned as a site) together. */
export function payrollComponents(result: Pick<PlanResult, 'payroll'>): PayrollComponents {
  const sum = (component: keyof Omit<PayrollComponents, 'total'>) => cents(result.payroll.sites.reduce((total, site) => total + site[component], 0));
  return { base: sum('base'), premiums: sum('premiums'), overtime: sum('overtime'), vendor: sum('vendor'), idleContracted: sum('idleContracted'), total: cents(result.payroll.total) };
}

/** The planner's staffing gaps in short: agent-hours missing, how many runs, the first suggested hire. */
export function staffingGapSummary(result: Pick<PlanResult, 'staffingGap'>): StaffingGapSummary {
  const [first] = result.staffingGap;
  return {
    agentHours: Math.round(result.staffingGap.reduce((total, gap) => total + gap.agentHours, 0) * 10) / 10,
    gaps: result.staffingGap.length,
    suggestedOverride: first ? { ...first.suggestedOverride } : null,
  };
}

function cents(value: number): number {
  return Math.round(value * 100) / 100;
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
