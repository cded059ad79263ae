import type { SolveResult, SolverSession, VariableRef } from '../model/linear-model.types';
import type { PlanningModel } from '../planning/planning-model.build';

/**
 * The message flows (and their cost) for exactly these shift counts: the LP with every count
 * fixed, the counts' own bounds restored afterwards. `values` is null when the counts do not
 * carry the work.
 */
export function solveFlowsFor(
  session: SolverSession,
  model: PlanningModel,
  counts: readonly number[],
  options: { timeLimitSeconds: number; shouldStop: () => boolean },
): SolveResult {
  const shiftVars = model.vars.shifts;
  const variables = model.linear.variables;
  session.setBounds(shiftVars, counts, counts);
  try {
    return session.solve({ relax: true, timeLimitSeconds: options.timeLimitSeconds, shouldStop: options.shouldStop });
  } finally {
    session.setBounds(
      shiftVars,
      shiftVars.map((v) => variables[v].lower),
      shiftVars.map((v) => variables[v].upper),
    );
  }
}

/** Every staffing-gap variable of the model (none without a named team). */
export function staffingGapVariables(model: PlanningModel): VariableRef[] {
  return model.vars.gap.flatMap((perHour) => Array.from(perHour).filter((v) => v >= 0));
}
