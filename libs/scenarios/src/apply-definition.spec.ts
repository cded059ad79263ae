import { applyScenarioDefinition, effectiveArrivals } from './apply-definition';
import { deepFreeze, flatArrivals, TINY_GRID, tinyScenario } from './__fixtures__/tiny-scenario.fixture';
import type { ScenarioDefinition } from './scenario-definition.types';

describe('applying a scenario definition', () => {
  const base = deepFreeze(tinyScenario());
  const definition: ScenarioDefinition = {
    id: 'peak-and-closure',
    name: 'Prime Day with Manila closed',
    live: true,
    overrides: [
      { kind: 'volume-multiplier', start: '2025-03-04', end: '2025-03-04', marketplaceIds: ['amazon-de'], multiplier: 2 },
      { kind: 'deflection', marketplaceId: 'amazon-de', classId: 'standard', rate: 0.25 },
      { kind: 'site-availability', siteId: 'manila', start: '2025-03-04', end: '2025-03-05', availabilityCap: 0 },
      { kind: 'cost-change', siteId: 'shenzhen', wageRisePercent: 5 },
    ],
  };

  it('combines overrides in order without touching the (frozen) base', () => {
    const effective = applyScenarioDefinition(base, definition);
    expect([effective.id, effective.name, effective.live, effective.base]).toEqual(['peak-and-closure', 'Prime Day with Manila closed', true, base]);
    expect(effective.scenario.sites[0].hourlyCost).toBeCloseTo(42, 12);
    expect(effective.scenario.events).toHaveLength(1);
    const de = effectiveArrivals(effective, flatArrivals(base, TINY_GRID.hours, 4), TINY_GRID).find((q) => q.marketplaceId === 'amazon-de')!;
    // Peak then deflection: 4 × 2 × 0.75 = 6 on Berlin's 4 March (hours 23..46), 4 × 0.75 = 3 elsewhere.
    de.values.forEach((value, hour) => expect(value).toBeCloseTo(hour >= 23 && hour <= 46 ? 6 : 3, 12));
  });
});
