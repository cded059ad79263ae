import type { VariableRef } from '../model/linear-model.types';
import type { ModelBuilder } from '../model/model-builder';
import type { PlanningProblem } from '../planning/planning-problem.types';

/** The families of constraints, as named in infeasibility explanations. */
export type ConstraintFamily =
  | 'reply-deadline'
  | 'sla-floor'
  | 'average-wait'
  | 'late-share'
  | 'closing-backlog'
  | 'real-time-staffing'
  | 'hourly-headcount'
  | 'availability-cap'
  | 'weekly-hours-max'
  | 'weekly-hours-min';

/** Variable indices of the planning model, per queue, site slot (position in queue.siteIndices) and hour; −1 where absent. */
export interface PlanningVariables {
  /** Agents starting each shift option (integer). */
  shifts: VariableRef[];
  /** Messages of a deferred queue answered by a site in an hour. */
  served: Int32Array[][];
  /** Messages of a deferred queue waiting at the end of an hour. */
  backlog: Int32Array[];
  /** Agents on line for a real-time queue at a site in an hour. */
  onLine: Int32Array[][];
  /** Per agent group and rota week: paid hours beyond the members' contracts. */
  overtime: Int32Array[];
  /** Per agent group and rota week: hours short of the soft contract floor. */
  underContract: Int32Array[];
  /** Per language pool and hour: agents the named team lacks (the staffing gap); empty for pools planned against headcount. */
  gap: Int32Array[];
}

/** A slack added in diagnosis mode: how much a hard rule had to give way, and where. */
export interface ElasticSlack {
  family: ConstraintFamily;
  variable: VariableRef;
  marketplaceId?: string;
  queueIndex?: number;
  siteIndex?: number;
  /** First grid hour the rule covers and the hour after its last. */
  fromHour: number;
  toHour: number;
}

export interface ModelContext {
  builder: ModelBuilder;
  problem: PlanningProblem;
  vars: PlanningVariables;
  /** Diagnosis mode: the rules of these families get a slack at this cost per unit instead of making the model infeasible. */
  elastic: Partial<Record<ConstraintFamily, number>> | null;
  slacks: ElasticSlack[];
}

/**
 * In diagnosis mode, a fresh penalised slack variable for one row of an elastic family (to be
 * added with coefficient −1 to a ≤ row, +1 to a ≥ row); null otherwise.
 */
export function slackFor(context: ModelContext, where: Omit<ElasticSlack, 'variable'>): VariableRef | null {
  const penalty = context.elastic?.[where.family];
  if (penalty === undefined) return null;
  const variable = context.builder.addVariable(`slack:${where.family}:${context.slacks.length}`, { cost: penalty });
  context.slacks.push({ ...where, variable });
  return variable;
}
