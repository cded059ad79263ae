import type { LinearModel, SolveOptions, SolveResult, SolverDriver } from './linear-model.types';

/** One-shot solve: open a session, solve once, release the solver's memory. */
export function solveModel(driver: SolverDriver, model: LinearModel, options: SolveOptions): SolveResult {
  const session = driver.open(model);
  try {
    return session.solve(options);
  } finally {
    session.dispose();
  }
}
