import type { SolverName } from './model/linear-model.types';
import type { PlanEffort } from './solve/plan-effort';

/**
 * Every planning default, in one place: the planner itself, the API's request DTO (and so the
 * OpenAPI document), the CLI's options and the web form read them from here and decide none of
 * their own. Plain data with type-only imports, so the web app can import this file directly.
 */
export interface PlanDefaults {
  /** Weeks a planning window covers (the default window is the next full week). */
  readonly weeks: number;
  readonly solver: SolverName;
  /** Solver work the plan gets (see EFFORT_BUDGETS): the same scenario, window and effort give the same plan on any machine. */
  readonly effort: PlanEffort;
  /** Wall-clock safety cap of a one-week window, seconds (it stops work only on an overloaded machine, and the plan says so); longer windows get `defaultTimeLimitSeconds(weeks)`. */
  readonly timeLimitSeconds: number;
  /** Relative gap to the bound at which the planner stops improving. */
  readonly mipGap: number;
}

export const defaultPlanOptions: PlanDefaults = Object.freeze({
  weeks: 1,
  solver: 'highs',
  effort: 'standard',
  timeLimitSeconds: 300,
  mipGap: 0.005,
});

/** Longest planning window, weeks (the planner's model and the forecast both stop there). */
export const MAX_PLAN_WEEKS = 13;
/** Longest time limit a request may ask for, seconds. */
export const MAX_TIME_LIMIT_SECONDS = 3600;
/**
 * The LP grows with the hours: a longer window's safety cap is this long per week. Caps are
 * generous on purpose: the effort decides the plan, and a cap that bound makes it depend on the
 * machine (the standard effort takes about 30 s for a week of three sites on a quiet 2-core machine).
 */
export const TIME_LIMIT_SECONDS_PER_WEEK = 120;

/** The default safety cap of a window of `weeks` weeks: the one-week default, or 120 s a week when that is longer. */
export function defaultTimeLimitSeconds(weeks: number): number {
  return Math.max(defaultPlanOptions.timeLimitSeconds, TIME_LIMIT_SECONDS_PER_WEEK * Math.max(1, Math.ceil(weeks)));
}
