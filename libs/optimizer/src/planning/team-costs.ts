import type { PlanningGroup, PlanningProblem } from './planning-problem.types';

/**
 * The prices of the named-team terms in the objective, reporting currency per hour. Shift
 * pay itself is priced per shift option (planning-problem.build.ts: premiums only for
 * salaried members, every hour for hourly ones); these price what lies around it.
 */
export const teamCosts = {
  /** An hour beyond the contract: not in a salary, so its whole overtime rate; on top of hourly pay, the overtime part only. */
  overtimeHour(group: PlanningGroup): number {
    return group.baseRate * (group.payBasis === 'salaried' ? group.overtimeMultiplier : group.overtimeMultiplier - 1);
  },
  /**
   * An hour below the soft contract floor (a soft rule): half the base rate, enough that paid
   * salaried hours are used rather than left idle wherever the premium is lower, and never
   * worth a part-timer's shift that nobody needs.
   */
  underContractHour(group: PlanningGroup): number {
    return UNDER_CONTRACT_PENALTY_SHARE * group.baseRate;
  },
  /**
   * A member's rota week without two consecutive days off (a soft rule): two hours of base pay,
   * enough to choose a days-off pattern wherever it costs less, never worth an uncovered hour.
   */
  splitDaysOffWeek(group: PlanningGroup): number {
    return SPLIT_DAYS_OFF_PENALTY_HOURS * group.baseRate;
  },
  /**
   * An agent-hour the named team cannot supply (the staffing gap): so dear that the plan uses
   * every real option first (the team, overtime, vendors), yet finite so that a team too small
   * still gets a plan that says how many more people it needs.
   */
  staffingGapHour(problem: PlanningProblem, pool: number): number {
    const rates = problem.pools[pool].groupIndices.map((g) => problem.groups[g].baseRate);
    return STAFFING_GAP_PRICE_MULTIPLE * Math.max(...rates);
  },
};

const UNDER_CONTRACT_PENALTY_SHARE = 0.5;
const SPLIT_DAYS_OFF_PENALTY_HOURS = 2;
const STAFFING_GAP_PRICE_MULTIPLE = 20;
