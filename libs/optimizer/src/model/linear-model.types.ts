/**
 * A linear (mixed-integer) model as plain read-only data, independent of any solver:
 * minimise Σ cost·x + offset subject to lower ≤ A·x ≤ upper and bounds on x.
 * Drivers (drivers/*.driver.ts) translate it for one solver each.
 */

/** Index of a variable in its model, as handed out by the model builder. */
export type VariableRef = number;

export interface ModelVariable {
  readonly name: string;
  readonly lower: number;
  /** `Infinity` when unbounded above. */
  readonly upper: number;
  readonly integer: boolean;
  /** Objective coefficient (the model minimises). */
  readonly cost: number;
}

export interface ModelConstraint {
  readonly name: string;
  /** Variable indices, each at most once. */
  readonly indices: readonly VariableRef[];
  readonly coefficients: readonly number[];
  /** `-Infinity` when there is no lower side. */
  readonly lower: number;
  /** `Infinity` when there is no upper side. */
  readonly upper: number;
}

export interface LinearModel {
  readonly name: string;
  readonly variables: readonly ModelVariable[];
  readonly constraints: readonly ModelConstraint[];
  /** Constant added to the objective. */
  readonly objectiveOffset: number;
}

export type SolverName = 'highs' | 'jslp';

export type SolveStatus =
  /** Proven optimal (for a MIP: within the solver's integrality tolerance). */
  | 'optimal'
  /** A feasible solution without proof of optimality; `gap` says how far it may be. */
  | 'feasible'
  | 'infeasible'
  | 'unbounded'
  /** The time limit (or a stop request) came before any feasible solution. */
  | 'timedout'
  | 'error';

export interface SolveResult {
  readonly status: SolveStatus;
  /** Objective of `values` (offset included); null without a solution. */
  readonly objective: number | null;
  /** One value per model variable; null without a solution. */
  readonly values: readonly number[] | null;
  /** Proven lower bound on the optimum, where the solver knows one. */
  readonly bound?: number;
  /** (objective − bound) / |objective|, where both are known. */
  readonly gap?: number;
  readonly seconds: number;
  /** Why the solve failed or stopped, in a sentence. */
  readonly message?: string;
}

/** A feasible integer solution found while solving (MIP incumbents). */
export interface IncumbentEvent {
  readonly objective: number;
  readonly bound?: number;
  readonly seconds: number;
}

export interface SolveOptions {
  /** Wall-clock limit for this solve. */
  readonly timeLimitSeconds: number;
  /** Relative MIP gap at which the solver may stop (0.01 = 1 %). */
  readonly mipGap?: number;
  /**
   * Branch-and-bound nodes after which a MIP stops with its best solution: a limit of work, so
   * the answer does not depend on the machine's speed (drivers without one ignore it).
   */
  readonly nodeLimit?: number;
  /** Solve the LP relaxation: integrality is ignored. */
  readonly relax?: boolean;
  /** A feasible starting point for the MIP (one value per variable); drivers that cannot use it ignore it. */
  readonly start?: readonly number[];
  readonly onIncumbent?: (event: IncumbentEvent) => void;
  /** Polled at solver checkpoints; returning true stops the solve with what it has. */
  readonly shouldStop?: () => boolean;
}

/**
 * One model loaded into a solver, solved repeatedly with changing variable bounds
 * (the rounding heuristic's re-solves); HiGHS warm-starts them.
 */
export interface SolverSession {
  /** Replaces the bounds of the listed variables for the following solves. */
  setBounds(indices: readonly VariableRef[], lower: readonly number[], upper: readonly number[]): void;
  /** Makes the listed variables integer or continuous for the following MIP solves (a sub-MIP over part of the model). */
  setIntegrality(indices: readonly VariableRef[], integer: readonly boolean[]): void;
  solve(options: SolveOptions): SolveResult;
  /** Releases solver memory; the session is unusable afterwards. */
  dispose(): void;
}

export interface SolverDriver {
  readonly name: SolverName;
  /** Whether `SolveOptions.start` is used. */
  readonly acceptsStart: boolean;
  open(model: LinearModel): SolverSession;
}
