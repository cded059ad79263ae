import { HOURS_PER_WEEK } from '@app/domain';
import type { SolverSession } from '../model/linear-model.types';
import type { PlanningModel } from '../planning/planning-model.build';
import type { RoundedPlan } from './lp-rounding.heuristic';
import { SolveBudget } from './solve-budget';

/** Relative gap each week's sub-MIP stops at. */
const WEEK_MIP_GAP = 0.01;

/**
 * Relax-and-fix over rota weeks, for named teams whose limits (rest, working days, weekly
 * hours) couple the days of a week too tightly for rounding: week by week, a MIP with that
 * week's shift counts whole, the weeks after it relaxed and the weeks before it fixed; then its
 * counts are fixed and the next week follows. Each week gets an even share of the time left.
 * Returns the whole plan with its flows re-solved, or null (bounds and integrality restored).
 */
export function relaxAndFixByWeek(session: SolverSession, model: PlanningModel, budget: SolveBudget): RoundedPlan | null {
  const { problem, vars, linear } = model;
  const shiftVars = vars.shifts;
  const lower0 = shiftVars.map((v) => linear.variables[v].lower);
  const upper0 = shiftVars.map((v) => linear.variables[v].upper);
  const weeks = Math.max(1, Math.ceil(problem.grid.hours / HOURS_PER_WEEK));
  const weekOf = problem.shifts.map((shift) => Math.min(weeks - 1, Math.max(0, Math.floor((shift.startUtcMs - problem.grid.startUtcMs) / (HOURS_PER_WEEK * 3_600_000)))));
  const lower = lower0.slice();
  const upper = upper0.slice();
  let lpSolves = 0;
  try {
    let values: readonly number[] | null = null;
    for (let w = 0; w < weeks; w++) {
      if (budget.exhausted()) return null;
      session.setBounds(shiftVars, lower, upper);
      session.setIntegrality(shiftVars, weekOf.map((week) => week === w));
      const share = new SolveBudget(budget.remaining() / (weeks - w), () => budget.exhausted());
      const result = session.solve({ timeLimitSeconds: Math.max(0.05, share.remaining()), mipGap: WEEK_MIP_GAP, shouldStop: share.shouldStop });
      lpSolves++;
      if (!result.values) return null;
      values = result.values;
      weekOf.forEach((week, j) => {
        if (week !== w) return;
        const whole = Math.round(values![shiftVars[j]]);
        lower[j] = whole;
        upper[j] = whole;
      });
    }
    session.setIntegrality(shiftVars, shiftVars.map(() => true));
    session.setBounds(shiftVars, lower, upper);
    const flows = session.solve({ relax: true, timeLimitSeconds: Math.max(0.05, budget.remaining()), shouldStop: budget.shouldStop });
    lpSolves++;
    if (!flows.values || flows.objective === null) return null;
    return { values: flows.values.slice(), objective: flows.objective, counts: lower.slice(), lpSolves };
  } finally {
    session.setIntegrality(shiftVars, shiftVars.map(() => true));
    session.setBounds(shiftVars, lower0, upper0);
  }
}
