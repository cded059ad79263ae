import { baseEffectiveScenario } from '../apply-definition';
import { deepFreeze, tinyScenario } from '../__fixtures__/tiny-scenario.fixture';
import { applyCostChangeOverride } from './cost-change.override';

describe('cost change override', () => {
  const scenario = deepFreeze(tinyScenario());
  const base = baseEffectiveScenario(scenario);

  it('a 10 % wage rise and a new weekend premium change that site’s pay only', () => {
    const effective = applyCostChangeOverride(base, { kind: 'cost-change', siteId: 'manila', wageRisePercent: 10, premiums: { weekend: 2 } });
    const [shenzhen, manila] = effective.scenario.sites;
    expect(manila).toEqual({ ...scenario.sites[1], hourlyCost: 275, premiums: { night: 1.1, weekend: 2, statutoryHoliday: 2 } });
    expect(shenzhen).toBe(scenario.sites[0]);
    expect({ ...effective, scenario: { ...effective.scenario, sites: scenario.sites } }).toEqual(base);
  });

  it('a new hourly cost and night window replace the old ones', () => {
    const effective = applyCostChangeOverride(base, { kind: 'cost-change', siteId: 'shenzhen', hourlyCost: 45, nightHours: { start: '23:00', end: '07:00' } });
    expect(effective.scenario.sites[0]).toEqual({ ...scenario.sites[0], hourlyCost: 45, nightHours: { start: '23:00', end: '07:00' } });
  });
});
