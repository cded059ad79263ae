import { DateTime } from 'luxon';
import { agentTerms, formatUtc, hasHolidayCalendar, HOUR_MS, localToUtc, toLocal } from '@app/domain';
import type { Agent, LocalTime, PlannedShift, Site } from '@app/domain';
import { checkRota, overlapsNightHours } from '@app/roster';
import type { RotaAssignment, RotaInput } from '@app/roster';
import { sitePayMultipliers, siteHolidayDates } from '@app/optimizer';
import type { GridSpec } from '@app/optimizer';
import { lateBeyondTargets, outlookOf, outlookSetting, totalLate } from './replan-outlook';
import type { DutyInterval, Outlook, OutlookSetting } from './replan-outlook';
import { DEFAULT_REPLAN_RULES } from './replan.types';
import type { ReplanChange, ReplanChangeKind, ReplanInput, ReplanOutlook, ReplanResult, ReplanRules } from './replan.types';

/** A change is worth proposing only when it avoids at least this many late messages. */
const MIN_LATE_AVOIDED = 0.5;
/**
 * Candidates replayed per round and ranking (a replay of the rest of the week takes tens of
 * milliseconds): the most promising by the late-prone waiting work they would meet.
 */
const CANDIDATES_PER_RANKING = 8;
/** Hours of the blocks the worth of one more agent is probed in. */
const PROBE_BLOCK_HOURS = 4;
/** A cancellation must save at least this much (reporting currency) per late message it adds. */
const LATE_MESSAGE_WEIGHT = 50;

interface Candidate {
  kind: ReplanChangeKind;
  agent: Agent;
  site: Site;
  /** Index of the assignment changed (extend, cancel), or -1. */
  index: number;
  /** The shift as the change leaves it (extend, call-in), or the one it cancels. */
  row: RotaAssignment;
  cost: number;
}

/**
 * Re-plans the rest of a window that is being worked: the shifts already started stay, and only
 * changes a lead can make on the day are proposed: extend a shift, call in an agent who is free,
 * cancel a paid-by-the-hour shift far enough ahead. Each change must keep the agent's contract
 * and rest rules (the rota's own hard-rule check), and is chosen greedily by the late messages it
 * avoids per unit of cost, until the plan's promise holds again or nothing helps.
 */
export function replanFromNow(input: ReplanInput): ReplanResult {
  const rules: ReplanRules = { ...DEFAULT_REPLAN_RULES, ...input.rules };
  const nowUtcMs = Math.floor(input.asOfUtcMs / HOUR_MS) * HOUR_MS;
  const { scenario } = input;
  const setting = outlookSetting({
    marketplaces: scenario.marketplaces,
    sites: scenario.sites,
    nowUtcMs,
    windowEndUtcMs: input.windowEndUtcMs,
    arrivalsStartUtcMs: input.arrivalsStartUtcMs,
    arrivals: input.arrivals,
    openMessages: input.openMessages,
    targets: input.targets,
  });
  const pay = new RotaPay(input);
  const slots = new CallInSlots(input, nowUtcMs + rules.callInNoticeHours * HOUR_MS);
  let rows: RotaAssignment[] = input.assignments.map((row) => ({ ...row }));
  const before = outlookOf(setting, dutyOf(rows, scenario.agents));
  let current: Outlook = before;
  const changes: ReplanChange[] = [];
  const verdicts = new RuleVerdicts(input);
  const probe = new CapacityProbe(setting, dutyOf(rows, scenario.agents), before, scenario.agents, nowUtcMs, input.windowEndUtcMs);

  // lazy greedy: a change helps less once others are made, so last round's score bounds this round's
  const lastScore = new Map<string, number>();
  while (changes.length < rules.maxChanges && lateBeyondTargets(current.marketplaces) > 1e-6) {
    const needed = languagesInNeed(current.marketplaces, scenario.marketplaces);
    const scored = [...additions(input, rows, nowUtcMs, current.lastBacklogUtcMs, needed, rules, pay, slots)]
      .map((candidate) => ({ candidate, work: probe.worth(candidate, rows) }))
      .filter((entry) => entry.work > 0);
    const byKey = (a: { candidate: Candidate }, b: { candidate: Candidate }) => keyOf(a.candidate).localeCompare(keyOf(b.candidate));
    // the most work per unit of cost, and the most work: a dear change may be the one that helps
    const rankings = [
      [...scored].sort((a, b) => b.work / (b.candidate.cost + 1) - a.work / (a.candidate.cost + 1) || a.candidate.cost - b.candidate.cost || byKey(a, b)),
      [...scored].sort((a, b) => b.work - a.work || a.candidate.cost - b.candidate.cost || byKey(a, b)),
    ];
    // the rules are checked only down the rankings, and the cheapest change of each effect is offered
    const candidates: Candidate[] = [];
    const effects = new Set<string>();
    for (const ranking of rankings) {
      let taken = 0;
      for (const { candidate } of ranking) {
        if (taken >= CANDIDATES_PER_RANKING) break;
        const effect = effectOf(candidate, rows);
        if (effects.has(effect) || !verdicts.keeps(candidate, rows)) continue;
        effects.add(effect);
        candidates.push(candidate);
        taken++;
      }
    }
    candidates.sort((a, b) => (lastScore.get(keyOf(b)) ?? Infinity) - (lastScore.get(keyOf(a)) ?? Infinity));
    let best: { candidate: Candidate; rows: RotaAssignment[]; outlook: Outlook; score: number } | null = null;
    for (const candidate of candidates) {
      if (best && (lastScore.get(keyOf(candidate)) ?? Infinity) <= best.score) break;
      const next = applyCandidate(rows, candidate);
      const outlook = outlookOf(setting, dutyOf(next, scenario.agents));
      const avoided = lateBeyondTargets(current.marketplaces) - lateBeyondTargets(outlook.marketplaces);
      const score = avoided < MIN_LATE_AVOIDED ? 0 : avoided / (candidate.cost + 1);
      lastScore.set(keyOf(candidate), score);
      if (score > 0 && (!best || score > best.score + 1e-9)) best = { candidate, rows: next, outlook, score };
    }
    if (!best) break;
    changes.push(describeChange(best.candidate, rows, best.rows, totalLate(current.marketplaces) - totalLate(best.outlook.marketplaces), scenario.reportingCurrency));
    rows = best.rows;
    current = best.outlook;
  }

  // hours paid by the hour that the rest of the window does not need are given back, dearest first
  for (const shift of cancellations(input, rows, nowUtcMs, rules, pay).map((candidate) => candidate.row)) {
    if (changes.length >= rules.maxChanges) break;
    // found again among the rows as they now are (an earlier cancellation moved the others up)
    const candidate = cancellations(input, rows, nowUtcMs, rules, pay).find((entry) => entry.row === shift);
    if (!candidate) continue;
    const next = applyCandidate(rows, candidate);
    const outlook = outlookOf(setting, dutyOf(next, scenario.agents));
    const added = lateBeyondTargets(outlook.marketplaces) - lateBeyondTargets(current.marketplaces);
    if (added > 1e-6 || -candidate.cost < LATE_MESSAGE_WEIGHT * (totalLate(outlook.marketplaces) - totalLate(current.marketplaces))) continue;
    changes.push(describeChange(candidate, rows, next, totalLate(current.marketplaces) - totalLate(outlook.marketplaces), scenario.reportingCurrency));
    rows = next;
    current = outlook;
  }

  const cost = round2(changes.reduce((sum, change) => sum + change.cost, 0));
  return {
    asOfUtc: formatUtc(nowUtcMs),
    windowEndUtc: formatUtc(input.windowEndUtcMs),
    reportingCurrency: scenario.reportingCurrency,
    before: before.marketplaces,
    after: current.marketplaces,
    changes,
    cost,
    assignments: rows,
    notes: replanNotes(before.marketplaces, current.marketplaces, changes, cost, scenario.reportingCurrency, scenario.marketplaces),
    rules,
  };
}

function dutyOf(rows: readonly RotaAssignment[], agents: readonly Agent[]): DutyInterval[] {
  const speaks = new Map(agents.map((agent) => [agent.id, agent.languages]));
  return rows.map((row) => ({
    siteId: row.siteId,
    startUtcMs: Date.parse(row.startUtc),
    endUtcMs: Date.parse(row.endUtc),
    languages: row.languages.length ? row.languages : speaks.get(row.agentId),
  }));
}

/**
 * Extensions of shifts still being worked or ahead, and call-ins of free agents (the cheapest of
 * each kind of agent), that keep the rota's hard rules and end or start while messages still wait.
 */
function* additions(
  input: ReplanInput,
  rows: readonly RotaAssignment[],
  nowUtcMs: number,
  usefulUntilUtcMs: number,
  needed: ReadonlySet<string>,
  rules: ReplanRules,
  pay: RotaPay,
  slots: CallInSlots,
): Generator<Candidate> {
  const { scenario } = input;
  const agents = new Map(scenario.agents.map((agent) => [agent.id, agent]));
  const sites = new Map(scenario.sites.map((site) => [site.id, site]));
  // an extension counts from the shift's end as rostered, however often it was extended since
  const rosteredEnd = new Map(input.assignments.map((row) => [`${row.agentId}|${row.startUtc}`, Date.parse(row.endUtc)]));
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const endMs = Date.parse(row.endUtc);
    const agent = agents.get(row.agentId);
    const site = sites.get(row.siteId);
    if (!agent || !site || endMs <= nowUtcMs || endMs >= input.windowEndUtcMs || endMs >= usefulUntilUtcMs) continue;
    if (!(row.languages.length ? row.languages : agent.languages).some((language) => needed.has(language))) continue;
    const room = rules.maxExtensionHours - (endMs - (rosteredEnd.get(`${row.agentId}|${row.startUtc}`) ?? endMs)) / HOUR_MS;
    for (let hours = 1; hours <= room; hours++) {
      const extended = withLocalTimes({ ...row, endUtc: formatUtc(endMs + hours * HOUR_MS), paidHours: row.paidHours + hours }, site);
      yield { kind: 'extend', agent, site, index, row: extended, cost: pay.addedCost(agent, site, rows, endMs, endMs + hours * HOUR_MS) };
    }
  }
  const byCost = [...scenario.agents].sort((a, b) => pay.baseRate(a) - pay.baseRate(b) || a.id.localeCompare(b.id));
  for (const agent of byCost) {
    const site = sites.get(agent.siteId);
    if (!site || !agent.languages.some((language) => needed.has(language))) continue;
    const templateIds = agentTerms(agent, site).shiftTemplateIds;
    const busy = new Set(rows.filter((row) => row.agentId === agent.id).flatMap((row) => [row.date, lastDateOf(row)]));
    for (const slot of slots.ofSite(site.id)) {
      if ((templateIds && !templateIds.includes(slot.templateId)) || slot.startMs >= usefulUntilUtcMs || busy.has(slot.date)) continue;
      const row = slots.assignment(agent, site, slot);
      yield { kind: 'call-in', agent, site, index: -1, row, cost: pay.addedCost(agent, site, rows, slot.startMs, slot.endMs) };
    }
  }
}

interface CallInSlot {
  index: number;
  siteId: string;
  templateId: string;
  date: string;
  startMs: number;
  endMs: number;
  paidHours: number;
}

/** Every shift a call-in could start (template starts after the notice, inside the window), and the assignments made of them, worked out once. */
class CallInSlots {
  private readonly bySite = new Map<string, CallInSlot[]>();
  private readonly made = new Map<string, RotaAssignment>();

  constructor(
    private readonly input: ReplanInput,
    earliestStartMs: number,
  ) {
    for (const site of input.scenario.sites) {
      const list: CallInSlot[] = [];
      for (const template of input.scenario.shiftTemplates) {
        if (template.siteId !== site.id) continue;
        for (const date of siteDates(site, earliestStartMs, input.windowEndUtcMs)) {
          if (!template.days.includes(DateTime.fromISO(date).weekday as (typeof template.days)[number])) continue;
          for (const localStart of template.startTimes) {
            const startMs = localToUtc(date, localStart, site.timeZone);
            const endMs = startMs + template.lengthHours * HOUR_MS;
            if (startMs < earliestStartMs || endMs > input.windowEndUtcMs) continue;
            list.push({ index: list.length, siteId: site.id, templateId: template.id, date, startMs, endMs, paidHours: template.paidHours });
          }
        }
      }
      this.bySite.set(site.id, list);
    }
  }

  ofSite(siteId: string): readonly CallInSlot[] {
    return this.bySite.get(siteId) ?? [];
  }

  assignment(agent: Agent, site: Site, slot: CallInSlot): RotaAssignment {
    const key = `${agent.id}|${slot.index}`;
    let row = this.made.get(key);
    if (!row) {
      row = newAssignment(agent, site, slot.templateId, slot.startMs, slot.endMs, slot.paidHours, this.input.scenario.marketplaces);
      this.made.set(key, row);
    }
    return row;
  }
}

const lastDates = new WeakMap<RotaAssignment, string>();

/** The site-local date a shift ends on (its last minute's). */
function lastDateOf(row: RotaAssignment): string {
  let date = lastDates.get(row);
  if (date === undefined) lastDates.set(row, (date = toLocal(Date.parse(row.endUtc) - 1, row.timeZone).date));
  return date;
}

/** Shifts of agents paid by the hour, starting late enough to be cancelled: dearest first. */
function cancellations(input: ReplanInput, rows: readonly RotaAssignment[], nowUtcMs: number, rules: ReplanRules, pay: RotaPay): Candidate[] {
  const agents = new Map(input.scenario.agents.map((agent) => [agent.id, agent]));
  const sites = new Map(input.scenario.sites.map((site) => [site.id, site]));
  const list: Candidate[] = [];
  rows.forEach((row, index) => {
    const agent = agents.get(row.agentId);
    const site = sites.get(row.siteId);
    if (!agent || !site || row.pinned || Date.parse(row.startUtc) < nowUtcMs + rules.cancelNoticeHours * HOUR_MS) return;
    if (agentTerms(agent, site).payBasis !== 'hourly') return;
    const others = rows.filter((_, other) => other !== index);
    list.push({ kind: 'cancel', agent, site, index, row, cost: -pay.addedCost(agent, site, others, Date.parse(row.startUtc), Date.parse(row.endUtc)) });
  });
  return list.sort((a, b) => a.cost - b.cost || a.index - b.index);
}

/**
 * What one more agent is worth at each site, for each set of languages the team speaks, in each
 * block of hours ahead: the late messages beyond the targets it avoids, replayed once per block
 * before the search. A change is ranked by the worth of the hours it adds; the best ranked are
 * then replayed exactly.
 */
class CapacityProbe {
  private readonly worthPerHour = new Map<string, Float64Array>();

  constructor(
    setting: OutlookSetting,
    duty: readonly DutyInterval[],
    baseline: Outlook,
    agents: readonly Agent[],
    private readonly nowUtcMs: number,
    endUtcMs: number,
  ) {
    const blocks = Math.ceil((endUtcMs - nowUtcMs) / (PROBE_BLOCK_HOURS * HOUR_MS));
    const teams = new Map(agents.map((agent) => [teamKey(agent.siteId, agent.languages), { siteId: agent.siteId, languages: agent.languages }]));
    const late = lateBeyondTargets(baseline.marketplaces);
    for (const [key, team] of teams) {
      const worth = new Float64Array(blocks);
      if (late > 1e-6) {
        for (let block = 0; block < blocks; block++) {
          const startUtcMs = nowUtcMs + block * PROBE_BLOCK_HOURS * HOUR_MS;
          const extra = { siteId: team.siteId, startUtcMs, endUtcMs: Math.min(endUtcMs, startUtcMs + PROBE_BLOCK_HOURS * HOUR_MS), languages: team.languages };
          worth[block] = Math.max(0, late - lateBeyondTargets(outlookOf(setting, [...duty, extra]).marketplaces)) / PROBE_BLOCK_HOURS;
        }
      }
      this.worthPerHour.set(key, worth);
    }
  }

  /** The probed worth of the hours a change adds. */
  worth(candidate: Candidate, rows: readonly RotaAssignment[]): number {
    const row = candidate.row;
    const from = Date.parse(candidate.kind === 'extend' ? rows[candidate.index].endUtc : row.startUtc);
    const worth = this.worthPerHour.get(teamKey(candidate.site.id, row.languages.length ? row.languages : candidate.agent.languages));
    if (!worth) return 0;
    let total = 0;
    for (let at = from; at < Date.parse(row.endUtc); at += HOUR_MS) total += worth[Math.floor((at - this.nowUtcMs) / (PROBE_BLOCK_HOURS * HOUR_MS))] ?? 0;
    return total;
  }
}

function teamKey(siteId: string, languages: readonly string[]): string {
  return `${siteId}|${[...languages].sort().join(',')}`;
}

/** Languages of the marketplaces with messages expected late: only agents who write one can help. */
function languagesInNeed(outlook: readonly ReplanOutlook[], marketplaces: ReplanInput['scenario']['marketplaces']): Set<string> {
  const late = new Set(outlook.filter((entry) => entry.late >= MIN_LATE_AVOIDED).map((entry) => entry.marketplaceId));
  return new Set(marketplaces.filter((marketplace) => late.has(marketplace.id)).flatMap((marketplace) => marketplace.languages));
}

/**
 * What a change adds to the floor: the same hours of the same languages at the same site, from
 * whichever agent (an extension of one, a call-in of another) replay the same; the rankings
 * offer the cheapest of each.
 */
function effectOf(candidate: Candidate, rows: readonly RotaAssignment[]): string {
  const row = candidate.row;
  const languages = [...(row.languages.length ? row.languages : candidate.agent.languages)].sort().join(',');
  const from = candidate.kind === 'extend' ? rows[candidate.index].endUtc : row.startUtc;
  return `${candidate.site.id}|${languages}|${from}|${row.endUtc}`;
}

function keyOf(candidate: Candidate): string {
  return `${candidate.kind}|${candidate.agent.id}|${candidate.row.startUtc}|${candidate.row.endUtc}`;
}

function applyCandidate(rows: readonly RotaAssignment[], candidate: Candidate): RotaAssignment[] {
  if (candidate.kind === 'call-in') return [...rows, candidate.row];
  if (candidate.kind === 'cancel') return rows.filter((_, index) => index !== candidate.index);
  return rows.map((row, index) => (index === candidate.index ? candidate.row : row));
}

/**
 * The rota's hard rules (rest, one shift a day, days in a row, days and hours a week, leave,
 * availability caps), checked by the rota library against the changed rota: a change may add no
 * breach. The rows are their own plan, so only the rules about people are in play.
 */
function keepsRules(input: ReplanInput, rows: readonly RotaAssignment[], next: readonly RotaAssignment[], agent: Agent): boolean {
  // only the agent's own shifts can change, and their site's on dates under an availability cap
  const capped = new Set(
    next
      .filter((row) => row.agentId === agent.id)
      .map((row) => row.date)
      .filter((date) => input.scenario.events.some((event) => event.availabilityCap !== undefined && event.siteIds.includes(agent.siteId) && event.start <= date && date <= event.end)),
  );
  const concerned = (row: RotaAssignment) => row.agentId === agent.id || (row.siteId === agent.siteId && capped.has(row.date));
  const allowed = violationKeys(input, rows.filter(concerned));
  return [...violationKeys(input, next.filter(concerned))].every((key) => allowed.has(key));
}

/** The rule check of a change, remembered while the agent's own shifts stay as they are (other agents' changes cannot alter it off capped days). */
class RuleVerdicts {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly input: ReplanInput) {}

  keeps(candidate: Candidate, rows: readonly RotaAssignment[]): boolean {
    const own = rows.filter((row) => row.agentId === candidate.agent.id).map((row) => `${row.startUtc}/${row.endUtc}`);
    const key = `${keyOf(candidate)}#${own.join(';')}`;
    let verdict = this.known.get(key);
    if (verdict === undefined) {
      verdict = keepsRules(this.input, rows, applyCandidate(rows, candidate), candidate.agent);
      const date = candidate.row.date;
      const capped = this.input.scenario.events.some(
        (event) => event.availabilityCap !== undefined && event.siteIds.includes(candidate.site.id) && event.start <= date && date <= event.end,
      );
      if (!capped) this.known.set(key, verdict);
    }
    return verdict;
  }
}

function violationKeys(input: ReplanInput, rows: readonly RotaAssignment[]): Set<string> {
  const shifts: PlannedShift[] = rows.map((row) => ({
    siteId: row.siteId,
    templateId: `${row.templateId}@${row.startUtc}/${row.endUtc}`,
    date: row.date,
    localStart: row.localStart,
    startUtc: row.startUtc,
    endUtc: row.endUtc,
    count: 1,
    languages: row.languages,
    ...(row.group !== undefined ? { group: row.group } : {}),
  }));
  // paid hours come from the rows themselves (an extended shift is longer than its template)
  const templates = rows.map((row, index) => ({ ...templateOf(input, row), id: shifts[index].templateId, paidHours: row.paidHours }));
  const own = rows.map((row, index) => ({ ...row, templateId: shifts[index].templateId }));
  const agents = input.scenario.agents.map((agent) => (agent.shiftTemplateIds?.length ? { ...agent, shiftTemplateIds: undefined } : agent));
  const rotaInput: RotaInput = {
    scenario: { ...input.scenario, agents, shiftTemplates: dedupe(templates) },
    plan: { grid: input.rotaGrid, shifts },
    options: { restHours: input.restHours },
  };
  const violations = checkRota(rotaInput, {
    status: 'complete',
    summary: undefined as never,
    options: undefined as never,
    assignments: own,
    unfilled: [],
    softBreaches: [],
    pinIssues: [],
    fairness: undefined as never,
    holidayRotas: [],
    newHolidayDuty: [],
    holidayDutyHistory: [],
    messages: [],
  });
  return new Set(violations.filter((violation) => violation.rule !== 'template' && violation.rule !== 'overfilled-shift').map((v) => `${v.rule}|${v.message}`));
}

function templateOf(input: ReplanInput, row: RotaAssignment) {
  const template = input.scenario.shiftTemplates.find((entry) => entry.id === row.templateId);
  return template ?? { id: row.templateId, siteId: row.siteId, name: row.templateId, lengthHours: row.paidHours, paidHours: row.paidHours, startTimes: [row.localStart], days: [1, 2, 3, 4, 5, 6, 7] as const };
}

function dedupe<T extends { id: string }>(list: T[]): T[] {
  return [...new Map(list.map((entry) => [entry.id, entry])).values()];
}

/** Site-local dates on which a shift starting in [from, to) can start. */
function siteDates(site: Site, fromUtcMs: number, toUtcMs: number): string[] {
  const dates: string[] = [];
  let day = DateTime.fromMillis(fromUtcMs, { zone: site.timeZone }).startOf('day');
  while (day.toMillis() < toUtcMs) {
    dates.push(day.toISODate() as string);
    day = day.plus({ days: 1 });
  }
  return dates;
}

function withLocalTimes(row: RotaAssignment, site: Site): RotaAssignment {
  const end = toLocal(Date.parse(row.endUtc), site.timeZone);
  return { ...row, endDate: end.date, localEnd: timeOfDay(end), night: overlapsNightHours(Date.parse(row.startUtc), Date.parse(row.endUtc), site) };
}

function newAssignment(agent: Agent, site: Site, templateId: string, startMs: number, endMs: number, paidHours: number, marketplaces: ReplanInput['scenario']['marketplaces']): RotaAssignment {
  const start = toLocal(startMs, site.timeZone);
  const end = toLocal(endMs, site.timeZone);
  return {
    agentId: agent.id,
    agentName: agent.name,
    siteId: site.id,
    siteName: site.name,
    timeZone: site.timeZone,
    templateId,
    date: start.date,
    localStart: timeOfDay(start),
    endDate: end.date,
    localEnd: timeOfDay(end),
    startUtc: formatUtc(startMs),
    endUtc: formatUtc(endMs),
    paidHours,
    languages: [],
    marketplaceIds: marketplaces.filter((m) => m.languages.some((language) => agent.languages.includes(language))).map((m) => m.id).sort(),
    night: overlapsNightHours(startMs, endMs, site),
    weekend: start.weekday >= 6,
    holiday: null,
    pinned: false,
  };
}

/**
 * What an added hour costs, as payroll counts it (libs/optimizer's plan payroll): a salaried
 * agent's hours within the contract are already paid (only the premium is extra), hours beyond
 * it are overtime; an hourly agent is paid every hour, at the premium in force.
 */
class RotaPay {
  private readonly multipliers = new Map<string, number[]>();
  private readonly gridStartUtcMs: number;

  constructor(private readonly input: ReplanInput) {
    this.gridStartUtcMs = Date.parse(input.rotaGrid.startUtc);
    // an extension may run past the rota's last hour
    const grid: GridSpec = { startUtcMs: this.gridStartUtcMs, hours: input.rotaGrid.hours + 48, mode: 'dated' };
    for (const site of input.scenario.sites) {
      this.multipliers.set(site.id, sitePayMultipliers(site, grid, siteHolidayDates(site.holidayCountry, grid, hasHolidayCalendar(site.holidayCountry))));
    }
  }

  baseRate(agent: Agent): number {
    const site = this.input.scenario.sites.find((entry) => entry.id === agent.siteId);
    return site ? agentTerms(agent, site).hourlyRate * this.toReporting(site) : Number.POSITIVE_INFINITY;
  }

  addedCost(agent: Agent, site: Site, rows: readonly RotaAssignment[], fromUtcMs: number, toUtcMs: number): number {
    const terms = agentTerms(agent, site);
    const week = Math.floor((fromUtcMs - this.gridStartUtcMs) / (168 * HOUR_MS));
    let worked = rows
      .filter((row) => row.agentId === agent.id && Math.floor((Date.parse(row.startUtc) - this.gridStartUtcMs) / (168 * HOUR_MS)) === week)
      .reduce((sum, row) => sum + row.paidHours, 0);
    const multipliers = this.multipliers.get(site.id) ?? [];
    let cost = 0;
    for (let at = fromUtcMs; at < toUtcMs; at += HOUR_MS) {
      const hour = Math.floor((at - this.gridStartUtcMs) / HOUR_MS);
      const premium = multipliers[hour] ?? 1;
      const withinContract = worked < terms.contractHoursPerWeek - 1e-9;
      if (!withinContract) cost += terms.overtimeMultiplier + (premium - 1);
      else cost += terms.payBasis === 'hourly' ? premium : premium - 1;
      worked += 1;
    }
    return round2(cost * terms.hourlyRate * this.toReporting(site));
  }

  private toReporting(site: Site): number {
    if (site.currency === this.input.scenario.reportingCurrency) return 1;
    return this.input.scenario.currencyRates.find((rate) => rate.currency === site.currency)?.toReporting ?? 1;
  }
}

function describeChange(candidate: Candidate, rows: readonly RotaAssignment[], next: readonly RotaAssignment[], lateAvoided: number, currency: string): ReplanChange {
  const beforeRow = candidate.index >= 0 ? rows[candidate.index] : null;
  const afterRow = candidate.kind === 'cancel' ? null : candidate.kind === 'call-in' ? next[next.length - 1] : next[candidate.index];
  const zone = candidate.site.timeZone;
  const day = (utc: string) => DateTime.fromISO(utc, { zone }).toFormat('ccc d LLL');
  const time = (utc: string) => DateTime.fromISO(utc, { zone }).toFormat('HH:mm');
  const money = `${candidate.cost >= 0 ? '+' : '−'}${formatMoney(Math.abs(candidate.cost), currency)}`;
  const where = candidate.site.name;
  const sentence =
    candidate.kind === 'extend'
      ? `Extend ${candidate.agent.name}'s shift to ${time(afterRow!.endUtc)} (${day(afterRow!.startUtc)}, ${where}); cost ${money}`
      : candidate.kind === 'call-in'
        ? `Call in ${candidate.agent.name} (${where}) ${time(afterRow!.startUtc)}–${time(afterRow!.endUtc)} ${day(afterRow!.startUtc)}; cost ${money}`
        : `Cancel ${candidate.agent.name}'s shift ${time(beforeRow!.startUtc)}–${time(beforeRow!.endUtc)} ${day(beforeRow!.startUtc)} (${where}); cost ${money}`;
  return {
    kind: candidate.kind,
    agentId: candidate.agent.id,
    agentName: candidate.agent.name,
    siteId: candidate.site.id,
    siteName: candidate.site.name,
    before: beforeRow ? { startUtc: beforeRow.startUtc, endUtc: beforeRow.endUtc } : null,
    after: afterRow ? { startUtc: afterRow.startUtc, endUtc: afterRow.endUtc } : null,
    cost: candidate.cost,
    lateAvoided: round1(lateAvoided),
    sentence,
  };
}

function replanNotes(before: ReplanOutlook[], after: ReplanOutlook[], changes: ReplanChange[], cost: number, currency: string, marketplaces: ReplanInput['scenario']['marketplaces']): string[] {
  const name = new Map(marketplaces.map((m) => [m.id, m.name]));
  const notes: string[] = [];
  const lateBefore = Math.round(totalLate(before));
  const lateAfter = Math.round(totalLate(after));
  if (changes.length === 0) {
    notes.push(lateBeyondTargets(before) > 1e-6 ? 'No change the rules allow helps: the rota as it stands is the best the team can do from now.' : 'The rota as it stands keeps the plan’s promise for the rest of the window: no change needed.');
  } else {
    notes.push(`${changes.length} change${changes.length === 1 ? '' : 's'}, cost ${cost >= 0 ? '+' : '−'}${formatMoney(Math.abs(cost), currency)}: late messages ${lateBefore} → ${lateAfter} over the rest of the window.`);
  }
  for (const entry of after) {
    if (entry.late - entry.messages * (1 - entry.target) > 0.5) {
      notes.push(`${name.get(entry.marketplaceId) ?? entry.marketplaceId}: ${percent(entry.slaAttainment)} within deadline expected against the plan’s ${percent(entry.target)} (${Math.round(entry.late)} late).`);
    }
  }
  return notes;
}

function timeOfDay(local: LocalTime): string {
  return `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
}

function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
