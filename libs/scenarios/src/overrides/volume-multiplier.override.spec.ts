import { baseEffectiveScenario } from '../apply-definition';
import { deepFreeze, flatArrivals, TINY_GRID, tinyScenario } from '../__fixtures__/tiny-scenario.fixture';
import { ScenarioErrorCode } from '../scenario-error';
import { applyVolumeMultiplierOverride, multiplyVolume } from './volume-multiplier.override';

describe('volume multiplier override', () => {
  const scenario = deepFreeze(tinyScenario());
  const arrivals = deepFreeze(flatArrivals(scenario, TINY_GRID.hours));

  it('multiplies exactly the hours of the buyers’ local dates, across the US spring-forward day', () => {
    const twoWeeks = { ...TINY_GRID, hours: 336 };
    const twoWeeksArrivals = flatArrivals(scenario, twoWeeks.hours);
    const result = multiplyVolume(twoWeeksArrivals, twoWeeks, scenario.marketplaces, {
      kind: 'volume-multiplier',
      start: '2025-03-09',
      end: '2025-03-10',
      marketplaceIds: ['amazon-us'],
      multiplier: 3,
    });
    // New York midnight of Sunday 9 March is 05:00 UTC (EST, hour 149); Sunday has 23 hours
    // (clocks go forward), Monday 10 March ends at 04:00 UTC on the 11th (EDT): hours 149..195.
    const tripled = (hour: number) => hour >= 149 && hour <= 195;
    for (const queue of result.filter((q) => q.marketplaceId === 'amazon-us')) {
      queue.values.forEach((value, hour) => expect(value).toBe(tripled(hour) ? 3 : 1));
    }
    expect(result.filter((q) => q.marketplaceId === 'amazon-de')).toEqual(twoWeeksArrivals.filter((q) => q.marketplaceId === 'amazon-de'));
    expect(result.reduce((sum, q) => sum + q.values.reduce((a, b) => a + b, 0), 0)).toBe(4 * 336 + 3 * 47 * 2);
  });

  it('without a marketplace list applies to every marketplace on its own clock', () => {
    const result = multiplyVolume(arrivals, TINY_GRID, scenario.marketplaces, { kind: 'volume-multiplier', start: '2025-03-04', end: '2025-03-04', multiplier: 2 });
    const de = result.find((q) => q.marketplaceId === 'amazon-de')!;
    // Berlin 4 March (CET, UTC+1) is 23:00 UTC on the 3rd to 23:00 UTC on the 4th: hours 23..46.
    de.values.forEach((value, hour) => expect(value).toBe(hour >= 23 && hour <= 46 ? 2 : 1));
    const us = result.find((q) => q.marketplaceId === 'amazon-us')!;
    // New York 4 March (EST, UTC−5): hours 29..52.
    us.values.forEach((value, hour) => expect(value).toBe(hour >= 29 && hour <= 52 ? 2 : 1));
  });

  it('applying it records the peak and changes nothing in the setup', () => {
    const base = baseEffectiveScenario(scenario);
    const override = { kind: 'volume-multiplier' as const, start: '2025-03-09', end: '2025-03-10', marketplaceIds: ['amazon-us'], multiplier: 3 };
    const effective = applyVolumeMultiplierOverride(base, override);
    expect(effective).toEqual({ ...base, volumeMultipliers: [override] });
    expect(effective.scenario).toBe(scenario);
  });

  it('names an unknown marketplace with its path', () => {
    expect(() =>
      applyVolumeMultiplierOverride(baseEffectiveScenario(scenario), { kind: 'volume-multiplier', start: '2025-03-09', end: '2025-03-10', marketplaceIds: ['ebay-us'], multiplier: 3 }, '/overrides/1'),
    ).toThrow(expect.objectContaining({ code: ScenarioErrorCode.UnknownMarketplace, path: '/overrides/1/marketplaceIds/0' }));
  });
});
