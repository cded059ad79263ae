import type { HourGrid, QueueArrivals, ScenarioFile } from '@app/domain';

/**
 * A small setup for tests: Amazon US (New York buyers, urgent + standard + no-reply) and
 * Amazon DE (Berlin buyers, one class), a Shenzhen site speaking English and German and a
 * Manila site speaking English, one 8-hour template each. The week of 2025-03-03 contains the
 * US change to summer time (Sunday 9 March) but not the EU one.
 */
export function tinyScenario(): ScenarioFile {
  return {
    schemaVersion: 2,
    name: 'tiny',
    reportingCurrency: 'USD',
    horizon: { start: '2025-03-03', weeks: 1, mode: 'dated' },
    marketplaces: [
      {
        id: 'amazon-us',
        name: 'Amazon US',
        platform: 'amazon',
        timeZone: 'America/New_York',
        country: 'US',
        languages: ['en'],
        replyClock: { kind: 'calendar' },
        classes: [
          { id: 'urgent', name: 'Urgent', share: 0.2, replyDeadlineHours: 4, handleMinutes: 8 },
          { id: 'standard', name: 'Standard', share: 0.7, replyDeadlineHours: 24, handleMinutes: 5 },
          { id: 'no-reply', name: 'No reply', share: 0.1, replyDeadlineHours: null, handleMinutes: 0 },
        ],
        waitTarget: { averageHours: 6 },
      },
      {
        id: 'amazon-de',
        name: 'Amazon DE',
        platform: 'amazon',
        timeZone: 'Europe/Berlin',
        country: 'DE',
        languages: ['de'],
        replyClock: { kind: 'calendar' },
        classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 24, handleMinutes: 6 }],
        waitTarget: { averageHours: 8 },
      },
    ],
    sites: [
      {
        id: 'shenzhen',
        name: 'Shenzhen',
        timeZone: 'Asia/Shanghai',
        currency: 'CNY',
        hourlyCost: 40,
        premiums: { night: 1.2, weekend: 1.5, statutoryHoliday: 3 },
        nightHours: { start: '22:00', end: '06:00' },
        holidayCountry: 'CN',
        languages: ['en', 'de'],
        minHeadcount: 0,
        maxHeadcount: 30,
        shrinkage: 0.2,
        occupancy: 0.9,
      },
      {
        id: 'manila',
        name: 'Manila',
        timeZone: 'Asia/Manila',
        currency: 'PHP',
        hourlyCost: 250,
        premiums: { night: 1.1, weekend: 1.3, statutoryHoliday: 2 },
        nightHours: { start: '22:00', end: '06:00' },
        holidayCountry: 'PH',
        languages: ['en'],
        minHeadcount: 0,
        maxHeadcount: 20,
        shrinkage: 0.25,
      },
    ],
    shiftTemplates: [
      { id: 'sz-day', siteId: 'shenzhen', name: 'Day', lengthHours: 9, paidHours: 8, startTimes: ['09:00', '13:00'], days: [1, 2, 3, 4, 5, 6, 7] },
      { id: 'mnl-night', siteId: 'manila', name: 'Night', lengthHours: 9, paidHours: 8, startTimes: ['21:00'], days: [1, 2, 3, 4, 5] },
    ],
    agents: [],
    events: [],
    currencyRates: [
      { currency: 'CNY', toReporting: 0.14 },
      { currency: 'PHP', toReporting: 0.018 },
    ],
    history: [],
  };
}

/**
 * The tiny setup with a named team, for the hiring, leave and move overrides: a second
 * Shenzhen template (night) and four agents — sz-01 (English and German, a day off on 4 March),
 * sz-02 (English, hourly at 45 CNY, 20 h, at most 4 days a week, day shift only), sz-10
 * (English and German) and mnl-01 (English, 260 PHP an hour, night shift).
 */
export function tinyTeamScenario(): ScenarioFile {
  const scenario = tinyScenario();
  return {
    ...scenario,
    shiftTemplates: [
      ...scenario.shiftTemplates,
      { id: 'sz-night', siteId: 'shenzhen', name: 'Night', lengthHours: 9, paidHours: 8, startTimes: ['21:00'], days: [1, 2, 3, 4, 5, 6, 7] },
    ],
    agents: [
      { id: 'sz-01', name: 'Wang Wei', siteId: 'shenzhen', languages: ['en', 'de'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [{ start: '2025-03-04', end: '2025-03-04', reason: 'dentist' }] },
      {
        id: 'sz-02', name: 'Li Na', siteId: 'shenzhen', languages: ['en'], contractHoursPerWeek: 20, maxConsecutiveDays: 5, timeOff: [],
        payBasis: 'hourly', hourlyRate: 45, maxDaysPerWeek: 4, shiftTemplateIds: ['sz-day'],
      },
      { id: 'sz-10', name: 'Zhang Min', siteId: 'shenzhen', languages: ['en', 'de'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [] },
      { id: 'mnl-01', name: 'Maria Santos', siteId: 'manila', languages: ['en'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [], hourlyRate: 260, shiftTemplateIds: ['mnl-night'] },
    ],
  };
}

export const TINY_GRID: HourGrid = { startUtc: '2025-03-03T00:00:00Z', hours: 168, mode: 'dated' };

/** Every queue of the tiny scenario with `perHour` messages in every hour of the grid. */
export function flatArrivals(scenario: ScenarioFile, hours: number, perHour = 1): QueueArrivals[] {
  return scenario.marketplaces.flatMap((marketplace) =>
    marketplace.classes.map((priorityClass) => ({
      marketplaceId: marketplace.id,
      classId: priorityClass.id,
      values: new Array<number>(hours).fill(perHour),
    })),
  );
}

/** Deep-freezes a value so a test fails if a function under test mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
