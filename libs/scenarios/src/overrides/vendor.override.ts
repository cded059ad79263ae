import { ScenarioError, ScenarioErrorCode } from '../scenario-error';
import type { EffectiveScenario, VendorOverride } from '../scenario-definition.types';
import { ensureCurrencyRate } from './currency-rate.util';
import { requireMarketplace } from './override-lookup.util';

/** Business rule: an outsourcing vendor becomes capacity the planner may buy per message, in its hours and languages, up to its hourly capacity. */
export function applyVendorOverride(effective: EffectiveScenario, override: VendorOverride, path = ''): EffectiveScenario {
  const { vendor } = override;
  const taken = new Set([...effective.vendors.map((existing) => existing.id), ...effective.scenario.sites.map((site) => site.id)]);
  if (taken.has(vendor.id)) throw new ScenarioError(ScenarioErrorCode.DuplicateId, `a site or vendor "${vendor.id}" already exists`, `${path}/vendor/id`);
  (vendor.marketplaceIds ?? []).forEach((id, index) => requireMarketplace(effective.scenario, id, `${path}/vendor/marketplaceIds/${index}`));
  const currencyRates = ensureCurrencyRate(effective.scenario, vendor.currency, override.currencyRate, `${path}/currencyRate`);
  return { ...effective, scenario: { ...effective.scenario, currencyRates }, vendors: [...effective.vendors, vendor] };
}
