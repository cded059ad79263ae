import type { ScenarioFile } from '@app/domain';
import type { ConstraintFamily, ElasticSlack } from '../constraints/model-context';
import type { SolverDriver } from '../model/linear-model.types';
import { solveModel } from '../model/solve-model';
import { buildPlanningModel } from '../planning/planning-model.build';
import type { PlanningProblem } from '../planning/planning-problem.types';
import { cityOf, describeHours } from './hour-spans.util';
import { InfeasibilityReason } from './infeasibility.types';
import type { InfeasibilityFinding } from './infeasibility.types';

/**
 * Relative price of letting each rule give way by one unit. Limits on supply (headcount,
 * availability, weekly hours) give way first, service targets next, deadlines and live-chat
 * staffing last: the cheapest way to make the plan possible names the binding reason.
 */
const GIVE_WAY: Record<ConstraintFamily, number> = {
  'hourly-headcount': 1,
  'availability-cap': 1,
  'weekly-hours-max': 1,
  'weekly-hours-min': 1,
  'average-wait': 30,
  'late-share': 30,
  'closing-backlog': 30,
  'sla-floor': 30,
  'real-time-staffing': 1000,
  'reply-deadline': 1000,
};

const MEANINGFUL = 1e-4;

/**
 * An infeasible plan explained by relaxing the families of rules: every hard rule may give way
 * at a price, the LP finds the cheapest way out, and the rules that gave way — where and by how
 * much — are put in words. Null when the relaxed LP cannot be solved in time.
 */
export function diagnoseByRelaxation(scenario: ScenarioFile, problem: PlanningProblem, driver: SolverDriver, timeLimitSeconds: number): InfeasibilityFinding[] | null {
  const base = Math.max(1, ...problem.shifts.map((s) => s.cost)) * 100;
  const elastic = Object.fromEntries(Object.entries(GIVE_WAY).map(([family, weight]) => [family, weight * base])) as Record<ConstraintFamily, number>;
  const model = buildPlanningModel(problem, { elastic });
  const result = solveModel(driver, model.linear, { relax: true, timeLimitSeconds });
  if (!result.values) return null;
  const values = result.values;
  const groups = new Map<string, { slack: ElasticSlack; hours: number[]; amounts: number[] }>();
  for (const slack of model.slacks) {
    const amount = values[slack.variable];
    if (!(amount > MEANINGFUL)) continue;
    const key = `${slack.family}|${slack.marketplaceId ?? ''}|${slack.siteIndex ?? ''}|${slack.queueIndex ?? ''}`;
    const group = groups.get(key) ?? { slack, hours: [], amounts: [] };
    for (let h = slack.fromHour; h < slack.toHour; h++) group.hours.push(h);
    group.amounts.push(amount);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => explain(scenario, problem, group.slack, group.hours, group.amounts));
}

function explain(scenario: ScenarioFile, problem: PlanningProblem, slack: ElasticSlack, hours: number[], amounts: number[]): InfeasibilityFinding {
  const marketplace = slack.marketplaceId ? scenario.marketplaces.find((m) => m.id === slack.marketplaceId) : undefined;
  const site = slack.siteIndex !== undefined ? problem.sites[slack.siteIndex] : undefined;
  const zone = marketplace?.timeZone ?? site?.timeZone ?? 'UTC';
  const when = describeHours(problem.grid, hours, zone);
  const most = Math.max(...amounts);
  const total = amounts.reduce((s, a) => s + a, 0);
  const queue = slack.queueIndex !== undefined ? problem.queues[slack.queueIndex] : undefined;
  const className = queue && marketplace ? marketplace.classes.find((c) => c.id === queue.classId)?.name : undefined;
  const n = (v: number, digits = 0) => v.toLocaleString('en-US', { maximumFractionDigits: digits });
  const base = { marketplaceId: marketplace?.id, siteId: site?.id, spans: when.spans };
  switch (slack.family) {
    case 'hourly-headcount': {
      const cap = Math.min(...hours.map((h) => site!.maxOnDuty[h]));
      return { ...base, reason: InfeasibilityReason.HeadcountCap, message: `Headcount cap at ${site!.name}: at most ${n(cap)} agents on duty, but the work needs up to ${n(cap + most, 1)} ${when.text}.` };
    }
    case 'availability-cap': {
      const h = hours[0];
      return {
        ...base,
        reason: InfeasibilityReason.AvailabilityCap,
        message: `${site!.availabilityEvent[h] ?? 'An availability event'} at ${site!.name}: at most ${Math.round(site!.availabilityCap[h] * 100)} % of ${site!.maxHeadcount} agents (${n(site!.maxOnDuty[h], 1)}) on duty, but the work needs up to ${n(site!.maxOnDuty[h] + most, 1)} ${when.text}.`,
      };
    }
    case 'weekly-hours-max':
      return {
        ...base,
        reason: InfeasibilityReason.WeeklyHoursCap,
        message: `${site!.name}'s team of ${site!.maxHeadcount} works at most ${n(site!.maxHeadcount * site!.weeklyHoursPerAgent)} h a week; the work needs about ${n(total)} h more in the week from ${when.spans[0]?.fromUtc.slice(0, 10)}.`,
      };
    case 'weekly-hours-min':
      return {
        ...base,
        reason: InfeasibilityReason.WeeklyHoursMinimum,
        message: `${site!.name} keeps at least ${site!.minHeadcount} agents (${n(site!.minHeadcount * site!.weeklyHoursPerAgent)} h a week), but its shifts and caps leave room for ${n(total)} h less in the week from ${when.spans[0]?.fromUtc.slice(0, 10)}.`,
      };
    case 'reply-deadline':
      return {
        ...base,
        reason: InfeasibilityReason.DeadlineCapacity,
        message: `${marketplace!.name}${className ? ` ${className}` : ''}: up to ${n(most)} messages would still be waiting past their ${queue?.kind === 'deferred' ? `${queue.deadlineHours} h ` : ''}deadline ${when.text} — no allowed staffing answers them in time.`,
      };
    case 'real-time-staffing':
      return {
        ...base,
        reason: InfeasibilityReason.RealTimeStaffing,
        message: `${marketplace!.name}${className ? ` ${className}` : ''} is short of up to ${n(most, 1)} agents on line ${when.text}.`,
      };
    case 'average-wait': {
      const cap = problem.waitCaps.find((c) => c.marketplaceId === marketplace!.id && c.fromHour === slack.fromHour);
      let messages = 0;
      for (const q of cap?.queueIndices ?? []) for (let h = slack.fromHour; h < slack.toHour; h++) messages += problem.queues[q].arrivals[h];
      const best = cap && messages > 0 ? cap.maxAverageHours + total / messages : undefined;
      return {
        ...base,
        spans: when.spans.slice(0, 1),
        reason: InfeasibilityReason.WaitTarget,
        message: `${marketplace!.name}: the ${cap?.maxAverageHours ?? ''} h average-wait target cannot be kept in the week from ${when.spans[0]?.fromUtc.slice(0, 10)}${best !== undefined ? `; about ${best.toFixed(1)} h is the best the allowed staff can do` : ''} (${cityOf(zone)} buyers).`,
      };
    }
    case 'late-share':
      return {
        ...base,
        spans: when.spans.slice(0, 1),
        reason: InfeasibilityReason.LateShareTarget,
        message: `${marketplace!.name}: the cap on messages answered late cannot be kept in the week from ${when.spans[0]?.fromUtc.slice(0, 10)} (about ${n(total)} message-hours over).`,
      };
    case 'closing-backlog':
      return {
        ...base,
        spans: when.spans.slice(0, 1),
        reason: InfeasibilityReason.ClosingBacklog,
        message: `${marketplace!.name}${className ? ` ${className}` : ''}: the plan cannot end with no more messages waiting than a steady hour holds; about ${n(total)} more would be left to the next plan.`,
      };
    case 'sla-floor':
      return { ...base, spans: [], reason: InfeasibilityReason.SlaFloor, message: `The share of messages answered within their deadline cannot reach the floor asked for (about ${n(total)} message-hours late beyond it).` };
  }
}
