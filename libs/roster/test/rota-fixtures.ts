import { localToUtc, formatUtc, utcMidnight } from '@app/domain';
import type { Agent, CalendarEvent, PlannedShift, ShiftTemplate, Site } from '@app/domain';
import type { RotaPlan, RotaScenario } from '../src';

/** Small hand-made rota inputs for the unit tests. */

export function makeSite(overrides: Partial<Site> = {}): Site {
  return {
    id: 'sz',
    name: 'Shenzhen',
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    hourlyCost: 30,
    premiums: { night: 1.2, weekend: 1.5, statutoryHoliday: 3 },
    nightHours: { start: '22:00', end: '06:00' },
    holidayCountry: 'CN',
    languages: ['zh', 'en', 'ja'],
    minHeadcount: 0,
    maxHeadcount: 100,
    shrinkage: 0.2,
    ...overrides,
  };
}

export function makeTemplate(id: string, siteId: string, lengthHours: number, paidHours = lengthHours): ShiftTemplate {
  return { id, siteId, name: id, lengthHours, paidHours, startTimes: [], days: [1, 2, 3, 4, 5, 6, 7] };
}

export function makeAgent(id: string, siteId = 'sz', overrides: Partial<Agent> = {}): Agent {
  return { id, name: `Agent ${id}`, siteId, languages: ['zh', 'en'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [], ...overrides };
}

export function makeScenario(parts: { sites: Site[]; agents: Agent[]; templates: ShiftTemplate[]; events?: CalendarEvent[] }): RotaScenario {
  return {
    reportingCurrency: 'USD',
    marketplaces: [
      { id: 'amazon-us', name: 'Amazon US', platform: 'amazon', timeZone: 'America/New_York', country: 'US', languages: ['en'], replyClock: { kind: 'calendar' }, classes: [] },
      { id: 'amazon-jp', name: 'Amazon JP', platform: 'amazon', timeZone: 'Asia/Tokyo', country: 'JP', languages: ['ja'], replyClock: { kind: 'calendar' }, classes: [] },
    ],
    sites: parts.sites,
    shiftTemplates: parts.templates,
    agents: parts.agents,
    events: parts.events ?? [],
    currencyRates: [
      { currency: 'CNY', toReporting: 0.14 },
      { currency: 'EUR', toReporting: 1.1 },
    ],
  };
}

/** A planned shift placed with the domain's own local→UTC conversion (DST-correct). */
export function makeShift(site: Site, templateId: string, date: string, localStart: string, hours: number, count = 1, languages?: string[]): PlannedShift {
  const startMs = localToUtc(date, localStart, site.timeZone);
  const shift: PlannedShift = {
    siteId: site.id,
    templateId,
    date,
    localStart,
    startUtc: formatUtc(startMs),
    endUtc: formatUtc(startMs + hours * 3_600_000),
    count,
  };
  if (languages) shift.languages = languages;
  return shift;
}

/** A dated plan whose grid starts at UTC midnight of `startDate` and lasts `days` days. */
export function makePlan(startDate: string, days: number, shifts: PlannedShift[]): RotaPlan {
  return { grid: { startUtc: formatUtc(utcMidnight(startDate)), hours: days * 24, mode: 'dated' }, shifts };
}
