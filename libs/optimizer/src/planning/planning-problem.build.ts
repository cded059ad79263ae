import { DEFAULT_REST_HOURS, HOUR_MS, HOURS_PER_WEEK, datesBetween, hasHolidayCalendar, rotaWeekLayout, siteVendorHourlyRate, toLocal } from '@app/domain';
import type { HourGrid, Marketplace, PlannedShift, QueueArrivals, ScenarioFile } from '@app/domain';
import { OptimizerError, OptimizerErrorCode } from '../optimizer-error';
import { erlangCAgents } from './erlang-c.util';
import type {
  AverageWaitCap,
  DeferredQueue,
  GridSpec,
  LateShareCap,
  PlanningGroup,
  PlanningPool,
  PlanningProblem,
  PlanningQueue,
  PlanningSite,
  RealTimeQueue,
  ShiftOption,
} from './planning-problem.types';
import { replyDueHours } from './reply-due.util';
import { siteAvailabilityCaps } from './site-availability.util';
import { siteAgentGroups, siteCapShareOfDates } from './agent-groups.util';
import { siteHolidayDates, siteHourlyRates, sitePayMultipliers } from './site-hourly-rate.util';
import { speaksEvery } from './site-languages.util';
import { siteShiftOptions } from './shift-options.util';

export interface PlanningRequest {
  /** Expected arrivals per queue (marketplace × class) on the grid, one value per hour. */
  arrivals: readonly QueueArrivals[];
  grid: HourGrid;
  /** Messages already waiting at hour 0 per queue (dated grids): the sum of `values` counts. */
  openingBacklog?: readonly QueueArrivals[];
  /**
   * Hours taken off every average-wait target, so that a dispatch rule that answers messages
   * in a different order than the plan (earliest deadline first) still meets the target.
   */
  waitMarginHours?: number;
  /** Least share of messages answered within their deadline (default 1: every message). */
  minSlaAttainment?: number;
  /**
   * Sites planned against their headcount even though agents are listed (capacity bought by
   * the hour, like a vendor modelled as a site); every other site with agents is planned for them.
   */
  headcountSiteIds?: readonly string[];
  /** Most agents on given planned shifts: cuts from a rota that could not fill them (see SeatCap). */
  seatCaps?: readonly SeatCap[];
  /** Plan exactly these shifts (a rostered plan): every shift count is fixed, only the message flows are planned. */
  fixedShifts?: readonly PlannedShift[];
  /**
   * Start from these shifts (the previous round's plan, before a cut): the planner keeps them
   * where the model still allows and re-plans only around what changed, instead of rounding
   * the whole LP again.
   */
  startShifts?: readonly PlannedShift[];
  /**
   * Two days off together in the plan (soft): the members of a group of five-day contracts are
   * counted on days-off patterns each full rota week, and a member with split days off is
   * penalised (default DEFAULT_DAYS_OFF_PATTERNS).
   */
  daysOffPatterns?: boolean;
}

/**
 * Whether plans price split days off unless told otherwise: off. On the bench's W1 (HiGHS, quick
 * and standard effort, a busy 2-core machine) the rows left the LP bound as it was (24,734.79),
 * took the quick plan from 12.5 s to 48.7 s and the standard one from 53.9 s to 110.8 s (a second
 * rota round each), moved the costs −5.1 % / +0.35 %, and the rota still broke the rule as often
 * (16 → 18 and 14 → 20 agent-weeks): the rota does not read the plan's pattern mix.
 */
export const DEFAULT_DAYS_OFF_PATTERNS = false;

/** At most `most` agents on one planned shift (site, template, UTC start, the languages its agents speak). */
export interface SeatCap {
  siteId: string;
  templateId: string;
  startUtc: string;
  languages: readonly string[];
  /** The agent group the shift was planned for, when it names one. */
  group?: string;
  most: number;
}

const DEFAULT_OCCUPANCY = 0.9;
const DEFAULT_WEEKLY_HOURS = 40;

/** Scenario + arrivals → the planning problem on the UTC hour grid (pure; throws OptimizerError on bad input). */
export function buildPlanningProblem(scenario: ScenarioFile, request: PlanningRequest): PlanningProblem {
  const grid = gridSpec(request.grid);
  const notes: string[] = [];
  const layout = rotaWeekLayout(grid.startUtcMs, grid.hours);
  const groups: PlanningGroup[] = [];
  const pools: PlanningPool[] = [];
  const shifts: ShiftOption[] = [];
  let fixedSalaries = 0;
  const sites = scenario.sites.map((site, i): PlanningSite => {
    const toReporting = currencyRate(scenario, site.currency, `sites[${i}].currency`);
    const hasCalendar = hasHolidayCalendar(site.holidayCountry);
    if (!hasCalendar) notes.push(`No public-holiday calendar for ${site.name} (${site.holidayCountry}): no statutory-holiday premium there.`);
    const holidays = siteHolidayDates(site.holidayCountry, grid, hasCalendar);
    const hourlyRate = siteHourlyRates(site, grid, toReporting, holidays);
    const payMultiplier = sitePayMultipliers(site, grid, holidays);
    const availability = siteAvailabilityCaps(site, scenario.events, grid);
    const boughtByTheHour = request.headcountSiteIds?.includes(site.id) ?? false;
    const agents = boughtByTheHour ? [] : scenario.agents.filter((a) => a.siteId === site.id);
    const occupancy = site.occupancy ?? DEFAULT_OCCUPANCY;
    const templates = scenario.shiftTemplates.filter((t) => t.siteId === site.id);
    const options = siteShiftOptions(site, i, templates, grid, hourlyRate, 0);
    // every local date the grid touches (a week's limits count its days off too), and any earlier start
    const gridDates = { first: toLocal(grid.startUtcMs, site.timeZone).date, last: toLocal(grid.startUtcMs + grid.hours * HOUR_MS - 1, site.timeZone).date };
    const dates = datesBetween(
      options.reduce((first, o) => (o.date < first ? o.date : first), gridDates.first),
      options.reduce((last, o) => (o.date > last ? o.date : last), gridDates.last),
    );
    const dayIndex = new Map(dates.map((date, d) => [date, d]));
    const capShare = siteCapShareOfDates(site, scenario.events, dates);
    // with named agents the team is the headcount: no more on duty than exist, capped days as the rota counts them
    const headcount = agents.length ? Math.min(site.maxHeadcount, agents.length) : site.maxHeadcount;
    const planningSite: PlanningSite = {
      id: site.id,
      name: site.name,
      timeZone: site.timeZone,
      currency: site.currency,
      toReporting,
      languages: agents.length ? [...new Set(agents.flatMap((a) => a.languages))].sort() : site.languages,
      productiveMinutesPerHour: 60 * occupancy * (1 - site.shrinkage),
      occupancy,
      shrinkage: site.shrinkage,
      hourlyRate,
      maxOnDuty: availability.cap.map((cap) => cap * headcount),
      availabilityCap: availability.cap,
      availabilityEvent: availability.event,
      maxHeadcount: headcount,
      minHeadcount: agents.length ? 0 : site.minHeadcount,
      weeklyHoursPerAgent: agents.length ? agents.reduce((s, a) => s + a.contractHoursPerWeek, 0) / agents.length : DEFAULT_WEEKLY_HOURS,
      coverable: new Array<boolean>(grid.hours).fill(false),
      payMultiplier,
      dates,
      startsCap: capShare.map((share) => (agents.length && share < 1 ? Math.floor(share * agents.length + 1e-9) : Infinity)),
      groupIndices: [],
      poolIndices: [],
      boughtByTheHour,
      vendorHourlyRate: siteVendorHourlyRate(site) * toReporting,
      country: site.holidayCountry.slice(0, 2),
    };
    for (const option of options) {
      option.dayIndex = dayIndex.get(option.date) as number;
      option.week = layout.weekOf(option.date);
    }
    if (!agents.length) {
      const pool = pools.push({ siteIndex: i, languages: planningSite.languages, groupIndices: [] }) - 1;
      planningSite.poolIndices.push(pool);
      for (const option of options) shifts.push({ ...option, index: shifts.length });
      return planningSite;
    }
    for (const group of siteAgentGroups(site, i, agents, dates, layout, capShare, toReporting, templates)) {
      addGroup(group, planningSite, { groups, pools, shifts }, options);
      if (group.payBasis === 'salaried') fixedSalaries += group.weeks[0].contractHours * group.baseRate * (grid.hours / HOURS_PER_WEEK);
    }
    return planningSite;
  });
  for (const shift of shifts) {
    const site = sites[shift.siteIndex];
    shift.coverHours.forEach((h) => {
      if (site.maxOnDuty[h] > 0) site.coverable[h] = true;
    });
  }

  const arrivalsByKey = indexArrivals(scenario, request.arrivals, grid, 'arrivals');
  const openingByKey = request.openingBacklog ? indexArrivals(scenario, request.openingBacklog, null, 'openingBacklog') : new Map<string, number[]>();
  if (grid.mode === 'cyclic' && openingByKey.size) notes.push('A cyclic week has no opening backlog: the one given is ignored.');

  const queues: PlanningQueue[] = [];
  for (const marketplace of scenario.marketplaces) {
    const siteIndices = sites.flatMap((site, i) => (speaksEvery(site.languages, marketplace) ? [i] : []));
    for (const priorityClass of marketplace.classes) {
      const key = `${marketplace.id}/${priorityClass.id}`;
      const arrivals = arrivalsByKey.get(key);
      const needsWork = priorityClass.realTime !== undefined || priorityClass.replyDeadlineHours !== null;
      if (!needsWork) continue;
      if (!arrivals) {
        throw new OptimizerError(OptimizerErrorCode.InvalidArrivals, `no arrivals for queue ${key}, which needs replies`, 'arrivals');
      }
      if (priorityClass.realTime) {
        const target = priorityClass.realTime;
        const queue: RealTimeQueue = {
          kind: 'realTime',
          key,
          marketplaceId: marketplace.id,
          classId: priorityClass.id,
          handleMinutes: priorityClass.handleMinutes,
          arrivals,
          agentsNeeded: arrivals.map((a) => erlangCAgents(a, priorityClass.handleMinutes, target.serviceLevel, target.answerWithinSeconds)),
          serviceLevel: target.serviceLevel,
          answerWithinSeconds: target.answerWithinSeconds,
          siteIndices,
          languages: marketplace.languages,
        };
        queues.push(queue);
        continue;
      }
      const deadlineHours = priorityClass.replyDeadlineHours as number;
      const due = replyDueHours(marketplace, deadlineHours, grid);
      if (deadlineHours < 1) {
        notes.push(`${key}: a ${deadlineHours} h deadline is planned as "within the hour of arrival" (the grid's resolution).`);
      }
      const opening = grid.mode === 'dated' ? (openingByKey.get(key) ?? []).reduce((s, v) => s + v, 0) : 0;
      const queue: DeferredQueue = {
        kind: 'deferred',
        key,
        marketplaceId: marketplace.id,
        classId: priorityClass.id,
        handleMinutes: priorityClass.handleMinutes,
        deadlineHours,
        arrivals,
        dueHour: due.dueHour,
        deadlineAt: due.deadlineAt,
        openingBacklog: opening,
        openingDueHour: due.openingDueHour,
        siteIndices,
        languages: marketplace.languages,
      };
      queues.push(queue);
    }
  }

  const margin = Math.max(0, request.waitMarginHours ?? 0);
  const waitCaps: AverageWaitCap[] = [];
  const lateShareCaps: LateShareCap[] = [];
  const waitingCost: Record<string, number> = {};
  for (const marketplace of scenario.marketplaces) {
    const queueIndices = queues.flatMap((q, i) => (q.kind === 'deferred' && q.marketplaceId === marketplace.id ? [i] : []));
    const target = marketplace.waitTarget;
    if (!target || !queueIndices.length) continue;
    for (const [fromHour, toHour] of weekBlocks(grid)) {
      if (target.averageHours !== undefined) {
        waitCaps.push({ marketplaceId: marketplace.id, queueIndices, fromHour, toHour, maxAverageHours: Math.max(0, target.averageHours - margin) });
      }
      if (target.lateShare) {
        lateShareCaps.push({ marketplaceId: marketplace.id, queueIndices, fromHour, toHour, ...target.lateShare });
      }
    }
    if (target.costPerWaitingHour) waitingCost[marketplace.id] = target.costPerWaitingHour;
  }
  if (margin > 0) notes.push(`Average-wait targets were tightened by ${margin} h for the dispatch rule.`);

  return {
    scenarioName: scenario.name,
    reportingCurrency: scenario.reportingCurrency,
    grid,
    queues,
    sites,
    shifts,
    groups,
    pools,
    restHours: DEFAULT_REST_HOURS,
    seatCaps: (request.seatCaps ?? []).map((cap) => seatCapRow(cap, scenario, shifts, groups)),
    fixedCounts: request.fixedShifts ? countsPerOption(request.fixedShifts, scenario, shifts, groups, 'fixedShifts') : null,
    startCounts: request.startShifts && !request.fixedShifts ? countsPerOption(request.startShifts, scenario, shifts, groups, 'startShifts') : null,
    fixedSalaries,
    waitCaps,
    lateShareCaps,
    waitingCost,
    minSlaAttainment: Math.min(1, Math.max(0, request.minSlaAttainment ?? 1)),
    daysOffPatterns: request.daysOffPatterns ?? DEFAULT_DAYS_OFF_PATTERNS,
    notes,
  };
}

function gridSpec(grid: HourGrid): GridSpec {
  const startUtcMs = Date.parse(grid.startUtc);
  if (!Number.isFinite(startUtcMs) || startUtcMs % 3_600_000 !== 0) {
    throw new OptimizerError(OptimizerErrorCode.InvalidGrid, `"${grid.startUtc}" is not a UTC instant on the hour`, 'grid.startUtc');
  }
  if (!Number.isInteger(grid.hours) || grid.hours < 1) {
    throw new OptimizerError(OptimizerErrorCode.InvalidGrid, `hours must be a positive whole number, not ${grid.hours}`, 'grid.hours');
  }
  if (grid.mode === 'cyclic' && grid.hours !== HOURS_PER_WEEK) {
    throw new OptimizerError(OptimizerErrorCode.InvalidGrid, `a cyclic grid is one week (168 hours), not ${grid.hours}`, 'grid.hours');
  }
  return { startUtcMs, hours: grid.hours, mode: grid.mode };
}

/** Consecutive blocks of at most a week: averages are kept week by week, not only over the horizon. */
function weekBlocks(grid: GridSpec): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  for (let from = 0; from < grid.hours; from += HOURS_PER_WEEK) blocks.push([from, Math.min(grid.hours, from + HOURS_PER_WEEK)]);
  return blocks;
}

function currencyRate(scenario: ScenarioFile, currency: string, path: string): number {
  if (currency === scenario.reportingCurrency) return 1;
  const rate = scenario.currencyRates.find((r) => r.currency === currency);
  if (!rate || !(rate.toReporting > 0)) {
    throw new OptimizerError(OptimizerErrorCode.MissingCurrencyRate, `no rate from ${currency} to ${scenario.reportingCurrency} in currencyRates`, path);
  }
  return rate.toReporting;
}

function indexArrivals(scenario: ScenarioFile, list: readonly QueueArrivals[], grid: GridSpec | null, field: string): Map<string, number[]> {
  const known = new Map<string, Marketplace>(scenario.marketplaces.map((m) => [m.id, m]));
  const byKey = new Map<string, number[]>();
  list.forEach((entry, i) => {
    const path = `${field}[${i}]`;
    const marketplace = known.get(entry.marketplaceId);
    if (!marketplace) throw new OptimizerError(OptimizerErrorCode.InvalidArrivals, `unknown marketplace "${entry.marketplaceId}"`, path);
    if (!marketplace.classes.some((c) => c.id === entry.classId)) {
      throw new OptimizerError(OptimizerErrorCode.InvalidArrivals, `marketplace ${entry.marketplaceId} has no class "${entry.classId}"`, path);
    }
    if (grid && entry.values.length !== grid.hours) {
      throw new OptimizerError(OptimizerErrorCode.InvalidArrivals, `${entry.values.length} values for a grid of ${grid.hours} hours`, `${path}.values`);
    }
    entry.values.forEach((v, h) => {
      if (!(Number.isFinite(v) && v >= 0)) {
        throw new OptimizerError(OptimizerErrorCode.InvalidArrivals, `${v} is not a message count`, `${path}.values[${h}]`);
      }
    });
    const key = `${entry.marketplaceId}/${entry.classId}`;
    if (byKey.has(key)) throw new OptimizerError(OptimizerErrorCode.InvalidArrivals, `queue ${key} is listed twice`, path);
    byKey.set(key, entry.values.slice());
  });
  return byKey;
}

/** Agents per shift option for a list of planned shifts; every listed shift must be an option of the scenario. */
function countsPerOption(planned: readonly PlannedShift[], scenario: ScenarioFile, shifts: readonly ShiftOption[], groups: readonly PlanningGroup[], field: 'fixedShifts' | 'startShifts'): number[] {
  const key = (siteId: string, templateId: string, startUtcMs: number, group: string) => `${siteId}|${templateId}|${startUtcMs}|${group}`;
  const wanted = new Map<string, number>();
  planned.forEach((shift, i) => {
    const k = key(shift.siteId, shift.templateId, Date.parse(shift.startUtc), shift.group ?? '');
    if (!Number.isInteger(shift.count) || shift.count < 0) throw new OptimizerError(OptimizerErrorCode.InvalidArrivals, `${shift.count} is not a number of agents`, `${field}[${i}].count`);
    wanted.set(k, (wanted.get(k) ?? 0) + shift.count);
  });
  const counts = shifts.map((s) => {
    const k = key(scenario.sites[s.siteIndex].id, s.templateId, s.startUtcMs, s.groupIndex >= 0 ? groups[s.groupIndex].key : '');
    const count = wanted.get(k) ?? 0;
    wanted.delete(k);
    return count;
  });
  const [unknown] = wanted.keys();
  if (unknown !== undefined) throw new OptimizerError(OptimizerErrorCode.InvalidArrivals, `the ${field === 'fixedShifts' ? 'fixed' : 'starting'} shift ${unknown} is not a shift option of the scenario`, field);
  return counts;
}

function seatCapRow(cap: SeatCap, scenario: ScenarioFile, shifts: readonly ShiftOption[], groups: readonly PlanningGroup[]): PlanningProblem['seatCaps'][number] {
  const siteIndex = scenario.sites.findIndex((site) => site.id === cap.siteId);
  const startUtcMs = Date.parse(cap.startUtc);
  const languages = [...cap.languages].sort().join('+');
  const shiftIndices = shifts
    .filter((s) => s.siteIndex === siteIndex && s.templateId === cap.templateId && s.startUtcMs === startUtcMs)
    .filter((s) => (s.groupIndex >= 0 ? groups[s.groupIndex].languages.join('+') : '') === languages)
    .filter((s) => cap.group === undefined || (s.groupIndex >= 0 && groups[s.groupIndex].key === cap.group))
    .map((s) => s.index);
  return { label: `${cap.siteId}][${cap.templateId}][${cap.startUtc}][${cap.group ?? languages}`, shiftIndices, most: Math.max(0, cap.most) };
}

/** A named team's group joins the problem: in its site's language pool, with its own copy of every shift option it may work. */
function addGroup(
  group: PlanningGroup,
  site: PlanningSite,
  into: { groups: PlanningGroup[]; pools: PlanningPool[]; shifts: ShiftOption[] },
  options: readonly ShiftOption[],
): void {
  const g = into.groups.push(group) - 1;
  site.groupIndices.push(g);
  let pool = into.pools.findIndex((p) => p.siteIndex === group.siteIndex && p.languages.join('+') === group.languages.join('+'));
  if (pool < 0) {
    pool = into.pools.push({ siteIndex: group.siteIndex, languages: group.languages, groupIndices: [] }) - 1;
    site.poolIndices.push(pool);
  }
  into.pools[pool].groupIndices.push(g);
  group.poolIndex = pool;
  for (const option of options) {
    if (group.templateIds && !group.templateIds.includes(option.templateId)) continue;
    into.shifts.push({ ...option, index: into.shifts.length, groupIndex: g, cost: groupShiftCost(group, option, site.payMultiplier) });
  }
}

/**
 * What one more agent of a group on a shift adds to payroll, reporting currency, for the hours
 * inside the grid: salaried members' base hours are in their salary already, so only the
 * premium part counts (overtime is priced per week in the model); hourly members are paid every hour.
 */
function groupShiftCost(group: PlanningGroup, option: ShiftOption, payMultiplier: readonly number[]): number {
  const paidShare = option.lengthHours > 0 ? option.paidHours / option.lengthHours : 0;
  let cost = 0;
  option.coverHours.forEach((h, i) => {
    const multiplier = payMultiplier[h];
    cost += option.coverShares[i] * paidShare * group.baseRate * (group.payBasis === 'salaried' ? multiplier - 1 : multiplier);
  });
  return cost;
}
