import type { HistorySeries, Marketplace, ScenarioFile } from '@app/domain';

// A small planning setup for the forecast, plan and simulation end-to-end tests: two European
// marketplaces (no public holiday and no DST change from 9 February to 8 March 2026), one Manila
// site that speaks both languages, one 8-hour shift every 4 hours, three weeks of history (the
// same week exactly on amazon-de, with fixed noise on amazon-uk), and a one-week dated horizon
// from Monday 2 March 2026.

export const HISTORY_START = '2026-02-09T00:00:00Z';
export const HISTORY_WEEKS = 3;
export const HORIZON_START = '2026-03-02';

/** Messages in each buyer-local hour: 12 an hour from 08:00 to 21:59, 3 at night; weekends at half the day rate. */
export function localHourVolume(weekday: number, hour: number): number {
  const day = hour >= 8 && hour < 22;
  if (weekday >= 6) return day ? 6 : 3;
  return day ? 12 : 3;
}

/** The marketplace's classes: 90 % standard (24 h, 5 min), 10 % urgent (4 h, 8 min). */
export function europeanMarketplace(id: string, timeZone: string, country: string, language: string): Marketplace {
  return {
    id,
    name: id,
    platform: 'amazon',
    timeZone,
    country,
    languages: [language],
    replyClock: { kind: 'calendar' },
    classes: [
      { id: 'standard', name: 'Standard', share: 0.9, replyDeadlineHours: 24, handleMinutes: 5 },
      { id: 'urgent', name: 'Urgent', share: 0.1, replyDeadlineHours: 4, handleMinutes: 8 },
    ],
  };
}

/**
 * Hourly totals (class unknown) of a marketplace whose buyers follow `localHourVolume` on their
 * clock; `noisy` adds a fixed pseudo-random −2…+2 to each hour, so the forecast has real bands.
 */
export function repeatingHistory(marketplaceId: string, utcOffsetHours: number, noisy = false): HistorySeries {
  const startMs = Date.parse(HISTORY_START);
  let state = 12345;
  const counts = Array.from({ length: HISTORY_WEEKS * 168 }, (_, hour) => {
    const local = new Date(startMs + (hour + utcOffsetHours) * 3_600_000);
    const weekday = ((local.getUTCDay() + 6) % 7) + 1;
    state = (state * 1103515245 + 12345) % 2147483648;
    return localHourVolume(weekday, local.getUTCHours()) + (noisy ? (state % 5) - 2 : 0);
  });
  return { marketplaceId, classId: null, start: HISTORY_START, counts };
}

export function planningScenario(options: { japanese?: boolean } = {}): ScenarioFile {
  const marketplaces = [
    europeanMarketplace('amazon-de', 'Europe/Berlin', 'DE', 'de'),
    europeanMarketplace('amazon-uk', 'Europe/London', 'GB', 'en'),
  ];
  // Berlin is UTC+1 and London UTC+0 throughout February and early March
  const history = [repeatingHistory('amazon-de', 1), repeatingHistory('amazon-uk', 0, true)];
  if (options.japanese) {
    marketplaces.push(europeanMarketplace('amazon-jp', 'Asia/Tokyo', 'JP', 'ja'));
    history.push(repeatingHistory('amazon-jp', 9));
  }
  return {
    schemaVersion: 2,
    name: 'Small EU seller',
    reportingCurrency: 'USD',
    horizon: { start: HORIZON_START, weeks: 1, mode: 'dated' },
    marketplaces,
    sites: [
      {
        id: 'manila',
        name: 'Manila team',
        timeZone: 'Asia/Manila',
        currency: 'PHP',
        hourlyCost: 250,
        premiums: { night: 1.2, weekend: 1, statutoryHoliday: 2 },
        nightHours: { start: '22:00', end: '06:00' },
        holidayCountry: 'PH',
        languages: ['de', 'en'],
        minHeadcount: 0,
        maxHeadcount: 25,
        shrinkage: 0.25,
        occupancy: 0.85,
      },
    ],
    shiftTemplates: [
      {
        id: 'manila-8h',
        siteId: 'manila',
        name: '8-hour shift',
        lengthHours: 8,
        paidHours: 8,
        startTimes: ['00:00', '04:00', '08:00', '12:00', '16:00', '20:00'],
        days: [1, 2, 3, 4, 5, 6, 7],
      },
    ],
    agents: [],
    events: [],
    currencyRates: [{ currency: 'PHP', toReporting: 0.018 }],
    history,
  };
}
