import { HOURS_PER_WEEK } from '@app/domain';
import type { SolveResult, SolverDriver, SolverName } from '../model/linear-model.types';
import { relativeGap } from '../drivers/solve-timing';
import type { PlanningModel } from '../planning/planning-model.build';
import { roundLpSolution } from './lp-rounding.heuristic';
import { fixAndOptimise, siteDayParts, startFromPlan, weekParts } from './fix-and-optimise.heuristic';
import { SafetyClock, SolveBudget } from './solve-budget';
import { solveFlowsFor, staffingGapVariables } from './fixed-counts.util';
import { EFFORT_BUDGETS, type EffortBudget, type PlanEffort } from './plan-effort';
import { defaultPlanOptions } from '../plan-defaults';

export type PlanProgressEvent =
  | { kind: 'start'; solver: SolverName; variables: number; constraints: number; integers: number }
  | { kind: 'lp-bound'; bound: number; seconds: number }
  | { kind: 'incumbent'; cost: number; bound: number; gap: number; seconds: number; source: IntegerSource }
  | { kind: 'done'; status: PlanSolveStatus; cost: number | null; bound: number | null; gap: number | null; seconds: number };

/** Where the integer plan came from. */
export type IntegerSource = 'lp' | 'rounding' | 'mip';

export type PlanSolveStatus = 'optimal' | 'feasible' | 'infeasible' | 'timedout' | 'aborted' | 'error';

export interface PlanSolveOptions {
  /** How much solver work the plan gets (default: defaultPlanOptions.effort), or a budget of one's own (the bench's yardstick): the same effort gives the same plan on any machine. */
  effort?: PlanEffort | EffortBudget;
  /** Wall-clock safety cap, seconds: work stops there even if the effort is not spent (the solution says so). */
  timeLimitSeconds: number;
  /** Stop once the integer plan is within this relative gap of the bound (default: defaultPlanOptions.mipGap). */
  mipGap?: number;
  onProgress?: (event: PlanProgressEvent) => void;
  /** Polled between and inside solver runs (an AbortSignal's `aborted`, a worker's shared flag). */
  shouldStop?: () => boolean;
  /** Run the MIPs after the rounding heuristic (default: as the effort says). */
  improveWithMip?: boolean;
}

export interface PlanSolution {
  status: PlanSolveStatus;
  /** Values of every model variable in the integer plan; null without one. */
  values: number[] | null;
  /** Objective of the integer plan (staffing cost + any waiting cost). */
  objective: number | null;
  /** The LP relaxation's optimum: a lower bound on any plan's cost. */
  lpBound: number | null;
  /** Best proven lower bound (the LP's, or the MIP's when higher). */
  bound: number | null;
  /** (objective − bound) / objective. */
  gap: number | null;
  source: IntegerSource | null;
  solver: SolverName;
  seconds: { lp: number; rounding: number; mip: number; total: number };
  effort: PlanEffort | EffortBudget;
  /** The wall-clock safety cap stopped work before the effort was spent: another run may differ. */
  clockLimitReached: boolean;
  message?: string;
  /** The LP relaxation's staffing-gap agent-hours per language pool and hour (what no plan can avoid); absent without an LP. */
  lpStaffingGap?: number[][];
}

/**
 * LP relaxation (the bound) → LP-guided rounding (a good integer plan fast) → MIPs (better
 * plans and a better bound), each stage limited by solver work from the effort, never by the
 * clock, so the same model and effort give the same plan; the time limit is a safety cap.
 * Blocking; the caller decides the thread.
 */
export function solvePlanningModel(model: PlanningModel, driver: SolverDriver, options: PlanSolveOptions): PlanSolution {
  const clock = new SafetyClock(options.timeLimitSeconds, options.shouldStop);
  const effort = options.effort ?? defaultPlanOptions.effort;
  const work = typeof effort === 'string' ? EFFORT_BUDGETS[effort] : effort;
  const targetGap = options.mipGap ?? defaultPlanOptions.mipGap;
  const progress = options.onProgress ?? (() => undefined);
  const linear = model.linear;
  const seconds = { lp: 0, rounding: 0, mip: 0, total: 0 };
  const weeks = Math.max(1, Math.ceil(model.problem.grid.hours / HOURS_PER_WEEK));
  progress({
    kind: 'start',
    solver: driver.name,
    variables: linear.variables.length,
    constraints: linear.constraints.length,
    integers: model.vars.shifts.length,
  });
  const session = driver.open(linear);
  const finish = (solution: Omit<PlanSolution, 'solver' | 'seconds' | 'effort' | 'clockLimitReached'>): PlanSolution => {
    seconds.total = clock.elapsed();
    const done: PlanSolution = { ...solution, solver: driver.name, seconds, effort, clockLimitReached: clock.capReached };
    progress({ kind: 'done', status: done.status, cost: done.objective, bound: done.bound, gap: done.gap, seconds: seconds.total });
    return done;
  };
  try {
    const namedTeam = staffingGapVariables(model).length > 0;
    // a named team always has a plan and it rests on the LP: the LP gets at least this long
    const lpSeconds = namedTeam ? Math.max(NAMED_TEAM_LP_MIN_SECONDS, clock.secondsLeft()) : Math.max(0.05, clock.secondsLeft());
    const lp = session.solve({ relax: true, timeLimitSeconds: lpSeconds, shouldStop: namedTeam ? () => clock.stopped() : () => clock.stopped() || clock.expired() });
    if (lp.status === 'timedout' && !clock.stopped()) clock.markReached();
    seconds.lp = lp.seconds;
    if (lp.status !== 'optimal') return finish(withoutPlan(lp, clock));
    const lpBound = lp.objective as number;
    progress({ kind: 'lp-bound', bound: lpBound, seconds: clock.elapsed() });

    let best: { values: number[]; objective: number; source: IntegerSource } | null = null;
    let bound = lpBound;
    const offer = (values: readonly number[], objective: number, source: IntegerSource) => {
      if (best && objective >= best.objective - 1e-9) return;
      best = { values: values.slice(), objective, source };
      progress({ kind: 'incumbent', cost: objective, bound, gap: relativeGap(objective, bound), seconds: clock.elapsed(), source });
    };
    const current = () => best as { values: number[]; objective: number; source: IntegerSource } | null;
    const improve = options.improveWithMip !== false;
    const restarted = model.problem.startCounts && !isIntegral(model, lp.values as readonly number[])
      ? startFromPlan(session, model, model.problem.startCounts, clock, Math.max(work.partMipNodes, work.stripeMipNodes))
      : null;
    if (restarted) offer(restarted.values, restarted.objective, 'rounding');
    else if (isIntegral(model, lp.values as readonly number[])) offer(lp.values as number[], lpBound, 'lp');
    else {
      const roundingStarted = clock.elapsed();
      const rounding = new SolveBudget(work.roundingLpSolves, clock);
      roundLpSolution(session, model, lp, rounding, (plan) => offer(plan.values, plan.objective, 'rounding'), { stripeMipNodes: work.stripeMipNodes });
      // a named team's plan above its bound: improve it a week at a time (one week: a site's two days at a time)
      const incumbent = current();
      if (improve && work.partMipNodes > 0 && incumbent && namedTeam && relativeGap(incumbent.objective, bound) > targetGap && !clock.expired()) {
        const counts = model.vars.shifts.map((v) => Math.round(incumbent.values[v]));
        const parts = weeks > 1 ? weekParts(model) : siteDayParts(model, ONE_WEEK_PART_DAYS);
        const improved = fixAndOptimise(session, model, { values: incumbent.values, objective: incumbent.objective, counts, lpSolves: 0 }, clock, work.partMipNodes, parts);
        offer(improved.values, improved.objective, 'rounding');
      }
      seconds.rounding = clock.elapsed() - roundingStarted;
    }
    // a named team always has a plan (the staffing gap takes what the team cannot): the LP's
    // counts rounded down, with their flows, rather than nothing when the rounding found none
    if (!current() && namedTeam) {
      const floors = model.vars.shifts.map((v) => Math.floor((lp.values as readonly number[])[v] + 1e-6));
      const fallback = solveFlowsFor(session, model, floors, { timeLimitSeconds: Math.max(FALLBACK_MIN_SECONDS, clock.secondsLeft()), shouldStop: () => clock.stopped() });
      if (fallback.values && fallback.objective !== null) offer(fallback.values, fallback.objective, 'rounding');
    }

    const wantMip = improve && work.mipNodes > 0 && (!namedTeam || model.vars.shifts.length <= work.namedTeamMipMaxIntegers) && (!current() || relativeGap(current()!.objective, bound) > targetGap);
    let mipProvedOptimal = false;
    if (wantMip && !clock.expired() && !clock.stopped()) {
      const mipStarted = clock.elapsed();
      const mip = session.solve({
        timeLimitSeconds: Math.max(0.05, clock.secondsLeft()),
        mipGap: targetGap,
        nodeLimit: work.mipNodes,
        start: current()?.values,
        shouldStop: () => clock.stopped(),
        onIncumbent: (event) => {
          const incumbentBound = Math.max(bound, event.bound ?? -Infinity);
          if (!current() || event.objective < current()!.objective - 1e-9) {
            progress({ kind: 'incumbent', cost: event.objective, bound: incumbentBound, gap: relativeGap(event.objective, incumbentBound), seconds: clock.elapsed(), source: 'mip' });
          }
        },
      });
      clock.expired();
      seconds.mip = clock.elapsed() - mipStarted;
      if (mip.bound !== undefined) bound = Math.max(bound, mip.bound);
      if (mip.values && mip.objective !== null) {
        if (!current() || mip.objective < current()!.objective - 1e-9) best = { values: mip.values.slice(), objective: mip.objective, source: 'mip' };
        mipProvedOptimal = mip.status === 'optimal';
      }
    }

    const plan = current();
    if (!plan) {
      return finish({
        status: clock.stopped() ? 'aborted' : 'timedout',
        values: null,
        objective: null,
        lpBound,
        bound,
        gap: null,
        source: null,
        message: clock.capReached ? 'no integer plan was found within the time limit' : `no integer plan was found with ${typeof effort === 'string' ? effort : 'the given'} effort`,
      });
    }
    const boundNow = Math.min(bound, plan.objective);
    const gap = relativeGap(plan.objective, boundNow);
    const lpValues = lp.values as readonly number[];
    return finish({
      lpStaffingGap: model.vars.gap.map((refs) => Array.from(refs, (v) => (v >= 0 ? Math.max(0, lpValues[v]) : 0))),
      status: gap <= 1e-6 || mipProvedOptimal ? 'optimal' : 'feasible',
      values: plan.values,
      objective: plan.objective,
      lpBound,
      bound: boundNow,
      gap,
      source: plan.source,
    });
  } finally {
    session.dispose();
  }
}

/**
 * Days of one site a one-week window's sub-MIP frees at a time: on the bench's W1 (106 agents,
 * 50 nodes each) two-day parts reach 25,049 in 59 s where whole-site parts (100 nodes) reach
 * 25,228 in 61 s; a smaller sub-MIP settles its rows with fewer nodes.
 */
const ONE_WEEK_PART_DAYS = 2;
/**
 * A named team always has a plan, and it rests on the LP: the LP may take this long whatever the
 * time limit (a safety cap, not a budget; the plan's timings say when it ran over), and the
 * fallback plan's re-solve FALLBACK_MIN_SECONDS.
 */
const NAMED_TEAM_LP_MIN_SECONDS = 600;
const FALLBACK_MIN_SECONDS = 60;

function withoutPlan(lp: SolveResult, clock: SafetyClock): Omit<PlanSolution, 'solver' | 'seconds' | 'effort' | 'clockLimitReached'> {
  const status =
    lp.status === 'infeasible'
      ? 'infeasible'
      : lp.status === 'timedout'
        ? clock.stopped()
          ? 'aborted'
          : 'timedout'
        : 'error';
  return {
    status,
    values: null,
    objective: null,
    lpBound: null,
    bound: null,
    gap: null,
    source: null,
    message: lp.message ?? (lp.status === 'unbounded' ? 'the model is unbounded (a modelling error)' : undefined),
  };
}

function isIntegral(model: PlanningModel, values: readonly number[]): boolean {
  return model.vars.shifts.every((v) => Math.abs(values[v] - Math.round(values[v])) <= 1e-6);
}
