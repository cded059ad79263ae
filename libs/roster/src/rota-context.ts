import { DateTime } from 'luxon';
import { addDays, agentGroupKey, agentTerms, datesBetween, isoWeekday, publicHolidays, rotaWeekLayout, toLocal } from '@app/domain';
import type { Agent, CalendarEvent, PlannedShift, Site } from '@app/domain';
import { holidayKey } from './holiday-key.util';
import { overlapsNightHours } from './night-shift.util';
import type { HolidayDutyRecord, RotaInput, RotaOptions } from './rota.types';

/**
 * The rota problem laid out for the solver: per site its local days, rota weeks, holidays,
 * availability caps, agents (with availability and holiday history) and seats (one per
 * agent a planned shift needs). Sites share no agents, so each is solved on its own.
 */

export interface HolidayDay {
  name: string;
  key: string;
  /** Position within a multi-day holiday (1 = first day); null when unknown. */
  dayOfHoliday: number | null;
  /** A public holiday of the site's calendar (the statutory premium applies). */
  statutory: boolean;
}

export interface CapDay {
  share: number;
  /** Most agents of the site that may work (start a shift) that day. */
  limit: number;
  eventName: string;
}

export interface PastHolidayDuty {
  key: string;
  dayOfHoliday: number | null;
  /** Recency weight: last season 1, the season before 0.5, … */
  weight: number;
}

/** Per-day availability of an agent. */
export const DayStatus = {
  Available: 0,
  TimeOff: 1,
  PinnedOff: 2,
} as const;

export interface RotaAgent {
  agent: Agent;
  index: number;
  languages: Set<string>;
  maxConsecutiveDays: number;
  contractHours: number;
  /** Contract plus the site's overtime cap (pay-policy's agentTerms). */
  maxWeekHours: number;
  /** Most shift starts per rota week. */
  maxDaysPerWeek: number;
  /** Templates the agent works; null: every template of the site. */
  templates: Set<string> | null;
  /** The agent's group (`agentGroupKey`): the planned shifts naming it are theirs. */
  group: string;
  /** Per site day: DayStatus. */
  status: Uint8Array;
  /** Per rota week: contract hours scaled by the days available (leave, availability caps), and the soft floor (contract − tolerance, scaled). */
  contractWeekHours: number[];
  minWeekHours: number[];
  /** Share of the site's unpleasant duty this agent should carry (site mean 1): contract hours × days available. */
  share: number;
  pastHolidays: PastHolidayDuty[];
  pastHolidayLoad: number;
}

export interface Seat {
  /** Index in the site's seat list. */
  id: number;
  /** Index of the planned shift in plan.shifts, and which of its `count` seats this is. */
  shiftIndex: number;
  seat: number;
  shift: PlannedShift;
  /** Site day index of the local start date and of the local date the shift ends on. */
  day: number;
  endDay: number;
  startMs: number;
  endMs: number;
  endDate: string;
  localEnd: string;
  paidHours: number;
  languages: string[];
  group: string | null;
  night: boolean;
  weekend: boolean;
  holiday: HolidayDay | null;
  week: number;
}

export interface RotaWeek {
  /** The week's first and last own date (as people name the week). */
  start: string;
  end: string;
  /** Site days counted in the week: its 7 dates, plus edge dates of the horizon folded into the first or last week. */
  days: number[];
  /** The week's own dates only (7 in a full week), for the days-off rule. */
  coreDays: number[];
}

export interface RotaSite {
  site: Site;
  dates: string[];
  dayIndex: Map<string, number>;
  weekOfDay: number[];
  /**
   * Rota weeks: 7-day blocks from the plan grid's first UTC date, the same for every site;
   * site dates before the first or after the last block fold into it.
   */
  weeks: RotaWeek[];
  holidayOfDay: (HolidayDay | null)[];
  capOfDay: (CapDay | null)[];
  /** Events affecting the site per day (for the holiday rotas). */
  eventsOfDay: CalendarEvent[][];
  agents: RotaAgent[];
  seats: Seat[];
}

export interface RotaContext {
  sites: RotaSite[];
  options: RotaOptions;
}

const HOUR_MS = 3_600_000;

export function buildRotaContext(input: RotaInput, options: RotaOptions): RotaContext {
  const { scenario, plan } = input;
  const gridStartMs = Date.parse(plan.grid.startUtc);
  const gridEndMs = gridStartMs + plan.grid.hours * HOUR_MS;
  const layout = rotaWeekLayout(gridStartMs, plan.grid.hours);
  const weekCount = layout.weekCount;
  const templates = new Map(scenario.shiftTemplates.map((template) => [template.id, template]));
  const history = input.holidayDutyHistory ?? [];

  const sites = [...scenario.sites]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((site): RotaSite => {
      const zone = site.timeZone;
      const shiftIndexes = plan.shifts.map((shift, index) => ({ shift, index })).filter(({ shift }) => shift.siteId === site.id);
      let first = toLocal(gridStartMs, zone).date;
      let last = toLocal(gridEndMs - 1, zone).date;
      for (const { shift } of shiftIndexes) {
        if (shift.date < first) first = shift.date;
        const endDate = toLocal(Date.parse(shift.endUtc) - 1, zone).date;
        if (endDate > last) last = endDate;
      }
      const dates = datesBetween(first, last);
      const dayIndex = new Map(dates.map((date, i) => [date, i]));
      const weekOffset = dates.map(layout.offsetOf);
      const weekOfDay = dates.map(layout.weekOf);
      const weeks: RotaWeek[] = Array.from({ length: weekCount }, () => ({ start: '', end: '', days: [] as number[], coreDays: [] as number[] }));
      weekOfDay.forEach((week, day) => {
        weeks[week].days.push(day);
        if (weekOffset[day] === week) weeks[week].coreDays.push(day);
      });
      for (const week of weeks) {
        const named = week.coreDays.length ? week.coreDays : week.days;
        week.start = named.length ? dates[named[0]] : '';
        week.end = named.length ? dates[named[named.length - 1]] : '';
      }

      const siteAgents = scenario.agents.filter((agent) => agent.siteId === site.id).sort((a, b) => a.id.localeCompare(b.id));
      const siteEvents = scenario.events.filter((event) => event.siteIds.includes(site.id));
      const holidayOfDay = dates.map((date) => holidayOn(site, date, siteEvents));
      const eventsOfDay = dates.map((date) => siteEvents.filter((event) => event.start <= date && date <= event.end));
      const capOfDay = eventsOfDay.map((events): CapDay | null => {
        let cap: CapDay | null = null;
        for (const event of events) {
          if (event.availabilityCap === undefined) continue;
          const limit = Math.floor(event.availabilityCap * siteAgents.length + 1e-9);
          if (!cap || limit < cap.limit) cap = { share: event.availabilityCap, limit, eventName: event.name };
        }
        return cap;
      });

      const agents = siteAgents.map((agent, index) =>
        buildAgent(agent, index, site, dates, weeks, capOfDay, first, history, options),
      );
      const meanWeight = agents.reduce((sum, a) => sum + a.share, 0) / Math.max(1, agents.length);
      for (const a of agents) a.share = meanWeight > 0 ? a.share / meanWeight : 1;

      const seats: Seat[] = [];
      for (const { shift, index } of shiftIndexes) {
        const startMs = Date.parse(shift.startUtc);
        const endMs = Date.parse(shift.endUtc);
        const end = toLocal(endMs, zone);
        const endDay = dayIndex.get(toLocal(endMs - 1, zone).date) as number;
        const day = dayIndex.get(shift.date) as number;
        const template = templates.get(shift.templateId);
        const common = {
          shiftIndex: index,
          shift,
          day,
          endDay,
          startMs,
          endMs,
          endDate: end.date,
          localEnd: `${String(end.hour).padStart(2, '0')}:${String(end.minute).padStart(2, '0')}`,
          paidHours: template ? template.paidHours : (endMs - startMs) / HOUR_MS,
          languages: [...new Set(shift.languages ?? [])].sort(),
          group: shift.group ?? null,
          night: overlapsNightHours(startMs, endMs, site),
          weekend: isoWeekday(shift.date) >= 6,
          holiday: holidayOfDay[day],
          week: weekOfDay[day],
        };
        for (let seat = 0; seat < shift.count; seat++) seats.push({ id: seats.length, seat, ...common });
      }
      seats.sort((a, b) => a.startMs - b.startMs || a.shiftIndex - b.shiftIndex || a.seat - b.seat);
      seats.forEach((seat, id) => (seat.id = id));
      return { site, dates, dayIndex, weekOfDay, weeks, holidayOfDay, capOfDay, eventsOfDay, agents, seats };
    });
  return { sites, options };
}

/** The site's public holiday on a date, else a holiday-kind event affecting the site. */
function holidayOn(site: Site, date: string, siteEvents: CalendarEvent[]): HolidayDay | null {
  const publicHoliday = publicHolidayDay(site.holidayCountry, date);
  if (publicHoliday) return publicHoliday;
  const event = siteEvents.find((e) => e.kind === 'holiday' && e.start <= date && date <= e.end);
  if (!event) return null;
  return { name: event.name, key: holidayKey(event.name), dayOfHoliday: datesBetween(event.start, date).length, statutory: false };
}

/** A public holiday with its position in a run of same-named days (Spring Festival: Eve = day 1). */
export function publicHolidayDay(country: string, date: string): HolidayDay | null {
  const holidays = publicHolidays(country, Number(date.slice(0, 4)));
  const index = holidays.findIndex((holiday) => holiday.date === date);
  if (index < 0) return null;
  const name = holidays[index].name;
  let dayOfHoliday = 1;
  for (let i = index - 1; i >= 0; i--) {
    if (holidays[i].name !== name || addDays(holidays[i].date, 1) !== holidays[i + 1].date) break;
    dayOfHoliday++;
  }
  return { name, key: holidayKey(name), dayOfHoliday, statutory: true };
}

function buildAgent(
  agent: Agent,
  index: number,
  site: Site,
  dates: string[],
  weeks: RotaWeek[],
  capOfDay: (CapDay | null)[],
  firstDate: string,
  history: HolidayDutyRecord[],
  options: RotaOptions,
): RotaAgent {
  const status = new Uint8Array(dates.length);
  dates.forEach((date, day) => {
    if ((agent.timeOff ?? []).some((off) => off.start <= date && date <= off.end)) status[day] = DayStatus.TimeOff;
  });
  const terms = agentTerms(agent, site);
  const contractHours = terms.contractHoursPerWeek;
  const tolerance = options.weeklyHoursTolerance;
  // over the week's own 7 dates, a day of leave takes a day off the weekly contract and a day
  // under an availability cap (most of the team away for Chinese New Year) counts as the capped share of a day
  const availableScale = weeks.map((week) =>
    Math.min(1, week.coreDays.reduce((sum, day) => sum + (status[day] !== DayStatus.Available ? 0 : (capOfDay[day]?.share ?? 1)), 0) / 7),
  );
  const availableDays = status.filter((s) => s === DayStatus.Available).length;
  const pastHolidays = pastHolidayDuties(agent, site, firstDate, history);
  return {
    agent,
    index,
    languages: new Set(agent.languages),
    maxConsecutiveDays: agent.maxConsecutiveDays > 0 ? agent.maxConsecutiveDays : options.defaultMaxConsecutiveDays,
    contractHours,
    maxWeekHours: terms.maxHoursPerWeek,
    maxDaysPerWeek: terms.maxDaysPerWeek,
    templates: terms.shiftTemplateIds ? new Set(terms.shiftTemplateIds) : null,
    group: agentGroupKey(agent, site),
    status,
    contractWeekHours: availableScale.map((scale) => contractHours * scale),
    minWeekHours: availableScale.map((scale) => Math.max(0, contractHours - tolerance) * scale),
    share: contractHours * (availableDays / Math.max(1, dates.length)),
    pastHolidays,
    pastHolidayLoad: pastHolidays.reduce((sum, duty) => sum + duty.weight, 0),
  };
}

/**
 * The agent's holiday duty before this horizon, weighted by recency (per 366 days back:
 * 1, 0.5, 0.25, 0.125; older records are forgotten). Records dated inside or after the
 * horizon are this season's own and are recomputed, not counted twice.
 */
function pastHolidayDuties(agent: Agent, site: Site, firstDate: string, history: HolidayDutyRecord[]): PastHolidayDuty[] {
  const first = DateTime.fromISO(firstDate, { zone: 'utc' });
  const duties: PastHolidayDuty[] = [];
  for (const record of history) {
    if (record.agentId !== agent.id || record.date >= firstDate) continue;
    const ageDays = first.diff(DateTime.fromISO(record.date, { zone: 'utc' }), 'days').days;
    const seasonsBack = Math.floor(ageDays / 366);
    if (seasonsBack > 3) continue;
    const key = holidayKey(record.holiday);
    let dayOfHoliday = record.dayOfHoliday ?? null;
    if (dayOfHoliday === null) {
      const known = publicHolidayDay(site.holidayCountry, record.date);
      if (known && known.key === key) dayOfHoliday = known.dayOfHoliday;
    }
    duties.push({ key, dayOfHoliday, weight: 0.5 ** seasonsBack });
  }
  return duties;
}
