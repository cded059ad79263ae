import type { HourGrid, Marketplace, QueueArrivals, ScenarioFile, ShiftTemplate, Site } from '@app/domain';

/**
 * Tiny planning setups whose optimum can be worked out by hand: UTC clocks, one hour of
 * productive time per agent-hour (no shrinkage, full occupancy), 1-minute messages, 10 per
 * agent-hour of pay unless a test says otherwise. Grid: Monday 2025-01-06, 24 hours.
 */
export const MONDAY = '2025-01-06';

export function tinyGrid(hours = 24, mode: HourGrid['mode'] = 'dated', start = MONDAY): HourGrid {
  return { startUtc: `${start}T00:00:00Z`, hours, mode };
}

export function tinyMarketplace(overrides: Partial<Marketplace> = {}): Marketplace {
  return {
    id: 'shop',
    name: 'Shop',
    platform: 'other',
    timeZone: 'UTC',
    country: 'GB',
    languages: ['en'],
    replyClock: { kind: 'calendar' },
    classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 24, handleMinutes: 1 }],
    ...overrides,
  };
}

export function tinySite(overrides: Partial<Site> = {}): Site {
  return {
    id: 'site',
    name: 'Site',
    timeZone: 'UTC',
    currency: 'USD',
    hourlyCost: 10,
    premiums: { night: 1, weekend: 1, statutoryHoliday: 1 },
    nightHours: { start: '00:00', end: '00:00' },
    holidayCountry: 'GB',
    languages: ['en'],
    minHeadcount: 0,
    maxHeadcount: 100,
    shrinkage: 0,
    occupancy: 1,
    ...overrides,
  };
}

export function tinyTemplate(siteId: string, startTimes: string[], lengthHours = 1, days: ShiftTemplate['days'] = [1]): ShiftTemplate {
  return { id: `${siteId}-${lengthHours}h`, siteId, name: `${lengthHours} h`, lengthHours, paidHours: lengthHours, startTimes, days };
}

export function tinyScenario(parts: Partial<ScenarioFile> = {}): ScenarioFile {
  const site = tinySite();
  return {
    schemaVersion: 2,
    name: 'tiny',
    reportingCurrency: 'USD',
    marketplaces: [tinyMarketplace()],
    sites: [site],
    shiftTemplates: [tinyTemplate(site.id, ['00:00'])],
    agents: [],
    events: [],
    currencyRates: [],
    history: [],
    ...parts,
  };
}

/** Arrivals of one queue: `at` maps hour → messages, every other hour 0. */
export function arrivalsAt(at: Record<number, number>, hours = 24, marketplaceId = 'shop', classId = 'standard'): QueueArrivals {
  const values = new Array<number>(hours).fill(0);
  for (const [hour, count] of Object.entries(at)) values[Number(hour)] = count;
  return { marketplaceId, classId, values };
}
