import type { ScenarioFile } from '@app/domain';
import { precheckCoverage } from './diagnose/coverage-precheck';
import type { InfeasibilityExplanation, InfeasibilityFinding } from './diagnose/infeasibility.types';
import { diagnoseByRelaxation } from './diagnose/relaxation-diagnosis';
import { loadHighsDriver } from './drivers/highs.driver';
import { createJsLpDriver } from './drivers/jslp.driver';
import { interpretPlan } from './interpret/plan-interpret';
import type { SolverDriver, SolverName } from './model/linear-model.types';
import type { PlanResult } from './plan-result.types';
import { defaultPlanOptions } from './plan-defaults';
import { buildPlanningModel } from './planning/planning-model.build';
import { buildPlanningProblem } from './planning/planning-problem.build';
import type { PlanningRequest } from './planning/planning-problem.build';
import { solvePlanningModel } from './solve/plan-solve';
import { planTruthfully } from './truthful-plan';
import { EFFORT_BUDGETS, type PlanEffort } from './solve/plan-effort';
import type { PlanProgressEvent, PlanSolution } from './solve/plan-solve';

export interface PlanScenarioOptions extends PlanningRequest {
  /** A solver by name (loaded with `loadSolver`) or a ready driver. Default: defaultPlanOptions.solver. */
  solver?: SolverName | SolverDriver;
  /** How a named solver is loaded; inject to load HiGHS differently (a worker, a browser). */
  loadSolver?: (name: SolverName) => Promise<SolverDriver>;
  /** Solver work the plan gets (default: defaultPlanOptions.effort); the same effort gives the same plan on any machine. */
  effort?: PlanEffort;
  /** Wall-clock safety cap, seconds (default: defaultPlanOptions.timeLimitSeconds): it stops work only when the machine is too slow for the effort, and the plan says so. */
  timeLimitSeconds?: number;
  /** Stop improving once within this relative gap of the bound (default: defaultPlanOptions.mipGap). */
  mipGap?: number;
  /** Most solves of plan → replay the published rule → tighten → re-solve (default: the effort's promiseRounds); 1 plans once and reports what the rule misses. */
  promiseRounds?: number;
  /** Run the MIP after the rounding heuristic (default true). */
  improveWithMip?: boolean;
  /** start → LP bound → improving integer plans → done. Called synchronously from inside the solve. */
  onProgress?: (event: PlanProgressEvent) => void;
  signal?: AbortSignal;
  /** Polled like `signal.aborted` (e.g. a flag shared with a worker thread). */
  shouldStop?: () => boolean;
}

/** Time the relaxation diagnosis may take at least, whatever is left of the limit. */
const DIAGNOSIS_SECONDS = 20;

/**
 * Plans a scenario: build the planning problem and model (pure), solve (LP bound → rounding →
 * MIP), interpret into a PlanResult. Never throws for solver outcomes — infeasible, timed out,
 * aborted come back as a status with the reasons — but throws OptimizerError on invalid input.
 * The solve blocks the thread it runs on: run it in a worker where that matters.
 */
export async function planScenario(scenario: ScenarioFile, options: PlanScenarioOptions): Promise<PlanResult> {
  const started = Date.now();
  const timeLimitSeconds = options.timeLimitSeconds ?? defaultPlanOptions.timeLimitSeconds;
  const driver = typeof options.solver === 'object' ? options.solver : await (options.loadSolver ?? defaultSolverLoader)(options.solver ?? defaultPlanOptions.solver);
  const shouldStop = () => Boolean(options.signal?.aborted) || Boolean(options.shouldStop?.());
  const request: PlanningRequest = {
    arrivals: options.arrivals,
    grid: options.grid,
    openingBacklog: options.openingBacklog,
    waitMarginHours: options.waitMarginHours,
    minSlaAttainment: options.minSlaAttainment,
    headcountSiteIds: options.headcountSiteIds,
    seatCaps: options.seatCaps,
    fixedShifts: options.fixedShifts,
    startShifts: options.startShifts,
    daysOffPatterns: options.daysOffPatterns,
  };
  const problem = buildPlanningProblem(scenario, request);
  const prechecked = precheckCoverage(scenario, problem);
  if (prechecked.length) {
    const result = noPlan(scenario, problem, driver.name, request, secondsSince(started), 'infeasible');
    options.onProgress?.({ kind: 'done', status: 'infeasible', cost: null, bound: null, gap: null, seconds: secondsSince(started) });
    return withExplanation(result, { method: 'pre-check', findings: prechecked, summary: summarise(prechecked) });
  }
  const buildSeconds = secondsSince(started);
  // plan → replay the published rule → tighten where it breaks a promise → re-solve (truthful-plan.ts);
  // every round gets the same options (solver work, not time), the clock only as the safety cap
  const { result, solution } = planTruthfully({
    scenario,
    problem,
    maxRounds: options.promiseRounds ?? EFFORT_BUDGETS[options.effort ?? defaultPlanOptions.effort].promiseRounds,
    solve: (roundModel, round) =>
      solvePlanningModel(roundModel, driver, {
        // the limit covers the whole call: building took buildSeconds, and reading the plan back
        // (replay, waits, costs) takes less than that again on the reference instances
        timeLimitSeconds: Math.max(0.1, timeLimitSeconds - secondsSince(started) - buildSeconds),
        mipGap: options.mipGap ?? defaultPlanOptions.mipGap,
        effort: options.effort ?? defaultPlanOptions.effort,
        improveWithMip: options.improveWithMip,
        // one story for whoever watches: the first solve's start, bound and improving plans, then one 'done' for the plan returned
        onProgress: round === 1 && options.onProgress ? (event) => event.kind !== 'done' && options.onProgress!(event) : undefined,
        shouldStop,
      }),
    interpret: (roundModel, roundSolution) =>
      interpretPlan({ scenario, model: roundModel, solution: roundSolution, arrivals: options.arrivals, openingBacklog: options.openingBacklog, buildSeconds }),
  });
  options.onProgress?.({ kind: 'done', status: solution.status, cost: solution.objective, bound: solution.bound, gap: solution.gap, seconds: secondsSince(started) });
  if (solution.status !== 'infeasible') return result;
  const findings = shouldStop() ? null : diagnoseByRelaxation(scenario, problem, driver, Math.max(DIAGNOSIS_SECONDS, timeLimitSeconds - secondsSince(started)));
  if (!findings?.length) {
    return withExplanation(result, { method: 'relaxation', findings: [], summary: 'No plan meets every rule, and relaxing the rules did not show why within the time limit.' });
  }
  return withExplanation(result, { method: 'relaxation', findings, summary: summarise(findings) });
}

async function defaultSolverLoader(name: SolverName): Promise<SolverDriver> {
  return name === 'jslp' ? createJsLpDriver() : loadHighsDriver();
}

function noPlan(
  scenario: ScenarioFile,
  problem: ReturnType<typeof buildPlanningProblem>,
  solver: SolverName,
  request: PlanningRequest,
  buildSeconds: number,
  status: PlanSolution['status'],
): PlanResult {
  const model = buildPlanningModel(problem);
  const solution: PlanSolution = {
    status,
    values: null,
    objective: null,
    lpBound: null,
    bound: null,
    gap: null,
    source: null,
    solver,
    seconds: { lp: 0, rounding: 0, mip: 0, total: 0 },
    effort: 'quick',
    clockLimitReached: false,
  };
  return interpretPlan({ scenario, model, solution, arrivals: request.arrivals, openingBacklog: request.openingBacklog, buildSeconds });
}

function withExplanation(result: PlanResult, infeasibility: InfeasibilityExplanation): PlanResult {
  return { ...result, status: 'infeasible', message: infeasibility.summary, infeasibility };
}

function summarise(findings: InfeasibilityFinding[]): string {
  const more = findings.length > 1 ? ` (${findings.length - 1} more finding${findings.length > 2 ? 's' : ''} below)` : '';
  return `No plan meets every rule. ${findings[0].message}${more}`;
}

function secondsSince(startedMs: number): number {
  return (Date.now() - startedMs) / 1000;
}
