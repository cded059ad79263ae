import type { Vendor } from '../scenario-definition.types';
import { baseEffectiveScenario } from '../apply-definition';
import { deepFreeze, tinyScenario } from '../__fixtures__/tiny-scenario.fixture';
import { ScenarioErrorCode } from '../scenario-error';
import { applyVendorOverride } from './vendor.override';
import { applyAutoReplyOverride } from './auto-reply.override';

const vendor: Vendor = {
  id: 'nightowl',
  name: 'NightOwl BPO',
  timeZone: 'Europe/Sofia',
  country: 'BG',
  serviceHours: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '22:00', end: '06:00' }],
  languages: ['en'],
  currency: 'EUR',
  pricePerMessage: 0.9,
  capacityPerHour: 60,
};

describe('vendor override', () => {
  const scenario = deepFreeze(tinyScenario());
  const base = baseEffectiveScenario(scenario);

  it('adds the vendor and its currency rate, nothing else', () => {
    const effective = applyVendorOverride(base, { kind: 'vendor', vendor, currencyRate: { currency: 'EUR', toReporting: 1.1 } });
    expect(effective).toEqual({
      ...base,
      scenario: { ...scenario, currencyRates: [...scenario.currencyRates, { currency: 'EUR', toReporting: 1.1 }] },
      vendors: [vendor],
    });
  });

  it('rejects an id already used by a site, and an unknown marketplace', () => {
    expect(() => applyVendorOverride(base, { kind: 'vendor', vendor: { ...vendor, id: 'manila', currency: 'USD' } })).toThrow(expect.objectContaining({ code: ScenarioErrorCode.DuplicateId }));
    expect(() => applyVendorOverride(base, { kind: 'vendor', vendor: { ...vendor, currency: 'USD', marketplaceIds: ['walmart-us'] } })).toThrow(
      expect.objectContaining({ code: ScenarioErrorCode.UnknownMarketplace, path: '/vendor/marketplaceIds/0' }),
    );
  });
});

describe('auto-reply override', () => {
  const scenario = deepFreeze(tinyScenario());
  const base = baseEffectiveScenario(scenario);

  it('records the windows and leaves the setup alone', () => {
    const override = { kind: 'auto-reply' as const, marketplaceId: 'amazon-us', windows: [{ days: [6, 7] as (6 | 7)[], start: '00:00', end: '08:00' }] };
    expect(applyAutoReplyOverride(base, override)).toEqual({ ...base, autoReply: [override] });
    expect(() => applyAutoReplyOverride(base, { ...override, marketplaceId: 'amazon-jp' })).toThrow(expect.objectContaining({ code: ScenarioErrorCode.UnknownMarketplace }));
  });
});
