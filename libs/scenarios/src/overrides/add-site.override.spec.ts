import type { AddSiteOverride } from '../scenario-definition.types';
import { baseEffectiveScenario } from '../apply-definition';
import { deepFreeze, tinyScenario } from '../__fixtures__/tiny-scenario.fixture';
import { ScenarioErrorCode } from '../scenario-error';
import { applyAddSiteOverride } from './add-site.override';

function remoteTeam(): AddSiteOverride {
  return {
    kind: 'add-site',
    site: {
      id: 'mexico-remote',
      name: 'Mexico City remote team',
      timeZone: 'America/Mexico_City',
      currency: 'MXN',
      hourlyCost: 120,
      premiums: { night: 1.25, weekend: 1.25, statutoryHoliday: 2 },
      nightHours: { start: '22:00', end: '06:00' },
      holidayCountry: 'MX',
      languages: ['en'],
      minHeadcount: 0,
      maxHeadcount: 6,
      shrinkage: 0.15,
    },
    shiftTemplates: [{ id: 'mx-day', siteId: 'mexico-remote', name: 'Day', lengthHours: 8, paidHours: 8, startTimes: ['08:00'], days: [1, 2, 3, 4, 5] }],
    currencyRate: { currency: 'MXN', toReporting: 0.05 },
  };
}

describe('add-site override', () => {
  const scenario = deepFreeze(tinyScenario());
  const base = baseEffectiveScenario(scenario);

  it('adds the site, its templates and its currency rate, and keeps everything else', () => {
    const override = remoteTeam();
    const effective = applyAddSiteOverride(base, override);
    expect(effective.scenario.sites).toEqual([...scenario.sites, override.site]);
    expect(effective.scenario.shiftTemplates).toEqual([...scenario.shiftTemplates, ...override.shiftTemplates]);
    expect(effective.scenario.currencyRates).toEqual([...scenario.currencyRates, { currency: 'MXN', toReporting: 0.05 }]);
    expect({ ...effective.scenario, sites: scenario.sites, shiftTemplates: scenario.shiftTemplates, currencyRates: scenario.currencyRates }).toEqual(scenario);
  });

  it('asks for a rate when the new currency is unknown', () => {
    const { currencyRate: _rate, ...override } = remoteTeam();
    expect(() => applyAddSiteOverride(base, override, '/overrides/3')).toThrow(
      expect.objectContaining({ code: ScenarioErrorCode.MissingCurrencyRate, path: '/overrides/3/currencyRate', message: expect.stringContaining('MXN') }),
    );
  });

  it('rejects a duplicate site and a template of another site', () => {
    const duplicate = remoteTeam();
    duplicate.site = { ...duplicate.site, id: 'manila' };
    duplicate.shiftTemplates = [];
    expect(() => applyAddSiteOverride(base, duplicate)).toThrow(expect.objectContaining({ code: ScenarioErrorCode.DuplicateId, path: '/site/id' }));
    const foreign = remoteTeam();
    foreign.shiftTemplates = [{ ...foreign.shiftTemplates[0], siteId: 'manila' }];
    expect(() => applyAddSiteOverride(base, foreign)).toThrow(expect.objectContaining({ path: '/shiftTemplates/0/siteId' }));
  });
});
