import { HOURS_PER_WEEK } from '@app/domain';
import type { SolverSession } from '../model/linear-model.types';
import type { PlanningModel } from '../planning/planning-model.build';
import type { RoundedPlan } from './lp-rounding.heuristic';
import { SolveBudget } from './solve-budget';

/** Relative gap each week's sub-MIP stops at. */
const WEEK_MIP_GAP = 0.005;

/**
 * Fix-and-optimise over weeks, for named teams whose limits (rest, working days, weekly
 * hours) couple the days of a week too tightly for rounding and make a whole-horizon MIP slow:
 * week by week, every shift count outside the week is held at the plan's and the week is
 * solved as a MIP started from the plan (always feasible, so it only improves). Each week
 * gets an even share of the time left. Returns the best plan (the given one when nothing
 * improved); bounds are restored.
 */
export function improveWeekByWeek(session: SolverSession, model: PlanningModel, plan: RoundedPlan, budget: SolveBudget): RoundedPlan {
  const { problem, vars, linear } = model;
  const shiftVars = vars.shifts;
  const lower0 = shiftVars.map((v) => linear.variables[v].lower);
  const upper0 = shiftVars.map((v) => linear.variables[v].upper);
  const weeks = Math.max(1, Math.ceil(problem.grid.hours / HOURS_PER_WEEK));
  const weekOf = problem.shifts.map((shift) => Math.min(weeks - 1, Math.max(0, Math.floor((shift.startUtcMs - problem.grid.startUtcMs) / (HOURS_PER_WEEK * 3_600_000)))));
  let best = plan;
  try {
    for (let w = 0; w < weeks && !budget.exhausted(); w++) {
      const counts = best.counts;
      session.setBounds(
        shiftVars,
        weekOf.map((week, j) => (week === w ? lower0[j] : counts[j])),
        weekOf.map((week, j) => (week === w ? upper0[j] : counts[j])),
      );
      const share = new SolveBudget(budget.remaining() / (weeks - w), () => budget.exhausted());
      const result = session.solve({ timeLimitSeconds: Math.max(0.05, share.remaining()), mipGap: WEEK_MIP_GAP, start: best.values, shouldStop: share.shouldStop });
      if (!result.values || result.objective === null || result.objective >= best.objective - 1e-6) continue;
      best = { values: result.values.slice(), objective: result.objective, counts: shiftVars.map((v) => Math.round(result.values![v])), lpSolves: best.lpSolves + 1 };
    }
    return best;
  } finally {
    session.setBounds(shiftVars, lower0, upper0);
  }
}
