import { ModelBuilder } from '../model/model-builder';
import type { LinearModel } from '../model/linear-model.types';
import { addAverageWaitCaps } from '../constraints/average-wait.constraint';
import { addBacklogBalance } from '../constraints/backlog-balance.constraint';
import { addClosingBacklogCaps } from '../constraints/closing-backlog.constraint';
import { addHourlyHeadcount } from '../constraints/hourly-headcount.constraint';
import { addLateShareCaps } from '../constraints/late-share.constraint';
import type { ConstraintFamily, ElasticSlack, ModelContext, PlanningVariables } from '../constraints/model-context';
import { addRealTimeStaffing } from '../constraints/real-time-staffing.constraint';
import { addReplyDeadlines } from '../constraints/reply-deadline.constraint';
import { addSiteCapacity } from '../constraints/site-capacity.constraint';
import { addWeeklyHours } from '../constraints/weekly-hours.constraint';
import { addSeatCaps, addTeamConsecutiveDays, addTeamDays, addTeamRest } from '../constraints/team-days.constraint';
import { addTeamWeeks } from '../constraints/team-weeks.constraint';
import { addDaysOffPatterns } from '../constraints/days-off-pattern.constraint';
import { teamCosts } from './team-costs';
import type { PlanningProblem } from './planning-problem.types';

export interface PlanningModel {
  problem: PlanningProblem;
  linear: LinearModel;
  vars: PlanningVariables;
  /** Diagnosis mode only: the slack of each relaxed rule. */
  slacks: ElasticSlack[];
}

export interface BuildModelOptions {
  /** Diagnosis mode: the rules of these families may give way at this cost per unit (see diagnose/). */
  elastic?: Partial<Record<ConstraintFamily, number>>;
}

/**
 * The planning problem as a linear model: minimise the staffing cost (plus any waiting cost)
 * subject to one family of constraints per business rule.
 */
export function buildPlanningModel(problem: PlanningProblem, options: BuildModelOptions = {}): PlanningModel {
  const builder = new ModelBuilder(`plan:${problem.scenarioName}`);
  // in diagnosis mode the headcount rows may give way, so the shift counts lose their own cap
  const vars = addDecisionVariables(builder, problem, options.elastic?.['hourly-headcount'] !== undefined);
  const context: ModelContext = { builder, problem, vars, elastic: options.elastic ?? null, slacks: [] };
  addBacklogBalance(context);
  addReplyDeadlines(context);
  addAverageWaitCaps(context);
  addLateShareCaps(context);
  addClosingBacklogCaps(context);
  addSiteCapacity(context);
  addRealTimeStaffing(context);
  addHourlyHeadcount(context);
  addWeeklyHours(context);
  addTeamDays(context);
  addTeamRest(context);
  addTeamConsecutiveDays(context);
  addTeamWeeks(context);
  addDaysOffPatterns(context);
  addSeatCaps(context);
  // salaries are paid whatever the plan: the objective is payroll, not only its variable part
  builder.addObjectiveConstant(problem.fixedSalaries);
  return { problem, linear: builder.build(), vars, slacks: context.slacks };
}

/**
 * Shift starts (integer, priced with the shift's pay), messages answered per queue, site and
 * hour (only where the site speaks the language and can have someone on duty), backlogs
 * (priced with any waiting cost), and agents on live chat.
 */
function addDecisionVariables(builder: ModelBuilder, problem: PlanningProblem, uncapped: boolean): PlanningVariables {
  const hours = problem.grid.hours;
  const shifts = problem.shifts.map((shift, j) =>
    builder.addVariable(`n[${shift.groupIndex >= 0 ? problem.groups[shift.groupIndex].key : problem.sites[shift.siteIndex].id}][${shift.templateId}][${shift.startUtcMs}]`, {
      integer: true,
      upper: problem.fixedCounts
        ? problem.fixedCounts[j]
        : uncapped
        ? Infinity
        : shift.groupIndex >= 0
          ? problem.groups[shift.groupIndex].availableByDay[shift.dayIndex]
          : problem.sites[shift.siteIndex].maxHeadcount,
      cost: shift.cost,
      ...(problem.fixedCounts ? { lower: problem.fixedCounts[j] } : {}),
    }),
  );
  const overtime = problem.groups.map((group) =>
    Int32Array.from(group.weeks, (week, w) =>
      builder.addVariable(`overtime[${group.key}][${w}]`, { upper: week.mostOvertime, cost: teamCosts.overtimeHour(group) }),
    ),
  );
  const underContract = problem.groups.map((group) =>
    Int32Array.from(group.weeks, (week, w) =>
      builder.addVariable(`under-contract[${group.key}][${w}]`, { upper: week.leastHours, cost: teamCosts.underContractHour(group) }),
    ),
  );
  const gap = problem.pools.map((pool, p) => {
    if (!pool.groupIndices.length) return new Int32Array(0);
    const site = problem.sites[pool.siteIndex];
    const price = teamCosts.staffingGapHour(problem, p);
    return Int32Array.from({ length: hours }, (_, h) => (site.maxOnDuty[h] > 0 || site.coverable[h] ? builder.addVariable(`gap[${site.id}][${pool.languages.join('+')}][${h}]`, { cost: price * site.payMultiplier[h] }) : -1));
  });
  const served: Int32Array[][] = [];
  const backlog: Int32Array[] = [];
  const onLine: Int32Array[][] = [];
  problem.queues.forEach((queue, q) => {
    const perSite = queue.siteIndices.map((s) => {
      const site = problem.sites[s];
      const refs = new Int32Array(hours).fill(-1);
      for (let h = 0; h < hours; h++) {
        if (!site.coverable[h]) continue;
        refs[h] = builder.addVariable(`${queue.kind === 'deferred' ? 'y' : 'r'}[${queue.key}][${site.id}][${h}]`);
      }
      return refs;
    });
    if (queue.kind === 'deferred') {
      served[q] = perSite;
      onLine[q] = [];
      const waitingCost = problem.waitingCost[queue.marketplaceId] ?? 0;
      backlog[q] = Int32Array.from({ length: hours }, (_, h) => builder.addVariable(`b[${queue.key}][${h}]`, { cost: waitingCost }));
    } else {
      served[q] = [];
      onLine[q] = perSite;
      backlog[q] = new Int32Array(0);
    }
  });
  return { shifts, served, backlog, onLine, overtime, underContract, gap };
}
