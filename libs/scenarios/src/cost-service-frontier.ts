import type { HourGrid, Marketplace, ScenarioFile } from '@app/domain';
import { forecastOncePerBase } from './forecast-cache';
import { resolveHorizonGrid } from './horizon-grid';
import type { PlanOutcome, PlanStatus, ScenarioPipeline, ScenarioProgress } from './pipeline.types';
import { buildPlanningInput } from './planning/planning-input';
import { throwIfAborted } from './run-scenario';
import { ScenarioError, ScenarioErrorCode } from './scenario-error';
import type { EffectiveScenario } from './scenario-definition.types';

export interface FrontierOptions {
  pipeline: ScenarioPipeline;
  /** Average-wait targets to plan for, hours. */
  waitTargets: number[];
  /** Least shares answered within the deadline (default [1]); below 1 only where the user allows it. */
  slaTargets?: number[];
  /** Marketplaces whose average-wait target is swept (default: all). */
  marketplaceIds?: string[];
  weeks?: number;
  start?: string;
  solver?: string;
  timeLimitSeconds?: number;
  onProgress?: (progress: ScenarioProgress) => void;
  signal?: AbortSignal;
}

export interface FrontierPoint {
  waitTargetHours: number;
  slaTarget: number;
  /** Status of the plan whose figures the point shows. */
  status: PlanStatus;
  /** In the reporting currency over the horizon; null without a plan. */
  cost: number | null;
  /** Planned average first-reply time over the swept marketplaces, weighted by messages. */
  averageWaitHours: number | null;
  slaAttainment: number | null;
  /** What the solve for this very target returned (differs from `cost` when a stricter target's plan was better). */
  solvedCost: number | null;
  solvedStatus: PlanStatus;
  /** Set when the point shows the plan of a stricter target, which also meets this one and is cheaper. */
  takenFrom?: { waitTargetHours: number; slaTarget: number };
}

export interface FrontierViolation {
  waitTargetHours: number;
  slaTarget: number;
  solvedCost: number | null;
  /** The stricter target whose plan was cheaper (or the only one found). */
  stricter: { waitTargetHours: number; slaTarget: number; cost: number };
}

export interface CostServiceFrontier {
  reportingCurrency: string;
  grid: HourGrid;
  marketplaceIds: string[];
  /** Strictest SLA first, then shortest wait first. */
  points: FrontierPoint[];
  /**
   * Places where the solver's answer broke monotonicity (a looser target cost more than a stricter
   * one, because MIP answers are within a gap of the optimum): repaired by taking the stricter plan.
   */
  violations: FrontierViolation[];
}

const RELATIVE_TOLERANCE = 1e-9;

/** The marketplaces of a setup with their average-wait target set to `hours` (a waiting-cost weight would add to the cost, so it is dropped). */
export function withAverageWaitTarget(scenario: ScenarioFile, marketplaceIds: Set<string>, hours: number): ScenarioFile {
  const marketplaces = scenario.marketplaces.map((marketplace): Marketplace => {
    if (!marketplaceIds.has(marketplace.id)) return marketplace;
    const { costPerWaitingHour: _weight, ...target } = marketplace.waitTarget ?? {};
    return { ...marketplace, waitTarget: { ...target, averageHours: hours } };
  });
  return { ...scenario, marketplaces };
}

/**
 * Cost against service for one setup: a plan per (wait target, SLA target), so finance sees what
 * the last hour of wait costs. More wait allowed (or a lower SLA target) never costs more: a plan
 * meeting a stricter target meets every looser one, so each point shows the cheapest plan among
 * those solved for targets at least as strict, and says when that repaired the solver's answer.
 */
export async function costServiceFrontier(effective: EffectiveScenario, options: FrontierOptions): Promise<CostServiceFrontier> {
  if (options.waitTargets.length === 0 || options.waitTargets.some((hours) => !(hours > 0))) {
    throw new ScenarioError(ScenarioErrorCode.InvalidDefinition, 'wait targets must be a non-empty list of positive hours');
  }
  const slaTargets = options.slaTargets ?? [1];
  if (slaTargets.some((share) => !(share > 0 && share <= 1))) {
    throw new ScenarioError(ScenarioErrorCode.InvalidDefinition, 'SLA targets must be shares in (0, 1]');
  }
  const grid = resolveHorizonGrid(effective.base, { weeks: options.weeks, start: options.start });
  const progress = options.onProgress ?? (() => undefined);
  const swept = new Set(options.marketplaceIds ?? effective.scenario.marketplaces.map((marketplace) => marketplace.id));
  const forecast = await forecastOncePerBase(options.pipeline.forecast, grid, options.signal)(effective.base);
  const waits = [...new Set(options.waitTargets)].sort((a, b) => a - b);
  const slas = [...new Set(slaTargets)].sort((a, b) => b - a);

  const solved: Array<{ waitTargetHours: number; slaTarget: number; outcome: PlanOutcome; averageWaitHours: number | null }> = [];
  const total = waits.length * slas.length;
  for (const slaTarget of slas) {
    for (const waitTargetHours of waits) {
      throwIfAborted(options.signal);
      progress({ stage: 'plan', fraction: solved.length / total, message: `planning for ${waitTargetHours} h average wait, ${slaTarget * 100}% SLA` });
      const target = { ...effective, scenario: withAverageWaitTarget(effective.scenario, swept, waitTargetHours) };
      const input = buildPlanningInput(target, forecast, grid);
      const outcome = await options.pipeline.plan({
        scenario: input.scenario,
        arrivals: input.arrivals,
        grid,
        solver: options.solver,
        timeLimitSeconds: options.timeLimitSeconds,
        minSlaAttainment: slaTarget < 1 ? slaTarget : undefined,
        headcountSiteIds: Object.keys(input.vendorSites),
        signal: options.signal,
      });
      solved.push({ waitTargetHours, slaTarget, outcome, averageWaitHours: sweptAverageWait(outcome, swept, input.acknowledgedMarketplaces) });
    }
  }
  progress({ stage: 'done', fraction: 1, message: 'frontier ready' });

  const hasPlan = (entry: (typeof solved)[number]) => entry.outcome.plan !== undefined;
  const violations: FrontierViolation[] = [];
  const points = solved.map((entry): FrontierPoint => {
    const stricter = solved.filter(
      (other) => hasPlan(other) && other.waitTargetHours <= entry.waitTargetHours && other.slaTarget >= entry.slaTarget,
    );
    const best = stricter.reduce<(typeof solved)[number] | null>((cheapest, other) => (!cheapest || other.outcome.totalCost < cheapest.outcome.totalCost ? other : cheapest), null);
    const own = hasPlan(entry) ? entry.outcome.totalCost : null;
    const repaired = best !== null && best !== entry && (own === null || best.outcome.totalCost < own * (1 - RELATIVE_TOLERANCE));
    if (repaired) {
      violations.push({
        waitTargetHours: entry.waitTargetHours,
        slaTarget: entry.slaTarget,
        solvedCost: own,
        stricter: { waitTargetHours: best.waitTargetHours, slaTarget: best.slaTarget, cost: best.outcome.totalCost },
      });
    }
    const shown = repaired ? best : entry;
    return {
      waitTargetHours: entry.waitTargetHours,
      slaTarget: entry.slaTarget,
      status: shown.outcome.status,
      cost: hasPlan(shown) ? shown.outcome.totalCost : null,
      averageWaitHours: hasPlan(shown) ? shown.averageWaitHours : null,
      slaAttainment: hasPlan(shown) ? shown.outcome.slaAttainment : null,
      solvedCost: own,
      solvedStatus: entry.outcome.status,
      takenFrom: repaired ? { waitTargetHours: best.waitTargetHours, slaTarget: best.slaTarget } : undefined,
    };
  });
  return { reportingCurrency: effective.scenario.reportingCurrency, grid, marketplaceIds: [...swept], points, violations };
}

function sweptAverageWait(outcome: PlanOutcome, swept: Set<string>, acknowledged: Record<string, string>): number | null {
  let waiting = 0;
  let messages = 0;
  for (const row of outcome.marketplaces) {
    if (!swept.has(row.marketplaceId) || row.marketplaceId in acknowledged) continue;
    waiting += row.averageWaitHours * row.messages;
    messages += row.messages;
  }
  return messages > 0 ? waiting / messages : null;
}
