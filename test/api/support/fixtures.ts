import type { Agent, CalendarEvent, CurrencyRate, Marketplace, ScenarioFile, ShiftTemplate, Site } from '@app/domain';

// Small hand-written entities, each valid on its own and together, with keys in canonical order.

export const organisation = { name: 'Test Seller Ltd', reportingCurrency: 'USD' };

export const cnyRate: CurrencyRate = { currency: 'CNY', toReporting: 0.14 };

export function marketplace(overrides: Partial<Marketplace> = {}): Marketplace {
  return {
    id: 'amazon-us',
    name: 'Amazon US',
    platform: 'amazon',
    timeZone: 'America/New_York',
    country: 'US',
    languages: ['en', 'es'],
    replyClock: { kind: 'calendar' },
    classes: [
      { id: 'no-reply', name: 'No reply needed', share: 0.1, replyDeadlineHours: null, handleMinutes: 0.5 },
      { id: 'standard', name: 'Standard', share: 0.75, replyDeadlineHours: 24, handleMinutes: 5 },
      { id: 'urgent', name: 'Urgent', share: 0.15, replyDeadlineHours: 4, handleMinutes: 8 },
    ],
    waitTarget: { averageHours: 6, lateShare: { afterHours: 12, maxShare: 0.1 } },
    ...overrides,
  };
}

export function site(overrides: Partial<Site> = {}): Site {
  return {
    id: 'shenzhen',
    name: 'Shenzhen team',
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    hourlyCost: 45,
    premiums: { night: 1.2, weekend: 1.5, statutoryHoliday: 3 },
    nightHours: { start: '22:00', end: '06:00' },
    holidayCountry: 'CN',
    languages: ['en', 'zh'],
    minHeadcount: 2,
    maxHeadcount: 30,
    shrinkage: 0.3,
    ...overrides,
  };
}

export function shiftTemplate(overrides: Partial<ShiftTemplate> = {}): ShiftTemplate {
  return {
    id: 'sz-night',
    siteId: 'shenzhen',
    name: 'Night 9h',
    lengthHours: 9,
    paidHours: 8,
    startTimes: ['21:00', '22:00'],
    days: [1, 2, 3, 4, 5],
    ...overrides,
  };
}

export function agent(overrides: Partial<Agent> = {}): Agent {
  return {
    id: 'li-wei',
    name: 'Li Wei',
    siteId: 'shenzhen',
    languages: ['en', 'zh'],
    contractHoursPerWeek: 40,
    maxConsecutiveDays: 6,
    timeOff: [
      { start: '2026-02-16', end: '2026-02-20', reason: 'Chinese New Year' },
      { start: '2026-05-01', end: '2026-05-01' },
    ],
    ...overrides,
  };
}

export function calendarEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: 'prime-day',
    name: 'Prime Day',
    kind: 'peak',
    start: '2026-07-14',
    end: '2026-07-15',
    marketplaceIds: ['amazon-us'],
    siteIds: [],
    volumeMultiplier: 3,
    ...overrides,
  };
}

/** A complete small setup: the entities above, with two days of hourly history on amazon-us. */
export function smallScenario(): ScenarioFile {
  return {
    schemaVersion: 2,
    name: organisation.name,
    reportingCurrency: organisation.reportingCurrency,
    horizon: { start: '2026-03-02', weeks: 2, mode: 'dated' },
    marketplaces: [marketplace()],
    sites: [site()],
    shiftTemplates: [shiftTemplate()],
    agents: [agent()],
    events: [calendarEvent()],
    currencyRates: [cnyRate],
    history: [
      { marketplaceId: 'amazon-us', classId: null, start: '2026-02-23T00:00:00Z', counts: Array.from({ length: 48 }, (_, hour) => (hour % 24) + 1) },
    ],
  };
}
