/**
 * How hard the planner works, as an amount of solver work rather than seconds: the same
 * scenario, window and effort give the same plan on a quiet or a loaded machine.
 */
export type PlanEffort = 'quick' | 'standard' | 'thorough';

export const PLAN_EFFORTS: readonly PlanEffort[] = ['quick', 'standard', 'thorough'];

export interface EffortBudget {
  /**
   * LP re-solves the rounding heuristic may use (cover, dive, trim, improvement passes), for
   * any window: a re-solve of 13 weeks costs about 13 of one week, so a longer window dives
   * faster (a week per re-solve once the careful dive would not fit) rather than for longer.
   */
  readonly roundingLpSolves: number;
  /** Branch-and-bound nodes of the sub-MIP that settles one day the dive could not finish. */
  readonly stripeMipNodes: number;
  /** Nodes of each part's sub-MIP when a named team's plan is improved a week (or a site) at a time (0: not done). */
  readonly partMipNodes: number;
  /** Nodes of the whole-window MIP that improves the plan and its bound (0: not run). */
  readonly mipNodes: number;
  /**
   * The largest named-team model (integer shift options) that MIP also runs on: on a week of
   * three sites (1,400 options) its root alone takes a minute, and the sub-MIPs per part get
   * most of its gain for a fraction of that; a small team's MIP is quick and proves its gap.
   */
  readonly namedTeamMipMaxIntegers: number;
  /** Solves of plan → replay the published rule → tighten → re-solve (truthful-plan.ts), the first included; 1 reports what the rule misses without re-solving. */
  readonly promiseRounds: number;
}

/**
 * quick: the LP and its rounding only (a plan in seconds for one week, often well above the
 * optimum for a named team); standard: a short MIP over the window, or for a named team a
 * short sub-MIP per week (per site and two days for one week) while the plan is above its bound by more than the MIP gap;
 * thorough: long ones, and the window's MIP for named teams too. Only thorough re-solves where
 * the replay of the published rule breaks a promise (plan → replay → tighten, up to 4 solves):
 * on the bench's W1 with three such rounds the tightened plan cost 30 % more and kept fewer
 * deadlines (the named team cannot staff the tighter deadlines); quick and standard report
 * what the rule misses (missedTargets) from one solve.
 * Measured with `npm run bench -- planner`. Node counts are HiGHS's
 * (javascript-lp-solver, which has no node limit, runs to its own end or the safety cap).
 */
export const EFFORT_BUDGETS: Readonly<Record<PlanEffort, EffortBudget>> = Object.freeze({
  quick: { roundingLpSolves: 250, stripeMipNodes: 50, partMipNodes: 0, mipNodes: 0, namedTeamMipMaxIntegers: 0, promiseRounds: 1 },
  standard: { roundingLpSolves: 600, stripeMipNodes: 200, partMipNodes: 50, mipNodes: 1000, namedTeamMipMaxIntegers: 600, promiseRounds: 1 },
  thorough: { roundingLpSolves: 2000, stripeMipNodes: 1000, partMipNodes: 1000, mipNodes: 10000, namedTeamMipMaxIntegers: Infinity, promiseRounds: 4 },
});

export function isPlanEffort(value: unknown): value is PlanEffort {
  return typeof value === 'string' && (PLAN_EFFORTS as readonly string[]).includes(value);
}
