import type { LinearModel, ModelConstraint, ModelVariable, VariableRef } from './linear-model.types';

export interface VariableSpec {
  lower?: number;
  upper?: number;
  integer?: boolean;
  cost?: number;
}

/** Collects variables and constraints, then hands out the model as plain data. */
export class ModelBuilder {
  private readonly variables: ModelVariable[] = [];
  private readonly constraints: ModelConstraint[] = [];
  private offset = 0;

  constructor(private readonly name: string) {}

  addVariable(name: string, spec: VariableSpec = {}): VariableRef {
    const lower = spec.lower ?? 0;
    const upper = spec.upper ?? Infinity;
    if (Number.isNaN(lower) || Number.isNaN(upper) || lower > upper) {
      throw new RangeError(`variable ${name}: bounds [${lower}, ${upper}] are empty`);
    }
    this.variables.push({ name, lower, upper, integer: spec.integer ?? false, cost: spec.cost ?? 0 });
    return this.variables.length - 1;
  }

  /** Adds `amount` to a variable's objective coefficient. */
  addCost(variable: VariableRef, amount: number): void {
    const current = this.variables[variable];
    this.variables[variable] = { ...current, cost: current.cost + amount };
  }

  /** Tightens a variable's upper bound (never loosens it). */
  capUpper(variable: VariableRef, upper: number): void {
    const current = this.variables[variable];
    if (upper < current.upper) this.variables[variable] = { ...current, upper: Math.max(upper, current.lower) };
  }

  addObjectiveConstant(amount: number): void {
    this.offset += amount;
  }

  add(constraint: ModelConstraint): void {
    for (const index of constraint.indices) {
      if (!(index >= 0 && index < this.variables.length)) {
        throw new RangeError(`constraint ${constraint.name} refers to unknown variable ${index}`);
      }
    }
    this.constraints.push(constraint);
  }

  variable(ref: VariableRef): ModelVariable {
    return this.variables[ref];
  }

  get variableCount(): number {
    return this.variables.length;
  }

  build(): LinearModel {
    return { name: this.name, variables: this.variables.slice(), constraints: this.constraints.slice(), objectiveOffset: this.offset };
  }
}

/** Objective value of `values` in `model`. */
export function objectiveOf(model: LinearModel, values: readonly number[]): number {
  let total = model.objectiveOffset;
  for (let i = 0; i < model.variables.length; i++) total += model.variables[i].cost * values[i];
  return total;
}

/** Largest violation of a bound or a constraint by `values` (0 when feasible). */
export function maxViolation(model: LinearModel, values: readonly number[]): number {
  let worst = 0;
  model.variables.forEach((variable, i) => {
    worst = Math.max(worst, variable.lower - values[i], values[i] - variable.upper);
    if (variable.integer) worst = Math.max(worst, Math.abs(values[i] - Math.round(values[i])));
  });
  for (const constraint of model.constraints) {
    let activity = 0;
    for (let k = 0; k < constraint.indices.length; k++) activity += constraint.coefficients[k] * values[constraint.indices[k]];
    worst = Math.max(worst, constraint.lower - activity, activity - constraint.upper);
  }
  return worst;
}
