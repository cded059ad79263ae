import { DateTime } from 'luxon';
import { agentGroupKey, agentTerms } from '@app/domain';
import { resolveRotaOptions } from './rota-options';
import type { DayOffPin, RotaAssignment, RotaInput, RotaResult, ShiftPin } from './rota.types';

export type HardRule =
  | 'unknown-shift'
  | 'overfilled-shift'
  | 'seats-unaccounted'
  | 'wrong-site'
  | 'language'
  | 'template'
  | 'group'
  | 'time-off'
  | 'pinned-off'
  | 'pin-ignored'
  | 'one-shift-per-day'
  | 'rest'
  | 'consecutive-days'
  | 'days-per-week'
  | 'weekly-hours'
  | 'availability-cap'
  | 'status';

export interface HardRuleViolation {
  rule: HardRule;
  message: string;
}

const HOUR_MS = 3_600_000;

/**
 * Checks a finished rota against every hard rule from the input alone, written apart from
 * the solver (its own date maths, straight from the assignments) so that tests and the
 * benchmark do not trust the solver's bookkeeping. Returns every violation found.
 */
export function checkRota(input: RotaInput, result: RotaResult): HardRuleViolation[] {
  const options = resolveRotaOptions(input.options);
  const violations: HardRuleViolation[] = [];
  const flag = (rule: HardRule, message: string) => violations.push({ rule, message });
  const { scenario, plan } = input;
  const sites = new Map(scenario.sites.map((site) => [site.id, site]));
  const agents = new Map(scenario.agents.map((agent) => [agent.id, agent]));
  const templates = new Map(scenario.shiftTemplates.map((template) => [template.id, template]));
  // a plan may list one shift twice, e.g. 3 seats needing Japanese and 5 needing nothing
  const shiftKey = (siteId: string, templateId: string, date: string, localStart: string, languages: string[] = [], group = '') =>
    `${siteId}|${templateId}|${date}|${localStart}|${[...new Set(languages)].sort().join(',')}|${group}`;
  const planned = new Map<string, { count: number; languages: string[]; startMs: number; endMs: number; paid: number }>();
  for (const shift of plan.shifts) {
    const key = shiftKey(shift.siteId, shift.templateId, shift.date, shift.localStart, shift.languages, shift.group);
    const existing = planned.get(key);
    const startMs = Date.parse(shift.startUtc);
    const endMs = Date.parse(shift.endUtc);
    const paid = templates.get(shift.templateId)?.paidHours ?? (endMs - startMs) / HOUR_MS;
    if (existing) existing.count += shift.count;
    else planned.set(key, { count: shift.count, languages: shift.languages ?? [], startMs, endMs, paid });
  }

  const assigned = new Map<string, number>();
  const byAgent = new Map<string, RotaAssignment[]>();
  for (const row of result.assignments) {
    const key = shiftKey(row.siteId, row.templateId, row.date, row.localStart, row.languages, row.group);
    const shift = planned.get(key);
    if (!shift) {
      flag('unknown-shift', `${row.agentId} is on ${key}, which the plan does not have`);
      continue;
    }
    assigned.set(key, (assigned.get(key) ?? 0) + 1);
    const agent = agents.get(row.agentId);
    if (!agent) {
      flag('wrong-site', `unknown agent ${row.agentId} on ${key}`);
      continue;
    }
    if (agent.siteId !== row.siteId) flag('wrong-site', `${agent.id} of site ${agent.siteId} works at ${row.siteId} (${key})`);
    for (const language of shift.languages) {
      if (!agent.languages.includes(language)) flag('language', `${agent.id} lacks ${language} for ${key}`);
    }
    const list = byAgent.get(agent.id) ?? [];
    list.push(row);
    byAgent.set(agent.id, list);
  }
  const unfilled = new Map<string, number>();
  for (const u of result.unfilled) {
    const key = shiftKey(u.shift.siteId, u.shift.templateId, u.shift.date, u.shift.localStart, u.languages, u.group);
    unfilled.set(key, (unfilled.get(key) ?? 0) + u.missing);
  }
  for (const [key, shift] of planned) {
    const filled = assigned.get(key) ?? 0;
    if (filled > shift.count) flag('overfilled-shift', `${key}: ${filled} agents on ${shift.count} seats`);
    else if (filled + (unfilled.get(key) ?? 0) !== shift.count) {
      flag('seats-unaccounted', `${key}: ${shift.count} planned, ${filled} filled, ${unfilled.get(key) ?? 0} reported unfilled`);
    }
  }

  const offPins = (input.pins ?? []).filter((pin): pin is DayOffPin => 'off' in pin && pin.off === true);
  const anchor = DateTime.fromISO(plan.grid.startUtc, { zone: 'utc' }).startOf('day');
  const weekCount = Math.max(1, Math.ceil(plan.grid.hours / 168));
  for (const [agentId, rows] of byAgent) {
    const agent = agents.get(agentId)!;
    const site = sites.get(agent.siteId)!;
    const zone = site.timeZone;
    const timeline = rows
      .map((row) => {
        const shift = planned.get(shiftKey(row.siteId, row.templateId, row.date, row.localStart, row.languages, row.group))!;
        const startDate = DateTime.fromMillis(shift.startMs, { zone }).toISODate() as string;
        const endDate = DateTime.fromMillis(shift.endMs - 1, { zone }).toISODate() as string;
        return { row, shift, startDate, endDate };
      })
      .sort((a, b) => a.shift.startMs - b.shift.startMs);
    for (const { row, startDate, endDate } of timeline) {
      const touches = (start: string, end: string) => !(endDate < start || startDate > end);
      const leave = (agent.timeOff ?? []).find((off) => touches(off.start, off.end));
      if (leave) flag('time-off', `${agentId} works ${row.date} ${row.localStart} during time off ${leave.start}–${leave.end}`);
      const pin = offPins.find((p) => p.agentId === agentId && touches(p.date, p.date));
      if (pin) flag('pinned-off', `${agentId} works ${row.date} ${row.localStart} although pinned off ${pin.date}`);
    }
    for (let i = 1; i < timeline.length; i++) {
      const gapHours = (timeline[i].shift.startMs - timeline[i - 1].shift.endMs) / HOUR_MS;
      if (gapHours < options.restHours - 1e-9) {
        flag('rest', `${agentId}: ${gapHours} h between ${timeline[i - 1].row.date} ${timeline[i - 1].row.localStart} and ${timeline[i].row.date} ${timeline[i].row.localStart}`);
      }
    }
    const workDays = [...new Set(timeline.map((t) => t.startDate))].sort();
    if (workDays.length !== timeline.length) flag('one-shift-per-day', `${agentId} starts two shifts on one day`);
    const limit = agent.maxConsecutiveDays > 0 ? agent.maxConsecutiveDays : options.defaultMaxConsecutiveDays;
    let run = 0;
    for (let i = 0; i < workDays.length; i++) {
      const follows = i > 0 && DateTime.fromISO(workDays[i - 1], { zone: 'utc' }).plus({ days: 1 }).toISODate() === workDays[i];
      run = follows ? run + 1 : 1;
      if (run === limit + 1) flag('consecutive-days', `${agentId} works ${run} days in a row up to ${workDays[i]} (limit ${limit})`);
    }
    const terms = agentTerms(agent, sites.get(agent.siteId)!);
    for (const { row } of timeline) {
      if (terms.shiftTemplateIds && !terms.shiftTemplateIds.includes(row.templateId)) flag('template', `${agentId} works a ${row.templateId} shift on ${row.date}`);
      if (row.group !== undefined && row.group !== agentGroupKey(agent, sites.get(agent.siteId)!)) flag('group', `${agentId} works a shift planned for ${row.group} on ${row.date}`);
    }
    const hoursPerWeek = new Map<number, number>();
    const daysPerWeek = new Map<number, number>();
    for (const { shift, startDate } of timeline) {
      const offset = Math.floor(DateTime.fromISO(startDate, { zone: 'utc' }).diff(anchor, 'days').days / 7);
      const week = Math.min(weekCount - 1, Math.max(0, offset));
      hoursPerWeek.set(week, (hoursPerWeek.get(week) ?? 0) + shift.paid);
      daysPerWeek.set(week, (daysPerWeek.get(week) ?? 0) + 1);
    }
    for (const [week, hours] of hoursPerWeek) {
      if (hours > terms.maxHoursPerWeek + 1e-9) {
        flag('weekly-hours', `${agentId}: ${hours} paid hours in rota week ${week + 1} (at most ${terms.maxHoursPerWeek})`);
      }
    }
    for (const [week, days] of daysPerWeek) {
      if (days > terms.maxDaysPerWeek) flag('days-per-week', `${agentId}: ${days} working days in rota week ${week + 1} (at most ${terms.maxDaysPerWeek})`);
    }
  }

  for (const event of scenario.events) {
    if (event.availabilityCap === undefined) continue;
    for (const siteId of event.siteIds) {
      const siteAgents = scenario.agents.filter((agent) => agent.siteId === siteId).length;
      const limit = Math.floor(event.availabilityCap * siteAgents + 1e-9);
      const onDuty = new Map<string, Set<string>>();
      for (const row of result.assignments) {
        if (row.siteId !== siteId || row.date < event.start || row.date > event.end) continue;
        const set = onDuty.get(row.date) ?? new Set<string>();
        set.add(row.agentId);
        onDuty.set(row.date, set);
      }
      for (const [date, set] of onDuty) {
        if (set.size > limit) flag('availability-cap', `${siteId} ${date}: ${set.size} agents on duty, ${event.name} allows ${limit}`);
      }
    }
  }

  const shiftPins = (input.pins ?? []).filter((pin): pin is ShiftPin => 'shift' in pin);
  for (const pin of shiftPins) {
    const honoured = result.assignments.some(
      (row) =>
        row.agentId === pin.agentId &&
        row.siteId === pin.shift.siteId &&
        row.templateId === pin.shift.templateId &&
        row.date === pin.shift.date &&
        row.localStart === pin.shift.localStart,
    );
    const reported = result.pinIssues.some((issue) => issue.pin === pin || JSON.stringify(issue.pin) === JSON.stringify(pin));
    if (!honoured && !reported) flag('pin-ignored', `pin of ${pin.agentId} onto ${JSON.stringify(pin.shift)} neither honoured nor reported`);
  }

  const complete = result.unfilled.length === 0 && result.pinIssues.length === 0;
  if ((result.status === 'complete') !== complete) flag('status', `status "${result.status}" with ${result.unfilled.length} unfilled shifts and ${result.pinIssues.length} pin issues`);
  return violations;
}
