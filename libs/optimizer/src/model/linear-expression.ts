import type { ModelConstraint, VariableRef } from './linear-model.types';

/**
 * Small helpers so that model building reads like the maths:
 * `lessEq('capacity', sum(work), times(60, onDuty))` is `Σ work ≤ 60·onDuty`.
 */

/** A coefficient times a variable. */
export type Term = readonly [variable: VariableRef, coefficient: number];

export interface LinearExpression {
  readonly terms: readonly Term[];
  readonly constant: number;
}

/** A variable, a term, or an expression. */
export type Addend = VariableRef | Term | LinearExpression;

/** One side of a constraint: an expression, a term, or a constant number (never a bare variable: wrap it with `sum(x)`). */
export type Side = LinearExpression | Term | number;

export function term(variable: VariableRef, coefficient: number): Term {
  return [variable, coefficient];
}

export function constant(value: number): LinearExpression {
  return { terms: [], constant: value };
}

/** Σ of the parts (arrays are flattened). */
export function sum(...parts: ReadonlyArray<Addend | readonly Addend[]>): LinearExpression {
  const terms: Term[] = [];
  let constantPart = 0;
  const add = (part: Addend) => {
    if (typeof part === 'number') terms.push([part, 1]);
    else if (isTerm(part)) terms.push(part);
    else {
      for (const t of part.terms) terms.push(t);
      constantPart += part.constant;
    }
  };
  for (const part of parts) {
    if (Array.isArray(part) && !isTerm(part)) for (const p of part as readonly Addend[]) add(p);
    else add(part as Addend);
  }
  return { terms, constant: constantPart };
}

/** factor · part */
export function times(factor: number, part: Addend): LinearExpression {
  const expression = sum(part);
  return { terms: expression.terms.map(([v, c]) => [v, c * factor] as Term), constant: expression.constant * factor };
}

/** left − right */
export function minus(left: Side, right: Side): LinearExpression {
  return sum(asExpression(left), times(-1, asExpression(right)));
}

/** left ≤ right */
export function lessEq(name: string, left: Side, right: Side): ModelConstraint {
  return toConstraint(name, minus(left, right), -Infinity, 0);
}

/** left ≥ right */
export function greaterEq(name: string, left: Side, right: Side): ModelConstraint {
  return toConstraint(name, minus(left, right), 0, Infinity);
}

/** left = right */
export function equalTo(name: string, left: Side, right: Side): ModelConstraint {
  return toConstraint(name, minus(left, right), 0, 0);
}

/** low ≤ expression ≤ high */
export function between(name: string, low: number, expression: Addend, high: number): ModelConstraint {
  return toConstraint(name, sum(expression), low, high);
}

function asExpression(side: Side): LinearExpression {
  return typeof side === 'number' ? constant(side) : sum(side);
}

function isTerm(part: unknown): part is Term {
  return Array.isArray(part) && part.length === 2 && typeof part[0] === 'number' && typeof part[1] === 'number';
}

/** lower ≤ expression ≤ upper with the expression's constant moved to the bounds and duplicate variables merged. */
function toConstraint(name: string, expression: LinearExpression, lower: number, upper: number): ModelConstraint {
  const byVariable = new Map<VariableRef, number>();
  for (const [variable, coefficient] of expression.terms) {
    byVariable.set(variable, (byVariable.get(variable) ?? 0) + coefficient);
  }
  const indices: VariableRef[] = [];
  const coefficients: number[] = [];
  for (const [variable, coefficient] of byVariable) {
    if (coefficient === 0) continue;
    indices.push(variable);
    coefficients.push(coefficient);
  }
  return {
    name,
    indices,
    coefficients,
    lower: lower - expression.constant,
    upper: upper - expression.constant,
  };
}
