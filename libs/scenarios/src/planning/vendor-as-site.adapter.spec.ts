import { flatArrivals, TINY_GRID, tinyScenario } from '../__fixtures__/tiny-scenario.fixture';
import type { Vendor } from '../scenario-definition.types';
import { vendorAsSite } from './vendor-as-site.adapter';

const vendor: Vendor = {
  id: 'nightowl',
  name: 'NightOwl',
  timeZone: 'Europe/Sofia',
  country: 'BG',
  serviceHours: [{ days: [1, 2, 3, 4, 5], start: '22:00', end: '02:00' }],
  languages: ['en', 'fr'],
  currency: 'EUR',
  pricePerMessage: 0.5,
  capacityPerHour: 40,
};

describe('vendor planned as a site', () => {
  const scenario = tinyScenario();

  it('prices an agent-hour at the messages it answers and caps it at the vendor’s capacity', () => {
    // English queues needing a reply: urgent 8 min and standard 5 min, equal volume → 6.5 min.
    const { site, handleMinutes } = vendorAsSite(vendor, scenario.marketplaces, flatArrivals(scenario, TINY_GRID.hours));
    expect(handleMinutes).toBeCloseTo(6.5, 12);
    expect(site.hourlyCost).toBeCloseTo((0.5 * 60) / 6.5, 12);
    expect(site.maxHeadcount).toBe(Math.floor((40 * 6.5) / 60)); // 4 agent-hours ≤ 40 messages
    expect(site.languages).toEqual(['en']);
    expect([site.shrinkage, site.occupancy, site.premiums]).toEqual([0, 1, { night: 1, weekend: 1, statutoryHoliday: 1 }]);
  });

  it('carries one placeholder agent of 168 h so the weekly-hours cap never binds an hourly capacity', () => {
    const { agents } = vendorAsSite(vendor, scenario.marketplaces, []);
    expect(agents).toEqual([
      { id: 'vendor-nightowl-capacity', name: 'NightOwl capacity', siteId: 'vendor-nightowl', languages: ['en'], contractHoursPerWeek: 168, maxConsecutiveDays: 31, timeOff: [] },
    ]);
  });

  it('closes the site outside the contract dates, and not at all without them', () => {
    expect(vendorAsSite(vendor, scenario.marketplaces, []).events).toEqual([]);
    const { events } = vendorAsSite({ ...vendor, start: '2025-03-04', end: '2025-03-06' }, scenario.marketplaces, []);
    expect(events.map((e) => [e.start, e.end, e.siteIds, e.availabilityCap])).toEqual([
      ['0001-01-01', '2025-03-03', ['vendor-nightowl'], 0],
      ['2025-03-07', '9999-12-31', ['vendor-nightowl'], 0],
    ]);
  });

  it('splits service hours over midnight into evening starts and next-morning starts', () => {
    const { shiftTemplates } = vendorAsSite(vendor, scenario.marketplaces, []);
    expect(shiftTemplates.map((t) => [t.startTimes, t.days, t.lengthHours])).toEqual([
      [['22:00', '23:00'], [1, 2, 3, 4, 5], 1],
      [['00:00', '01:00'], [2, 3, 4, 5, 6], 1],
    ]);
  });
});
