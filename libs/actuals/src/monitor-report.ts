import { DateTime } from 'luxon';
import { HOUR_MS, floorToHour, formatLocal, formatUtc, replyDeadline, toSpreadsheetSafeCsv } from '@app/domain';
import { quantileOfSorted } from '@app/forecast/statistics/order-statistics';
import type {
  ActualMessage,
  AgentAdherence,
  MarketplaceActuals,
  MonitorInput,
  MonitorMarketplace,
  MonitorPlan,
  MonitorReport,
  MonitorShift,
  PromiseCheck,
  ServiceFigures,
  SiteAdherence,
} from './actuals.types';

/**
 * What happened against what was planned, from a helpdesk export's messages. The rules:
 *
 * - A message counts in the hour and the buyer-local date it was received, whatever happens to
 *   it later; only messages received in [from, to) are counted.
 * - "As of" is now: a reply after `asOf` has not happened yet (the message is open at `asOf`).
 * - Its deadline is `replyDeadline` of its class on the marketplace's reply clock (a business
 *   clock stops overnight, at weekends and on the buyers' holidays). Answered by the deadline
 *   (the deadline instant included): in time; answered later, or open past it at `asOf`: late,
 *   by the calendar hours from the deadline to the reply (to `asOf` when open). Open and not yet
 *   due: `openNotDue`. A message of a class without a deadline is counted in `received` and
 *   `answered` only. A message naming no class, or a class the marketplace does not have, is
 *   counted under the marketplace's first class with a deadline (the first class when none has).
 * - Waits are calendar hours from receipt to the first reply, of the answered messages. The
 *   marketplace's own row (classId null) takes the waits of the messages that need a reply, as
 *   the plan's figures do; a class's row takes its own. p90: the 90th percentile with linear
 *   interpolation between order statistics (type 7, as R's default and the simulation's exact
 *   quantiles): of waits w₁ ≤ … ≤ wₙ, w at position 1 + 0.9·(n − 1).
 * - The forecast is the plan's arrivals of the grid hours inside the period (a class's queue,
 *   or the sum of the marketplace's queues); a day's, of its grid hours starting that day; null
 *   where the plan's grid has no hour (or the plan no queue). The planned backlog is the plan's
 *   backlog at the end of the same grid hour.
 * - The actual backlog at an hour's end: the period's messages received before it and not
 *   answered before it (a message received before `from` is not in the export's period and not
 *   counted).
 */

interface Outcome {
  /** null: the message's class needs no reply. */
  deadlineUtcMs: number | null;
  replyUtcMs: number | null;
}

/** The running counts of one set of messages. */
class Tally {
  received = 0;
  answered = 0;
  answeredInTime = 0;
  late = 0;
  openNotDue = 0;
  private lateHoursSum = 0;
  private lateHoursMax = 0;
  private readonly waits: number[] = [];

  add(message: ActualMessage, outcome: Outcome, asOfUtcMs: number, countWait: boolean): void {
    this.received++;
    const { deadlineUtcMs, replyUtcMs } = outcome;
    if (replyUtcMs !== null) {
      this.answered++;
      if (countWait) this.waits.push((replyUtcMs - message.receivedUtcMs) / HOUR_MS);
    }
    if (deadlineUtcMs === null) return;
    if (replyUtcMs !== null && replyUtcMs <= deadlineUtcMs) this.answeredInTime++;
    else if (replyUtcMs === null && asOfUtcMs <= deadlineUtcMs) this.openNotDue++;
    else {
      this.late++;
      const lateHours = ((replyUtcMs ?? asOfUtcMs) - deadlineUtcMs) / HOUR_MS;
      this.lateHoursSum += lateHours;
      if (lateHours > this.lateHoursMax) this.lateHoursMax = lateHours;
    }
  }

  figures(forecast: number | null): ServiceFigures {
    const due = this.answeredInTime + this.late;
    const waits = this.waits.sort((a, b) => a - b);
    return {
      forecast,
      received: this.received,
      answered: this.answered,
      answeredInTime: this.answeredInTime,
      late: this.late,
      openNotDue: this.openNotDue,
      lateByHours: this.late > 0 ? { average: this.lateHoursSum / this.late, max: this.lateHoursMax } : null,
      slaAttainment: due > 0 ? this.answeredInTime / due : null,
      averageWaitHours: waits.length > 0 ? waits.reduce((sum, w) => sum + w, 0) / waits.length : null,
      p90WaitHours: waits.length > 0 ? quantileOfSorted(waits, 0.9) : null,
    };
  }
}

/** The hours of the report: UTC hours from the one holding `from` to the one holding `to − 1`. */
interface Slots {
  startUtcMs: number;
  count: number;
}

/** One row's tallies: the whole period, each buyer-local date, each hour, and receipts and replies per hour for the backlog. */
class RowTally {
  readonly total = new Tally();
  readonly days: Tally[];
  readonly hours: Tally[];
  readonly receiptsPerHour: number[];
  readonly repliesPerHour: number[];

  constructor(dayCount: number, slots: Slots) {
    this.days = Array.from({ length: dayCount }, () => new Tally());
    this.hours = Array.from({ length: slots.count }, () => new Tally());
    this.receiptsPerHour = new Array<number>(slots.count).fill(0);
    this.repliesPerHour = new Array<number>(slots.count).fill(0);
  }

  add(message: ActualMessage, outcome: Outcome, day: number, hour: number, slots: Slots, asOfUtcMs: number, countWait: boolean): void {
    this.total.add(message, outcome, asOfUtcMs, countWait);
    this.days[day].add(message, outcome, asOfUtcMs, countWait);
    this.hours[hour].add(message, outcome, asOfUtcMs, countWait);
    this.receiptsPerHour[hour]++;
    if (outcome.replyUtcMs !== null) {
      const replyHour = Math.floor((outcome.replyUtcMs - slots.startUtcMs) / HOUR_MS);
      if (replyHour < slots.count) this.repliesPerHour[replyHour]++;
    }
  }

  /** Messages received before each hour's end and not answered before it. */
  backlog(): number[] {
    let open = 0;
    return this.receiptsPerHour.map((received, hour) => (open += received - this.repliesPerHour[hour]));
  }
}

/** The plan's figure per report hour (null where its grid has none), summed over the given queues. */
function planPerHour(plan: MonitorPlan | null, queues: MonitorPlan['queues'], pick: (queue: MonitorPlan['queues'][number]) => number[], slots: Slots): (number | null)[] {
  return Array.from({ length: slots.count }, (_, hour) => {
    if (!plan || queues.length === 0) return null;
    const index = (slots.startUtcMs + hour * HOUR_MS - plan.gridStartUtcMs) / HOUR_MS;
    if (!Number.isInteger(index) || index < 0 || index >= plan.gridHours) return null;
    return queues.reduce((sum, queue) => sum + (pick(queue)[index] ?? 0), 0);
  });
}

/** Sum of the non-null values, null when all are null. */
function sumOrNull(values: readonly (number | null)[]): number | null {
  let sum: number | null = null;
  for (const value of values) if (value !== null) sum = (sum ?? 0) + value;
  return sum;
}

/** Buyer-local dates the period touches, and the UTC start of each (and of the day after the last). */
function localDays(fromUtcMs: number, toUtcMs: number, zone: string): { dates: string[]; startsUtcMs: number[] } {
  const dates: string[] = [];
  const startsUtcMs: number[] = [];
  let day = DateTime.fromMillis(fromUtcMs, { zone }).startOf('day');
  const last = DateTime.fromMillis(toUtcMs - 1, { zone }).startOf('day');
  while (day <= last) {
    dates.push(day.toISODate() as string);
    startsUtcMs.push(day.toMillis());
    day = day.plus({ days: 1 }).startOf('day');
  }
  startsUtcMs.push(day.toMillis());
  return { dates, startsUtcMs };
}

/** Index of the day holding `utcMs` (the days' starts are ascending). */
function dayIndex(startsUtcMs: readonly number[], utcMs: number): number {
  let low = 0;
  let high = startsUtcMs.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (startsUtcMs[middle] <= utcMs) low = middle;
    else high = middle - 1;
  }
  return low;
}

type Headline = NonNullable<MarketplaceActuals['planned']>;

/** The plan's or the simulation's promise for a marketplace. */
function headlineOf(entries: readonly ({ marketplaceId: string } & Headline)[] | undefined, marketplaceId: string): Headline | null {
  const entry = entries?.find((e) => e.marketplaceId === marketplaceId);
  return entry ? { slaAttainment: entry.slaAttainment, averageWaitHours: entry.averageWaitHours, p90WaitHours: entry.p90WaitHours } : null;
}

interface MarketplaceRows {
  total: MarketplaceActuals;
  classes: MarketplaceActuals[];
}

function marketplaceRows(market: MonitorMarketplace, messages: readonly ActualMessage[], input: MonitorInput, slots: Slots, asOfUtcMs: number): MarketplaceRows {
  const { dates, startsUtcMs } = localDays(input.fromUtcMs, input.toUtcMs, market.timeZone);
  const fallback = market.classes.find((c) => c.replyDeadlineHours !== null) ?? market.classes[0] ?? null;
  const classById = new Map(market.classes.map((c) => [c.id, c]));
  const totalRow = new RowTally(dates.length, slots);
  const classRows = new Map(market.classes.map((c) => [c.id, new RowTally(dates.length, slots)]));

  for (const message of messages) {
    const klass = (message.classId !== null ? classById.get(message.classId) : undefined) ?? fallback;
    const deadlineHours = klass?.replyDeadlineHours ?? null;
    const outcome: Outcome = {
      deadlineUtcMs: deadlineHours === null ? null : replyDeadline(message.receivedUtcMs, deadlineHours, market.replyClock, market.timeZone, market.country),
      replyUtcMs: message.firstReplyUtcMs !== null && message.firstReplyUtcMs <= asOfUtcMs ? message.firstReplyUtcMs : null,
    };
    const day = dayIndex(startsUtcMs, message.receivedUtcMs);
    const hour = Math.floor((message.receivedUtcMs - slots.startUtcMs) / HOUR_MS);
    totalRow.add(message, outcome, day, hour, slots, asOfUtcMs, deadlineHours !== null);
    if (klass) classRows.get(klass.id)?.add(message, outcome, day, hour, slots, asOfUtcMs, true);
  }

  const plan = input.plan;
  const ownQueues = plan ? plan.queues.filter((q) => q.marketplaceId === market.id) : [];
  const planned = headlineOf(plan?.marketplaces, market.id);
  const simulated = headlineOf(input.simulation?.marketplaces, market.id);

  const toRow = (classId: string | null, tally: RowTally, queues: MonitorPlan['queues']): MarketplaceActuals => {
    const forecast = planPerHour(plan, queues, (q) => q.arrivals, slots);
    const plannedBacklog = planPerHour(plan, queues, (q) => q.backlog, slots);
    const actualBacklog = tally.backlog();
    const forecastOfDay = (day: number) =>
      sumOrNull(forecast.filter((_, hour) => {
        const start = slots.startUtcMs + hour * HOUR_MS;
        return start >= startsUtcMs[day] && start < startsUtcMs[day + 1];
      }));
    return {
      marketplaceId: market.id,
      classId,
      actual: tally.total.figures(sumOrNull(forecast)),
      // the plan and the simulation promise per marketplace only
      planned: classId === null ? planned : null,
      simulated: classId === null ? simulated : null,
      days: dates.map((date, day) => ({ date, ...tally.days[day].figures(forecastOfDay(day)) })),
      hours: tally.hours.map((hourTally, hour) => {
        const start = slots.startUtcMs + hour * HOUR_MS;
        return {
          localStart: formatLocal(start, market.timeZone),
          startUtc: formatUtc(start),
          actualBacklog: actualBacklog[hour],
          plannedBacklog: plannedBacklog[hour],
          ...hourTally.figures(forecast[hour]),
        };
      }),
    };
  };

  return {
    total: toRow(null, totalRow, ownQueues),
    classes: market.classes.map((c) => toRow(c.id, classRows.get(c.id) as RowTally, ownQueues.filter((q) => q.classId === c.id))),
  };
}

/** Merged [start, end) intervals, clipped to [from, to). */
function mergedIntervals(shifts: readonly MonitorShift[], fromUtcMs: number, toUtcMs: number): [number, number][] {
  const clipped = shifts
    .map((s) => [Math.max(s.startUtcMs, fromUtcMs), Math.min(s.endUtcMs, toUtcMs)] as [number, number])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const interval of clipped) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([...interval]);
  }
  return merged;
}

function inIntervals(intervals: readonly [number, number][], utcMs: number): boolean {
  let low = 0;
  let high = intervals.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (utcMs < intervals[middle][0]) high = middle - 1;
    else if (utcMs >= intervals[middle][1]) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * One rota agent's hours and replies. An hour is a UTC hour of a shift; a shift's partial hour
 * (09:30–10:00) counts as the part of it that is scheduled (0.5 h), with replies when a reply
 * falls in that part. Only the hours in [from, min(to, asOf)) count: later hours cannot have had
 * replies yet. Overlapping shifts of an agent count once.
 */
function scheduledHours(intervals: readonly [number, number][], replies: readonly number[]): { scheduled: number; withReplies: number; outside: number } {
  const portions = new Map<number, number>();
  let scheduled = 0;
  for (const [start, end] of intervals) {
    scheduled += end - start;
    for (let hour = floorToHour(start); hour < end; hour += HOUR_MS) {
      portions.set(hour, (portions.get(hour) ?? 0) + Math.min(end, hour + HOUR_MS) - Math.max(start, hour));
    }
  }
  const hoursWithReplies = new Set<number>();
  let outside = 0;
  for (const reply of replies) {
    if (inIntervals(intervals, reply)) hoursWithReplies.add(floorToHour(reply));
    else outside++;
  }
  let withReplies = 0;
  for (const hour of hoursWithReplies) withReplies += portions.get(hour) ?? 0;
  return { scheduled: scheduled / HOUR_MS, withReplies: withReplies / HOUR_MS, outside };
}

function mostCommon(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

/** Export names are matched to rota agents by agentId or e-mail, case-insensitively. */
function adherence(input: MonitorInput, messages: readonly ActualMessage[], asOfUtcMs: number): { agents: AgentAdherence[]; sites: SiteAdherence[] } {
  const until = Math.min(input.toUtcMs, asOfUtcMs);
  const rota = new Map<string, { name: string; shifts: MonitorShift[]; replies: number[] }>();
  const byName = new Map<string, string>();
  for (const shift of input.shifts) {
    let agent = rota.get(shift.agentId);
    if (!agent) {
      agent = { name: shift.agentName, shifts: [], replies: [] };
      rota.set(shift.agentId, agent);
    }
    agent.shifts.push(shift);
  }
  for (const shift of input.shifts) if (shift.email) byName.set(shift.email.trim().toLowerCase(), shift.agentId);
  for (const agentId of rota.keys()) byName.set(agentId.trim().toLowerCase(), agentId);

  const unmatched = new Map<string, { exportName: string; replies: number; sites: Map<string, number> }>();
  for (const message of messages) {
    const reply = message.firstReplyUtcMs;
    if (message.agent === null || reply === null || reply >= until) continue;
    const key = message.agent.trim().toLowerCase();
    const agentId = byName.get(key);
    if (agentId !== undefined) {
      (rota.get(agentId) as { replies: number[] }).replies.push(reply);
      continue;
    }
    let entry = unmatched.get(key);
    if (!entry) {
      entry = { exportName: message.agent.trim(), replies: 0, sites: new Map() };
      unmatched.set(key, entry);
    }
    entry.replies++;
    if (message.siteId !== null) entry.sites.set(message.siteId, (entry.sites.get(message.siteId) ?? 0) + 1);
  }

  const agents: AgentAdherence[] = [];
  for (const [agentId, agent] of rota) {
    const intervals = mergedIntervals(agent.shifts, input.fromUtcMs, until);
    const { scheduled, withReplies, outside } = scheduledHours(intervals, agent.replies);
    if (scheduled === 0 && agent.replies.length === 0) continue;
    // the agent's site: the one of most scheduled hours in the period, else of their first shift
    const siteHours = new Map<string, number>();
    for (const shift of agent.shifts) {
      const hours = Math.max(0, Math.min(shift.endUtcMs, until) - Math.max(shift.startUtcMs, input.fromUtcMs));
      siteHours.set(shift.siteId, (siteHours.get(shift.siteId) ?? 0) + hours);
    }
    agents.push({
      agentId,
      exportName: null,
      agentName: agent.name,
      siteId: mostCommon(siteHours) ?? agent.shifts[0].siteId,
      scheduledHours: scheduled,
      scheduledHoursWithReplies: withReplies,
      scheduledHoursWithoutReplies: scheduled - withReplies,
      replies: agent.replies.length,
      repliesOutsideShifts: outside,
    });
  }
  agents.sort((a, b) => (a.agentName as string).localeCompare(b.agentName as string) || (a.agentId as string).localeCompare(b.agentId as string));
  const strangers = [...unmatched.values()]
    .sort((a, b) => a.exportName.localeCompare(b.exportName))
    .map<AgentAdherence>((entry) => ({
      agentId: null,
      exportName: entry.exportName,
      agentName: null,
      siteId: mostCommon(entry.sites),
      scheduledHours: 0,
      scheduledHoursWithReplies: 0,
      scheduledHoursWithoutReplies: 0,
      replies: entry.replies,
      repliesOutsideShifts: entry.replies,
    }));

  const sites = new Map<string, SiteAdherence>();
  for (const agent of [...agents, ...strangers]) {
    if (agent.siteId === null) continue;
    const site = sites.get(agent.siteId) ?? { siteId: agent.siteId, scheduledHours: 0, scheduledHoursWithReplies: 0, replies: 0, repliesOutsideShifts: 0 };
    site.scheduledHours += agent.scheduledHours;
    site.scheduledHoursWithReplies += agent.scheduledHoursWithReplies;
    site.replies += agent.replies;
    site.repliesOutsideShifts += agent.repliesOutsideShifts;
    sites.set(agent.siteId, site);
  }
  return { agents: [...agents, ...strangers], sites: [...sites.values()].sort((a, b) => a.siteId.localeCompare(b.siteId)) };
}

/** Per marketplace with promises: each message promised a time by the auto-reply of its hour, kept (answered by it), broken or pending. */
function promiseChecks(input: MonitorInput, byMarketplace: Map<string, ActualMessage[]>, asOfUtcMs: number): PromiseCheck[] {
  const promises = input.promises ?? [];
  const replyBy = new Map<string, number | null>();
  for (const promise of promises) replyBy.set(`${promise.marketplaceId}|${promise.hourStartUtcMs}`, promise.replyByUtcMs);
  const checks: PromiseCheck[] = [];
  for (const market of input.marketplaces) {
    if (!promises.some((p) => p.marketplaceId === market.id)) continue;
    const check: PromiseCheck = { marketplaceId: market.id, promised: 0, kept: 0, broken: 0, pending: 0, keptShare: null };
    for (const message of byMarketplace.get(market.id) ?? []) {
      const by = replyBy.get(`${market.id}|${floorToHour(message.receivedUtcMs)}`);
      if (by === undefined || by === null) continue;
      check.promised++;
      const reply = message.firstReplyUtcMs !== null && message.firstReplyUtcMs <= asOfUtcMs ? message.firstReplyUtcMs : null;
      if (reply !== null ? reply <= by : asOfUtcMs <= by) {
        if (reply !== null) check.kept++;
        else check.pending++;
      } else check.broken++;
    }
    // of the promises decided by asOf
    check.keptShare = check.kept + check.broken > 0 ? check.kept / (check.kept + check.broken) : null;
    checks.push(check);
  }
  return checks;
}

/** Received this much above or below the forecast earns a note. */
const FORECAST_NOTE_SHARE = 0.1;

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const hoursText = (hours: number) => `${hours.toFixed(1)} h`;
const count = (n: number) => n.toLocaleString('en-US');

function notes(input: MonitorInput, rows: MarketplaceRows[], agents: AgentAdherence[], promises: PromiseCheck[]): string[] {
  const lines: string[] = [];
  const nameOf = new Map(input.marketplaces.map((m) => [m.id, m.name]));
  for (const { total } of rows) {
    const name = nameOf.get(total.marketplaceId);
    const a = total.actual;
    const due = a.answeredInTime + a.late;
    const against = [total.planned && `plan ${percent(total.planned.slaAttainment)}`, total.simulated && `simulated ${percent(total.simulated.slaAttainment)}`].filter(Boolean).join(', ');
    if (a.slaAttainment === null) lines.push(`${name}: nothing due yet (${count(a.received)} received)`);
    else lines.push(`${name}: ${percent(a.slaAttainment)} answered in time so far (${count(a.answeredInTime)} of ${count(due)} due${against ? `; ${against}` : ''})`);
    if (a.late > 0 && a.lateByHours) {
      lines.push(`${name}: ${count(a.late)} message${a.late === 1 ? '' : 's'} late, by ${hoursText(a.lateByHours.average)} on average (at most ${hoursText(a.lateByHours.max)})`);
    }
    // against the forecast of the hours the plan covers (its grid may cover only part of the period)
    const covered = total.hours.filter((hour) => hour.forecast !== null);
    const forecast = covered.reduce((sum, hour) => sum + (hour.forecast as number), 0);
    const received = covered.reduce((sum, hour) => sum + hour.received, 0);
    if (covered.length > 0 && forecast > 0 && Math.abs(received / forecast - 1) >= FORECAST_NOTE_SHARE) {
      const change = (received / forecast - 1) * 100;
      lines.push(`${name}: ${count(received)} messages received against ${count(Math.round(forecast))} forecast (${change > 0 ? '+' : ''}${change.toFixed(0)} %)`);
    }
  }
  const idle = agents.filter((a) => a.agentId !== null && a.scheduledHoursWithoutReplies > 1e-9).sort((a, b) => b.scheduledHoursWithoutReplies - a.scheduledHoursWithoutReplies);
  if (idle.length > 0) {
    const shown = idle.slice(0, 5).map((a) => `${a.agentName} ${hoursText(a.scheduledHoursWithoutReplies)}`);
    const more = idle.length > 5 ? ` and ${idle.length - 5} more` : '';
    lines.push(`${idle.length} agent${idle.length === 1 ? ' had' : 's had'} scheduled hours without a reply: ${shown.join(', ')}${more}`);
  }
  const strangers = agents.filter((a) => a.agentId === null);
  if (strangers.length > 0) {
    const shown = strangers.slice(0, 5).map((a) => `${a.exportName} (${a.replies} repl${a.replies === 1 ? 'y' : 'ies'})`);
    const more = strangers.length > 5 ? ` and ${strangers.length - 5} more` : '';
    lines.push(`${strangers.length} agent name${strangers.length === 1 ? '' : 's'} in the export match${strangers.length === 1 ? 'es' : ''} no one on the rota: ${shown.join(', ')}${more}`);
  }
  for (const check of promises) {
    if (check.broken > 0) lines.push(`${nameOf.get(check.marketplaceId)}: ${count(check.broken)} of ${count(check.promised)} auto-reply promises broken`);
  }
  return lines;
}

/** The actual-against-plan report of the period; see the file's comment for the rules. */
export function buildMonitorReport(input: MonitorInput): MonitorReport {
  if (!(input.toUtcMs > input.fromUtcMs)) throw new RangeError(`the period must end after it starts (${formatUtc(input.fromUtcMs)} to ${formatUtc(input.toUtcMs)})`);
  const asOfUtcMs = input.asOfUtcMs ?? input.toUtcMs;
  const startUtcMs = floorToHour(input.fromUtcMs);
  const slots: Slots = { startUtcMs, count: Math.ceil((input.toUtcMs - startUtcMs) / HOUR_MS) };
  const byMarketplace = new Map<string, ActualMessage[]>(input.marketplaces.map((m) => [m.id, []]));
  const inPeriod: ActualMessage[] = [];
  for (const message of input.actuals) {
    if (message.receivedUtcMs < input.fromUtcMs || message.receivedUtcMs >= input.toUtcMs) continue;
    const own = byMarketplace.get(message.marketplaceId);
    if (!own) continue;
    own.push(message);
    inPeriod.push(message);
  }
  const rows = input.marketplaces.map((market) => marketplaceRows(market, byMarketplace.get(market.id) as ActualMessage[], input, slots, asOfUtcMs));
  const { agents, sites } = adherence(input, inPeriod, asOfUtcMs);
  const promises = promiseChecks(input, byMarketplace, asOfUtcMs);
  return {
    fromUtc: formatUtc(input.fromUtcMs),
    toUtc: formatUtc(input.toUtcMs),
    asOfUtc: formatUtc(asOfUtcMs),
    planId: input.plan?.planId ?? null,
    simulationId: input.simulation?.simulationId ?? null,
    marketplaces: [...rows.map((r) => r.total), ...rows.flatMap((r) => r.classes)],
    agents,
    sites,
    promises,
    notes: notes(input, rows, agents, promises),
  };
}

const rounded = (value: number | null) => (value === null ? null : Number(value.toFixed(4)));

/** One row per marketplace × class × hour (class empty: all classes), figures rounded to 4 decimals. */
export function monitorReportCsv(report: MonitorReport): string {
  const rows: unknown[][] = [
    [
      'marketplace',
      'class',
      'hour_start_utc',
      'hour_start_local',
      'forecast',
      'received',
      'answered',
      'answered_in_time',
      'late',
      'open_not_due',
      'sla_attainment',
      'average_wait_hours',
      'p90_wait_hours',
      'late_by_hours_average',
      'late_by_hours_max',
      'actual_backlog',
      'planned_backlog',
    ],
  ];
  for (const row of report.marketplaces) {
    for (const hour of row.hours) {
      rows.push([
        row.marketplaceId,
        row.classId ?? '',
        hour.startUtc,
        hour.localStart,
        rounded(hour.forecast),
        hour.received,
        hour.answered,
        hour.answeredInTime,
        hour.late,
        hour.openNotDue,
        rounded(hour.slaAttainment),
        rounded(hour.averageWaitHours),
        rounded(hour.p90WaitHours),
        rounded(hour.lateByHours?.average ?? null),
        rounded(hour.lateByHours?.max ?? null),
        hour.actualBacklog,
        rounded(hour.plannedBacklog),
      ]);
    }
  }
  return toSpreadsheetSafeCsv(rows, { record_delimiter: '\n' });
}
