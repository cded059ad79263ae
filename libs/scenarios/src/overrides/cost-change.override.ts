import type { EffectiveScenario, CostChangeOverride } from '../scenario-definition.types';
import { requireSite } from './override-lookup.util';

/** Business rule: a wage rise (or a new rate) and premium changes alter what one site's hours cost, nothing else. */
export function applyCostChangeOverride(effective: EffectiveScenario, override: CostChangeOverride, path = ''): EffectiveScenario {
  requireSite(effective.scenario, override.siteId, `${path}/siteId`);
  const sites = effective.scenario.sites.map((site) => {
    if (site.id !== override.siteId) return site;
    let hourlyCost = override.hourlyCost ?? site.hourlyCost;
    if (override.wageRisePercent !== undefined) hourlyCost = site.hourlyCost * (1 + override.wageRisePercent / 100);
    return {
      ...site,
      hourlyCost,
      premiums: { ...site.premiums, ...override.premiums },
      nightHours: override.nightHours ? { ...override.nightHours } : site.nightHours,
    };
  });
  return { ...effective, scenario: { ...effective.scenario, sites } };
}
