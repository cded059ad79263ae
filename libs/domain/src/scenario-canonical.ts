import { DateTime } from 'luxon';
import type {
  Agent,
  CalendarEvent,
  CurrencyRate,
  HistorySeries,
  Marketplace,
  PlanningHorizon,
  PriorityClass,
  ReplyClock,
  ScenarioFile,
  ShiftTemplate,
  Site,
  TimeOff,
  WaitTarget,
} from './scenario.types';
import { formatUtc } from './time';

/**
 * The one serialisation order of a scenario, so that export → import → export is
 * byte-identical whatever order a database returns rows in: collections sorted by id (rates by
 * currency, history by marketplace and class), classes by id, time off by dates, sets of
 * languages/days/start times/an agent's shift templates sorted, object keys in the order of
 * scenario.types.ts, optional fields left out when absent (never filled with their defaults),
 * history starts written as "YYYY-MM-DDTHH:mm:ssZ".
 * Pure: the input is not changed.
 */

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedBy<T>(list: readonly T[], key: (item: T) => string): T[] {
  return [...list].sort((a, b) => byText(key(a), key(b)));
}

function sortedTexts(list: readonly string[]): string[] {
  return [...list].sort(byText);
}

function sortedNumbers<T extends number>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a - b);
}

function canonicalClock(clock: ReplyClock): ReplyClock {
  if (clock.kind === 'calendar') return { kind: 'calendar' };
  return {
    kind: 'business',
    days: sortedNumbers(clock.days),
    open: clock.open,
    close: clock.close,
    holidaysStopClock: clock.holidaysStopClock,
  };
}

function canonicalClass(c: PriorityClass): PriorityClass {
  const klass: PriorityClass = {
    id: c.id,
    name: c.name,
    share: c.share,
    replyDeadlineHours: c.replyDeadlineHours,
    handleMinutes: c.handleMinutes,
  };
  if (c.realTime) klass.realTime = { serviceLevel: c.realTime.serviceLevel, answerWithinSeconds: c.realTime.answerWithinSeconds };
  return klass;
}

function canonicalWaitTarget(w: WaitTarget): WaitTarget {
  const target: WaitTarget = {};
  if (w.averageHours !== undefined) target.averageHours = w.averageHours;
  if (w.lateShare) target.lateShare = { afterHours: w.lateShare.afterHours, maxShare: w.lateShare.maxShare };
  if (w.costPerWaitingHour !== undefined) target.costPerWaitingHour = w.costPerWaitingHour;
  return target;
}

function canonicalMarketplace(m: Marketplace): Marketplace {
  const marketplace: Marketplace = {
    id: m.id,
    name: m.name,
    platform: m.platform,
    timeZone: m.timeZone,
    country: m.country,
    languages: sortedTexts(m.languages),
    replyClock: canonicalClock(m.replyClock),
    classes: sortedBy(m.classes, (c) => c.id).map(canonicalClass),
  };
  if (m.waitTarget) marketplace.waitTarget = canonicalWaitTarget(m.waitTarget);
  return marketplace;
}

function canonicalSite(s: Site): Site {
  const site: Site = {
    id: s.id,
    name: s.name,
    timeZone: s.timeZone,
    currency: s.currency,
    hourlyCost: s.hourlyCost,
    premiums: { night: s.premiums.night, weekend: s.premiums.weekend, statutoryHoliday: s.premiums.statutoryHoliday },
    nightHours: { start: s.nightHours.start, end: s.nightHours.end },
    holidayCountry: s.holidayCountry,
    languages: sortedTexts(s.languages),
    minHeadcount: s.minHeadcount,
    maxHeadcount: s.maxHeadcount,
    shrinkage: s.shrinkage,
  };
  if (s.occupancy !== undefined) site.occupancy = s.occupancy;
  if (s.overtime) site.overtime = { multiplier: s.overtime.multiplier, maxHoursPerAgentPerWeek: s.overtime.maxHoursPerAgentPerWeek };
  if (s.vendorHourlyRate !== undefined) site.vendorHourlyRate = s.vendorHourlyRate;
  return site;
}

function canonicalTemplate(t: ShiftTemplate): ShiftTemplate {
  return {
    id: t.id,
    siteId: t.siteId,
    name: t.name,
    lengthHours: t.lengthHours,
    paidHours: t.paidHours,
    startTimes: sortedTexts(t.startTimes),
    days: sortedNumbers(t.days),
  };
}

function canonicalTimeOff(o: TimeOff): TimeOff {
  const off: TimeOff = { start: o.start, end: o.end };
  if (o.reason !== undefined) off.reason = o.reason;
  return off;
}

function canonicalAgent(a: Agent): Agent {
  const agent: Agent = {
    id: a.id,
    name: a.name,
    siteId: a.siteId,
    languages: sortedTexts(a.languages),
    contractHoursPerWeek: a.contractHoursPerWeek,
    maxConsecutiveDays: a.maxConsecutiveDays,
    timeOff: sortedBy(a.timeOff, (o) => `${o.start}|${o.end}|${o.reason ?? ''}`).map(canonicalTimeOff),
  };
  // absent stays absent: a default is not written out, so the file says what was chosen
  if (a.payBasis !== undefined) agent.payBasis = a.payBasis;
  if (a.hourlyRate !== undefined) agent.hourlyRate = a.hourlyRate;
  if (a.maxDaysPerWeek !== undefined) agent.maxDaysPerWeek = a.maxDaysPerWeek;
  if (a.shiftTemplateIds !== undefined) agent.shiftTemplateIds = sortedTexts(a.shiftTemplateIds);
  return agent;
}

function canonicalEvent(e: CalendarEvent): CalendarEvent {
  const event: CalendarEvent = {
    id: e.id,
    name: e.name,
    kind: e.kind,
    start: e.start,
    end: e.end,
    marketplaceIds: sortedTexts(e.marketplaceIds),
    siteIds: sortedTexts(e.siteIds),
  };
  if (e.volumeMultiplier !== undefined) event.volumeMultiplier = e.volumeMultiplier;
  if (e.availabilityCap !== undefined) event.availabilityCap = e.availabilityCap;
  return event;
}

/** "2026-09-07T13:00:00Z" for any ISO spelling of the same instant; other text unchanged. */
function canonicalInstant(text: string): string {
  const instant = DateTime.fromISO(text, { setZone: true });
  return instant.isValid ? formatUtc(instant.toMillis()) : text;
}

function canonicalHistory(h: HistorySeries): HistorySeries {
  return { marketplaceId: h.marketplaceId, classId: h.classId, start: canonicalInstant(h.start), counts: [...h.counts] };
}

function canonicalHorizon(h: PlanningHorizon): PlanningHorizon {
  return { start: h.start, weeks: h.weeks, mode: h.mode };
}

export function canonicalizeScenario(s: ScenarioFile): ScenarioFile {
  return {
    schemaVersion: s.schemaVersion,
    name: s.name,
    reportingCurrency: s.reportingCurrency,
    ...(s.horizon ? { horizon: canonicalHorizon(s.horizon) } : {}),
    marketplaces: sortedBy(s.marketplaces, (m) => m.id).map(canonicalMarketplace),
    sites: sortedBy(s.sites, (x) => x.id).map(canonicalSite),
    shiftTemplates: sortedBy(s.shiftTemplates, (t) => t.id).map(canonicalTemplate),
    agents: sortedBy(s.agents, (a) => a.id).map(canonicalAgent),
    events: sortedBy(s.events, (e) => e.id).map(canonicalEvent),
    currencyRates: sortedBy(s.currencyRates, (r) => r.currency).map(
      (r): CurrencyRate => ({ currency: r.currency, toReporting: r.toReporting }),
    ),
    // the marketplace total (classId null) sorts before its classes
    history: sortedBy(s.history, (h) => `${h.marketplaceId}\u0000${h.classId === null ? '' : '\u0001' + h.classId}`).map(
      canonicalHistory,
    ),
  };
}

/** The canonical JSON text of a scenario: 2-space indent, trailing newline. */
export function serializeScenario(s: ScenarioFile): string {
  return JSON.stringify(canonicalizeScenario(s), null, 2) + '\n';
}
