import { canonicalizeScenario, serializeScenario } from './scenario-canonical';
import { marketplaceFromPreset } from './platform-presets';
import type { ScenarioFile } from './scenario.types';

function scenario(): ScenarioFile {
  return {
    schemaVersion: 2,
    name: 'Canonical order',
    reportingCurrency: 'USD',
    horizon: { start: '2026-11-30', weeks: 2, mode: 'dated' },
    marketplaces: [
      marketplaceFromPreset('shopify', { id: 'shopify-us', name: 'Shop', timeZone: 'America/Los_Angeles', country: 'US', languages: ['es', 'en'] }),
      marketplaceFromPreset('amazon', { id: 'amazon-us', name: 'Amazon', timeZone: 'America/New_York', country: 'US', languages: ['en'] }),
    ],
    sites: [
      {
        id: 'manila', name: 'Manila', timeZone: 'Asia/Manila', currency: 'PHP', hourlyCost: 260,
        premiums: { night: 1.1, weekend: 1, statutoryHoliday: 2 }, nightHours: { start: '22:00', end: '06:00' },
        holidayCountry: 'PH', languages: ['tl', 'en'], minHeadcount: 0, maxHeadcount: 10, shrinkage: 0.25, occupancy: undefined,
      },
      {
        id: 'shenzhen', name: 'Shenzhen', timeZone: 'Asia/Shanghai', currency: 'CNY', hourlyCost: 45,
        premiums: { night: 1.2, weekend: 1, statutoryHoliday: 3 }, nightHours: { start: '22:00', end: '06:00' },
        holidayCountry: 'CN', languages: ['zh', 'en'], minHeadcount: 0, maxHeadcount: 40, shrinkage: 0.3, occupancy: 0.85,
        overtime: { maxHoursPerAgentPerWeek: 6, multiplier: 1.5 },
      },
    ],
    shiftTemplates: [
      { id: 'sz-8h', siteId: 'shenzhen', name: '8 h', lengthHours: 8, paidHours: 8, startTimes: ['21:00', '09:00'], days: [7, 1, 3] },
      { id: 'sz-4h', siteId: 'shenzhen', name: '4 h', lengthHours: 4, paidHours: 4, startTimes: ['12:00'], days: [6] },
      { id: 'mnl-8h', siteId: 'manila', name: '8 h', lengthHours: 8, paidHours: 8, startTimes: ['22:00'], days: [5, 4] },
    ],
    agents: [
      {
        id: 'sz-02', name: 'Li Na', siteId: 'shenzhen', languages: ['zh', 'en'], contractHoursPerWeek: 40, maxConsecutiveDays: 6,
        timeOff: [{ start: '2026-12-21', end: '2026-12-22' }, { start: '2026-12-01', end: '2026-12-02', reason: 'doctor' }],
      },
      {
        id: 'sz-01', name: 'Wang Wei', siteId: 'shenzhen', languages: ['en'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [],
        shiftTemplateIds: ['sz-8h', 'sz-4h'], maxDaysPerWeek: 6, hourlyRate: 50, payBasis: 'hourly',
      },
    ],
    events: [
      { id: 'prime', name: 'Prime Day', kind: 'peak', start: '2026-12-08', end: '2026-12-09', marketplaceIds: ['amazon-us'], siteIds: [], volumeMultiplier: 3, availabilityCap: undefined },
      { id: 'cny', name: 'CNY', kind: 'holiday', start: '2027-02-05', end: '2027-02-07', marketplaceIds: [], siteIds: ['shenzhen'], availabilityCap: 0.2 },
    ],
    currencyRates: [{ currency: 'PHP', toReporting: 0.017 }, { currency: 'CNY', toReporting: 0.14 }],
    history: [
      { marketplaceId: 'amazon-us', classId: 'urgent', start: '2026-11-01T01:00:00+01:00', counts: [1, null] },
      { marketplaceId: 'amazon-us', classId: null, start: '2026-11-01T00:00:00.000Z', counts: [5, 6] },
    ],
  };
}

/**
 * The same scenario as a database might return it: every unordered list reversed and every
 * object's keys in reverse order (history counts are a time series and keep their order).
 */
function scrambled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrambled).reverse();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, inner]) => [key, key === 'counts' ? inner : scrambled(inner)]),
    );
  }
  return value;
}

describe('canonicalizeScenario', () => {
  it('sorts collections, classes, sets and time off, and fixes the key order', () => {
    const canonical = canonicalizeScenario(scenario());
    expect(canonical.marketplaces.map((m) => m.id)).toEqual(['amazon-us', 'shopify-us']);
    expect(canonical.marketplaces[0].classes.map((c) => c.id)).toEqual(['no-reply', 'standard', 'urgent']);
    expect(canonical.marketplaces[1].languages).toEqual(['en', 'es']);
    expect(canonical.sites.map((s) => s.id)).toEqual(['manila', 'shenzhen']);
    expect(canonical.shiftTemplates[2]).toEqual({ id: 'sz-8h', siteId: 'shenzhen', name: '8 h', lengthHours: 8, paidHours: 8, startTimes: ['09:00', '21:00'], days: [1, 3, 7] });
    expect(canonical.agents[1].timeOff.map((o) => o.start)).toEqual(['2026-12-01', '2026-12-21']);
    expect(canonical.currencyRates.map((r) => r.currency)).toEqual(['CNY', 'PHP']);
    expect(canonical.events.map((e) => e.id)).toEqual(['cny', 'prime']);
    expect(Object.keys(canonical)).toEqual([
      'schemaVersion', 'name', 'reportingCurrency', 'horizon', 'marketplaces', 'sites', 'shiftTemplates', 'agents', 'events', 'currencyRates', 'history',
    ]);
  });

  it('writes the pay terms of agents and the overtime of sites in type order, the allowed templates sorted', () => {
    const canonical = canonicalizeScenario(scenario());
    expect(Object.entries(canonical.agents[0]).slice(6)).toEqual([
      ['timeOff', []],
      ['payBasis', 'hourly'],
      ['hourlyRate', 50],
      ['maxDaysPerWeek', 6],
      ['shiftTemplateIds', ['sz-4h', 'sz-8h']],
    ]);
    expect(Object.entries(canonical.sites[1]).slice(-2)).toEqual([
      ['occupancy', 0.85],
      ['overtime', { multiplier: 1.5, maxHoursPerAgentPerWeek: 6 }],
    ]);
    expect(Object.keys(canonical.sites[1].overtime!)).toEqual(['multiplier', 'maxHoursPerAgentPerWeek']);
  });

  it('leaves absent pay terms and overtime absent rather than writing their defaults', () => {
    const canonical = canonicalizeScenario(scenario());
    for (const key of ['payBasis', 'hourlyRate', 'maxDaysPerWeek', 'shiftTemplateIds']) expect(key in canonical.agents[1]).toBe(false);
    expect('overtime' in canonical.sites[0]).toBe(false);
  });

  it('leaves out optional fields that are undefined', () => {
    const canonical = canonicalizeScenario(scenario());
    expect('occupancy' in canonical.sites[0]).toBe(false);
    expect(canonical.sites[1].occupancy).toBe(0.85);
    expect('availabilityCap' in canonical.events[1]).toBe(false);
    expect('reason' in canonical.agents[1].timeOff[1]).toBe(false);
    expect('waitTarget' in canonical.marketplaces[0]).toBe(false);
    const withoutHorizon = scenario();
    delete withoutHorizon.horizon;
    expect('horizon' in canonicalizeScenario(withoutHorizon)).toBe(false);
  });

  it('writes history starts as UTC instants and puts the marketplace total first', () => {
    const canonical = canonicalizeScenario(scenario());
    expect(canonical.history.map((h) => [h.classId, h.start])).toEqual([
      [null, '2026-11-01T00:00:00Z'],
      ['urgent', '2026-11-01T00:00:00Z'],
    ]);
  });

  it('is idempotent and gives the same bytes whatever the input order (export → import → export)', () => {
    const once = canonicalizeScenario(scenario());
    expect(canonicalizeScenario(once)).toEqual(once);
    const text = serializeScenario(scenario());
    expect(serializeScenario(JSON.parse(text))).toBe(text);
    expect(serializeScenario(scrambled(scenario()) as ScenarioFile)).toBe(text);
  });

  it('does not change its input', () => {
    const input = scenario();
    const copy = JSON.parse(JSON.stringify(input));
    canonicalizeScenario(input);
    expect(JSON.parse(JSON.stringify(input))).toEqual(copy);
  });
});
