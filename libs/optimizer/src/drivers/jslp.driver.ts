import jsLpSolver from 'javascript-lp-solver';
import type {
  LinearModel,
  SolveOptions,
  SolveResult,
  SolverDriver,
  SolverSession,
  VariableRef,
} from '../model/linear-model.types';
import { elapsedSeconds, startClock } from './solve-timing';

/**
 * javascript-lp-solver behind the solver-neutral model. It keeps a dense simplex tableau, so
 * models above `maxTableauCells` (rows × columns) are refused with status 'error' instead of
 * exhausting memory. Its time limit binds branch-and-cut only: a single LP relaxation runs to
 * the end once started, so the limit can be overrun on LPs near the size cap. Its answers are
 * checked before they are returned: a branch-and-cut stopped with integer variables still
 * fractional is no integer solution ('timedout'), an answer breaking a row or bound is an
 * 'error', and only a search run to the end without a gap allowance is 'optimal'.
 */
export function createJsLpDriver(options: { maxTableauCells?: number } = {}): SolverDriver {
  const maxCells = options.maxTableauCells ?? 40_000_000;
  return {
    name: 'jslp',
    acceptsStart: false,
    open: (model) => new JsLpSession(model, maxCells),
  };
}

const OBJECTIVE = '__objective';
/** A value this close to a whole number counts as whole (HiGHS's mip_feasibility_tolerance is 1e-6). */
const INTEGRALITY_TOLERANCE = 1e-6;
/** Relative to the size of the terms: the dense tableau's rounding, not a modelling slack. */
const FEASIBILITY_TOLERANCE = 1e-6;

interface JsLpConstraint {
  min?: number;
  max?: number;
  equal?: number;
}

class JsLpSession implements SolverSession {
  private readonly lower: number[];
  private readonly upper: number[];
  private readonly integer: boolean[];

  constructor(
    private readonly model: LinearModel,
    private readonly maxCells: number,
  ) {
    this.lower = model.variables.map((v) => v.lower);
    this.upper = model.variables.map((v) => v.upper);
    this.integer = model.variables.map((v) => v.integer);
  }

  setIntegrality(indices: readonly VariableRef[], integer: readonly boolean[]): void {
    indices.forEach((index, k) => (this.integer[index] = integer[k]));
  }

  setBounds(indices: readonly VariableRef[], lower: readonly number[], upper: readonly number[]): void {
    indices.forEach((index, k) => {
      this.lower[index] = lower[k];
      this.upper[index] = upper[k];
    });
  }

  solve(options: SolveOptions): SolveResult {
    const clock = startClock();
    const translated = this.translate(options);
    const cells = translated.rowCount * (translated.columnCount + translated.rowCount);
    if (cells > this.maxCells) {
      return {
        status: 'error',
        objective: null,
        values: null,
        seconds: elapsedSeconds(clock),
        message: `model too large for javascript-lp-solver's dense tableau (${translated.rowCount} rows × ${translated.columnCount} columns)`,
      };
    }
    if (options.shouldStop?.()) {
      return { status: 'timedout', objective: null, values: null, seconds: 0, message: 'stopped before solving' };
    }
    const isMip = !options.relax && this.integer.some(Boolean);
    let raw: Record<string, number | boolean | undefined>;
    try {
      raw = jsLpSolver.Solve(translated.json as never) as Record<string, number | boolean | undefined>;
    } catch (error) {
      return {
        status: 'error',
        objective: null,
        values: null,
        seconds: elapsedSeconds(clock),
        message: `javascript-lp-solver failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    const seconds = elapsedSeconds(clock);
    const ranOutOfTime = isMip && seconds >= options.timeLimitSeconds;
    if (raw.bounded === false) return { status: 'unbounded', objective: null, values: null, seconds };
    if (!raw.feasible) {
      return ranOutOfTime
        ? { status: 'timedout', objective: null, values: null, seconds, message: 'no integer solution within the time limit' }
        : { status: 'infeasible', objective: null, values: null, seconds };
    }
    const values = this.model.variables.map((_, i) => {
      const value = raw[`x${i}`];
      return typeof value === 'number' ? value : 0;
    });
    // when branch-and-cut stops (time limit) before any integer node, javascript-lp-solver hands
    // back the last node's relaxation as "feasible": that is no integer solution at all
    const fractional = isMip ? this.fractionalCount(values) : 0;
    if (fractional > 0) {
      return {
        status: 'timedout',
        objective: null,
        values: null,
        seconds,
        message: `javascript-lp-solver stopped branching with ${fractional} integer variable${fractional === 1 ? '' : 's'} still fractional: no integer solution within the time limit`,
      };
    }
    // HiGHS vouches for its answers (primal feasibility within its tolerance); this solver does
    // not, so its answer is checked against every row and bound before anyone reads a plan from it
    const breach = this.worstBreach(values);
    if (breach) {
      return { status: 'error', objective: null, values: null, seconds, message: `javascript-lp-solver's answer breaks ${breach}` };
    }
    let objective = this.model.objectiveOffset;
    this.model.variables.forEach((v, i) => (objective += v.cost * values[i]));
    if (!isMip) return { status: 'optimal', objective, values, bound: objective, seconds };
    // only a search that ran to the end without a gap allowance proves optimality; otherwise the
    // solver knows no bound (its threshold is not one), and the caller's LP bound gives the gap
    const exact = !ranOutOfTime && !(options.mipGap && options.mipGap > 0) && raw.isIntegral === true;
    return { status: exact ? 'optimal' : 'feasible', objective, values, bound: exact ? objective : undefined, gap: exact ? 0 : undefined, seconds };
  }

  private fractionalCount(values: readonly number[]): number {
    let count = 0;
    values.forEach((value, i) => {
      if (this.integer[i] && Math.abs(value - Math.round(value)) > INTEGRALITY_TOLERANCE) count++;
    });
    return count;
  }

  /** The first bound or row the values break beyond the feasibility tolerance, in words; null when none. */
  private worstBreach(values: readonly number[]): string | null {
    for (let i = 0; i < values.length; i++) {
      const tolerance = FEASIBILITY_TOLERANCE * (1 + Math.abs(values[i]));
      if (values[i] < this.lower[i] - tolerance || values[i] > this.upper[i] + tolerance) {
        return `the bounds of ${this.model.variables[i].name}: ${values[i]} is outside [${this.lower[i]}, ${this.upper[i]}]`;
      }
    }
    for (const row of this.model.constraints) {
      let activity = 0;
      let magnitude = 0;
      row.indices.forEach((index, k) => {
        const product = row.coefficients[k] * values[index];
        activity += product;
        magnitude += Math.abs(product);
      });
      const tolerance = FEASIBILITY_TOLERANCE * (1 + magnitude);
      if (activity < row.lower - tolerance || activity > row.upper + tolerance) {
        return `row ${row.name}: ${activity} is outside [${row.lower}, ${row.upper}]`;
      }
    }
    return null;
  }

  dispose(): void {
    // nothing held between solves
  }

  private translate(options: SolveOptions): { json: object; rowCount: number; columnCount: number } {
    const variables: Record<string, Record<string, number>> = {};
    const constraints: Record<string, JsLpConstraint> = {};
    const ints: Record<string, 1> = {};
    const unrestricted: Record<string, 1> = {};
    this.model.variables.forEach((variable, i) => {
      const id = `x${i}`;
      variables[id] = { [OBJECTIVE]: variable.cost };
      if (this.integer[i] && !options.relax) ints[id] = 1;
      const lower = this.lower[i];
      const upper = this.upper[i];
      if (lower < 0) unrestricted[id] = 1;
      const bound = rangeOf(lower === 0 ? -Infinity : lower, upper);
      if (bound) {
        constraints[`b${i}`] = bound;
        variables[id][`b${i}`] = 1;
      }
    });
    let rowCount = Object.keys(constraints).length;
    this.model.constraints.forEach((constraint, r) => {
      const bound = rangeOf(constraint.lower, constraint.upper);
      if (!bound) return;
      const id = `c${r}`;
      constraints[id] = bound;
      rowCount += bound.min !== undefined && bound.max !== undefined && bound.equal === undefined ? 2 : 1;
      constraint.indices.forEach((index, k) => {
        variables[`x${index}`][id] = constraint.coefficients[k];
      });
    });
    return {
      json: {
        optimize: OBJECTIVE,
        opType: 'min',
        constraints,
        variables,
        ints,
        unrestricted,
        options: { timeout: Math.max(1, Math.round(options.timeLimitSeconds * 1000)), tolerance: options.mipGap ?? 0 },
      },
      rowCount,
      columnCount: this.model.variables.length,
    };
  }
}

function rangeOf(lower: number, upper: number): JsLpConstraint | null {
  const hasLower = Number.isFinite(lower);
  const hasUpper = Number.isFinite(upper);
  if (hasLower && hasUpper && lower === upper) return { equal: lower };
  if (!hasLower && !hasUpper) return null;
  return { ...(hasLower ? { min: lower } : {}), ...(hasUpper ? { max: upper } : {}) };
}
