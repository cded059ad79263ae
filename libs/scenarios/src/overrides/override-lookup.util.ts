import type { Marketplace, ScenarioFile, Site } from '@app/domain';
import { ScenarioError, ScenarioErrorCode } from '../scenario-error';

/** The marketplace an override names, or a typed error saying which id is unknown. */
export function requireMarketplace(scenario: ScenarioFile, marketplaceId: string, path: string): Marketplace {
  const marketplace = scenario.marketplaces.find((candidate) => candidate.id === marketplaceId);
  if (!marketplace) {
    const known = scenario.marketplaces.map((candidate) => candidate.id).join(', ');
    throw new ScenarioError(ScenarioErrorCode.UnknownMarketplace, `unknown marketplace "${marketplaceId}" (known: ${known})`, path);
  }
  return marketplace;
}

/** The site an override names, or a typed error saying which id is unknown. */
export function requireSite(scenario: ScenarioFile, siteId: string, path: string): Site {
  const site = scenario.sites.find((candidate) => candidate.id === siteId);
  if (!site) {
    const known = scenario.sites.map((candidate) => candidate.id).join(', ');
    throw new ScenarioError(ScenarioErrorCode.UnknownSite, `unknown site "${siteId}" (known: ${known})`, path);
  }
  return site;
}
