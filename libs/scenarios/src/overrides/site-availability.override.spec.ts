import { baseEffectiveScenario } from '../apply-definition';
import { deepFreeze, tinyScenario } from '../__fixtures__/tiny-scenario.fixture';
import { ScenarioErrorCode } from '../scenario-error';
import { applySiteAvailabilityOverride } from './site-availability.override';

describe('site availability override', () => {
  const scenario = deepFreeze(tinyScenario());

  it('becomes one holiday event capping the site, and nothing else changes', () => {
    const base = baseEffectiveScenario(scenario);
    const effective = applySiteAvailabilityOverride(base, { kind: 'site-availability', name: 'Chinese New Year', siteId: 'shenzhen', start: '2025-03-05', end: '2025-03-07', availabilityCap: 0.2 });
    expect(effective.scenario.events).toEqual([
      { id: 'availability-shenzhen-2025-03-05', name: 'Chinese New Year', kind: 'holiday', start: '2025-03-05', end: '2025-03-07', marketplaceIds: [], siteIds: ['shenzhen'], availabilityCap: 0.2 },
    ]);
    expect({ ...effective, scenario: { ...effective.scenario, events: [] } }).toEqual(base);
  });

  it('a closure is a cap of 0 and event ids stay unique', () => {
    let effective = baseEffectiveScenario(scenario);
    for (let i = 0; i < 2; i++) {
      effective = applySiteAvailabilityOverride(effective, { kind: 'site-availability', siteId: 'manila', start: '2025-03-05', end: '2025-03-05', availabilityCap: 0 });
    }
    expect(effective.scenario.events.map((event) => [event.id, event.name, event.availabilityCap])).toEqual([
      ['availability-manila-2025-03-05', 'manila closed', 0],
      ['availability-manila-2025-03-05-2', 'manila closed', 0],
    ]);
  });

  it('rejects an unknown site', () => {
    expect(() => applySiteAvailabilityOverride(baseEffectiveScenario(scenario), { kind: 'site-availability', siteId: 'tokyo', start: '2025-03-05', end: '2025-03-05', availabilityCap: 0 })).toThrow(
      expect.objectContaining({ code: ScenarioErrorCode.UnknownSite }),
    );
  });
});
