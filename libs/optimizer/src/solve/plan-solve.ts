import { HOURS_PER_WEEK } from '@app/domain';
import type { SolveResult, SolverDriver, SolverName } from '../model/linear-model.types';
import { relativeGap } from '../drivers/solve-timing';
import type { PlanningModel } from '../planning/planning-model.build';
import { roundLpSolution } from './lp-rounding.heuristic';
import { improveWeekByWeek } from './week-by-week.heuristic';
import { SolveBudget } from './solve-budget';

export type PlanProgressEvent =
  | { kind: 'start'; solver: SolverName; variables: number; constraints: number; integers: number }
  | { kind: 'lp-bound'; bound: number; seconds: number }
  | { kind: 'incumbent'; cost: number; bound: number; gap: number; seconds: number; source: IntegerSource }
  | { kind: 'done'; status: PlanSolveStatus; cost: number | null; bound: number | null; gap: number | null; seconds: number };

/** Where the integer plan came from. */
export type IntegerSource = 'lp' | 'rounding' | 'mip';

export type PlanSolveStatus = 'optimal' | 'feasible' | 'infeasible' | 'timedout' | 'aborted' | 'error';

export interface PlanSolveOptions {
  timeLimitSeconds: number;
  /** Stop once the integer plan is within this relative gap of the bound (default 0.5 %). */
  mipGap?: number;
  onProgress?: (event: PlanProgressEvent) => void;
  /** Polled between and inside solver runs (an AbortSignal's `aborted`, a worker's shared flag). */
  shouldStop?: () => boolean;
  /** Run the MIP after the rounding heuristic (default: yes). */
  improveWithMip?: boolean;
  /** Most of the time limit (share) the rounding heuristic may use before the MIP takes over (default 1). */
  roundingShare?: number;
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
  message?: string;
  /** The LP relaxation's staffing-gap agent-hours per language pool and hour (what no plan can avoid); absent without an LP. */
  lpStaffingGap?: number[][];
}

/**
 * LP relaxation (the bound) → LP-guided rounding (a good integer plan fast) → MIP (better
 * plans and a better bound while time remains). Blocking; the caller decides the thread.
 */
export function solvePlanningModel(model: PlanningModel, driver: SolverDriver, options: PlanSolveOptions): PlanSolution {
  const budget = new SolveBudget(options.timeLimitSeconds, options.shouldStop);
  const targetGap = options.mipGap ?? 0.005;
  const progress = options.onProgress ?? (() => undefined);
  const linear = model.linear;
  const seconds = { lp: 0, rounding: 0, mip: 0, total: 0 };
  progress({
    kind: 'start',
    solver: driver.name,
    variables: linear.variables.length,
    constraints: linear.constraints.length,
    integers: model.vars.shifts.length,
  });
  const session = driver.open(linear);
  const finish = (solution: Omit<PlanSolution, 'solver' | 'seconds'>): PlanSolution => {
    seconds.total = budget.elapsed();
    const done: PlanSolution = { ...solution, solver: driver.name, seconds };
    progress({ kind: 'done', status: done.status, cost: done.objective, bound: done.bound, gap: done.gap, seconds: seconds.total });
    return done;
  };
  try {
    // a named team's plan rests on the LP (its fallback is the LP's counts): it gets the time to finish
    const gapVars = model.vars.gap.flatMap((refs) => Array.from(refs).filter((v) => v >= 0));
    const gapHoursOf = (values: readonly number[]) => gapVars.reduce((total, v) => total + values[v], 0);
    const namedTeam = gapVars.length > 0;
    const lp = namedTeam
      ? session.solve({ relax: true, timeLimitSeconds: Math.max(NAMED_TEAM_LP_MIN_SECONDS, budget.remaining()), shouldStop: () => budget.stopped() })
      : session.solve({ relax: true, timeLimitSeconds: Math.max(0.05, budget.remaining()), shouldStop: budget.shouldStop });
    seconds.lp = lp.seconds;
    if (lp.status !== 'optimal') return finish(withoutPlan(lp, budget));
    const lpBound = lp.objective as number;
    progress({ kind: 'lp-bound', bound: lpBound, seconds: budget.elapsed() });

    let best: { values: number[]; objective: number; source: IntegerSource } | null = null;
    let bound = lpBound;
    const offer = (values: readonly number[], objective: number, source: IntegerSource) => {
      if (best && objective >= best.objective - 1e-9) return;
      best = { values: values.slice(), objective, source };
      progress({ kind: 'incumbent', cost: objective, bound, gap: relativeGap(objective, bound), seconds: budget.elapsed(), source });
    };
    const current = () => best as { values: number[]; objective: number; source: IntegerSource } | null;
    if (isIntegral(model, lp.values as readonly number[])) offer(lp.values as number[], lpBound, 'lp');
    else {
      const roundingStarted = budget.elapsed();
      // a named team's limits couple the days: rounding gets a first plan, the MIPs do the rest
      const share = Math.min(namedTeam ? NAMED_TEAM_ROUNDING_SHARE : 1, Math.max(0, options.roundingShare ?? 1));
      const roundingBudget = share >= 1 ? budget : new SolveBudget(budget.remaining() * share, () => budget.exhausted());
      roundLpSolution(session, model, lp, roundingBudget, (plan) => offer(plan.values, plan.objective, 'rounding'));
      // a named team's plan still short where the LP was not: improve it a week at a time
      const weeks = Math.ceil(model.problem.grid.hours / HOURS_PER_WEEK);
      const incumbent = current();
      if (incumbent && weeks > 1 && gapHoursOf(incumbent.values) > gapHoursOf(lp.values as readonly number[]) + GAP_TOLERANCE_AGENT_HOURS && !budget.exhausted()) {
        const share = new SolveBudget(budget.remaining() * WEEK_BY_WEEK_SHARE, () => budget.exhausted());
        const counts = model.vars.shifts.map((v) => Math.round(incumbent.values[v]));
        const improved = improveWeekByWeek(session, model, { values: incumbent.values, objective: incumbent.objective, counts, lpSolves: 0 }, share);
        offer(improved.values, improved.objective, 'rounding');
      }
      seconds.rounding = budget.elapsed() - roundingStarted;
    }
    // a named team always has a plan (the staffing gap takes what the team cannot): the LP's
    // counts rounded down, with their flows, rather than nothing when the rounding ran out of time
    if (!current() && namedTeam) {
      const floors = model.vars.shifts.map((v) => Math.floor((lp.values as readonly number[])[v] + 1e-6));
      session.setBounds(model.vars.shifts, floors, floors);
      const fallback = session.solve({ relax: true, timeLimitSeconds: Math.max(FALLBACK_MIN_SECONDS, budget.remaining()), shouldStop: () => budget.stopped() });
      session.setBounds(
        model.vars.shifts,
        model.vars.shifts.map((v) => linear.variables[v].lower),
        model.vars.shifts.map((v) => linear.variables[v].upper),
      );
      if (fallback.values && fallback.objective !== null) offer(fallback.values, fallback.objective, 'rounding');
    }

    const wantMip = options.improveWithMip !== false && (!current() || relativeGap(current()!.objective, bound) > targetGap);
    let mipProvedOptimal = false;
    if (wantMip && !budget.exhausted()) {
      const mipStarted = budget.elapsed();
      const mip = session.solve({
        timeLimitSeconds: Math.max(0.05, budget.remaining()),
        mipGap: targetGap,
        start: current()?.values,
        shouldStop: budget.shouldStop,
        onIncumbent: (event) => {
          const incumbentBound = Math.max(bound, event.bound ?? -Infinity);
          if (!current() || event.objective < current()!.objective - 1e-9) {
            progress({ kind: 'incumbent', cost: event.objective, bound: incumbentBound, gap: relativeGap(event.objective, incumbentBound), seconds: budget.elapsed(), source: 'mip' });
          }
        },
      });
      seconds.mip = budget.elapsed() - mipStarted;
      if (mip.bound !== undefined) bound = Math.max(bound, mip.bound);
      if (mip.values && mip.objective !== null) {
        if (!current() || mip.objective < current()!.objective - 1e-9) best = { values: mip.values.slice(), objective: mip.objective, source: 'mip' };
        mipProvedOptimal = mip.status === 'optimal';
      }
    }

    const plan = current();
    if (!plan) {
      return finish({
        status: budget.stopped() ? 'aborted' : 'timedout',
        values: null,
        objective: null,
        lpBound,
        bound,
        gap: null,
        source: null,
        message: 'no integer plan was found within the time limit',
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

/** Staffing-gap agent-hours above the LP's that a rounded plan may keep before week-by-week improvement. */
const GAP_TOLERANCE_AGENT_HOURS = 0.5;
/**
 * A named team always has a plan, and it rests on the LP: the LP may take this long whatever the
 * time limit (a safety cap, not a budget; the plan's timings say when it ran over), and the
 * fallback plan's re-solve FALLBACK_MIN_SECONDS.
 */
const NAMED_TEAM_LP_MIN_SECONDS = 120;
const FALLBACK_MIN_SECONDS = 60;
/** Share of the time the rounding may use on a named team's model. */
const NAMED_TEAM_ROUNDING_SHARE = 0.3;
/** Share of the time left that week-by-week improvement may use (the global MIP gets the rest). */
const WEEK_BY_WEEK_SHARE = 0.9;

function withoutPlan(lp: SolveResult, budget: SolveBudget): Omit<PlanSolution, 'solver' | 'seconds'> {
  const status =
    lp.status === 'infeasible'
      ? 'infeasible'
      : lp.status === 'timedout'
        ? budget.stopped()
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
