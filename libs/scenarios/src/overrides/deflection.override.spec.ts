import { baseEffectiveScenario } from '../apply-definition';
import { deepFreeze, flatArrivals, TINY_GRID, tinyScenario } from '../__fixtures__/tiny-scenario.fixture';
import { ScenarioErrorCode } from '../scenario-error';
import { applyDeflectionOverride, deflectVolume } from './deflection.override';

describe('deflection override', () => {
  const scenario = deepFreeze(tinyScenario());
  const arrivals = deepFreeze(flatArrivals(scenario, TINY_GRID.hours, 10));

  it('removes 30 % of one class of one marketplace and leaves every other queue as it was', () => {
    const result = deflectVolume(arrivals, { kind: 'deflection', marketplaceId: 'amazon-us', classId: 'standard', rate: 0.3 });
    for (const [index, queue] of result.entries()) {
      if (queue.marketplaceId === 'amazon-us' && queue.classId === 'standard') queue.values.forEach((value) => expect(value).toBeCloseTo(7, 12));
      else expect(queue).toBe(arrivals[index]);
    }
  });

  it('applying it records the deflection and changes nothing in the setup', () => {
    const base = baseEffectiveScenario(scenario);
    const override = { kind: 'deflection' as const, marketplaceId: 'amazon-us', classId: 'standard', rate: 0.3 };
    expect(applyDeflectionOverride(base, override)).toEqual({ ...base, deflections: [override] });
  });

  it('names an unknown class with the known ones', () => {
    expect(() => applyDeflectionOverride(baseEffectiveScenario(scenario), { kind: 'deflection', marketplaceId: 'amazon-de', classId: 'urgent', rate: 0.3 }, '/overrides/0')).toThrow(
      expect.objectContaining({ code: ScenarioErrorCode.UnknownClass, path: '/overrides/0/classId', message: expect.stringContaining('known: standard') }),
    );
  });
});
