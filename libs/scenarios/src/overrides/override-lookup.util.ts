import type { Agent, Marketplace, ScenarioFile, Site } from '@app/domain';
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

/** The agent an override names, or a typed error saying which id is unknown. */
export function requireAgent(scenario: ScenarioFile, agentId: string, path: string): Agent {
  const agent = scenario.agents.find((candidate) => candidate.id === agentId);
  if (!agent) {
    const known = scenario.agents.length ? `known: ${listed(scenario.agents.map((candidate) => candidate.id))}` : 'the setup has no agents';
    throw new ScenarioError(ScenarioErrorCode.UnknownAgent, `unknown agent "${agentId}" (${known})`, path);
  }
  return agent;
}

/** Checks that every template id is a shift template of `siteId` (`path` is the list; items are named by index). */
export function requireSiteTemplates(scenario: ScenarioFile, siteId: string, templateIds: readonly string[], path: string): void {
  const ofSite = scenario.shiftTemplates.filter((template) => template.siteId === siteId).map((template) => template.id);
  templateIds.forEach((id, index) => {
    if (ofSite.includes(id)) return;
    const other = scenario.shiftTemplates.find((template) => template.id === id);
    const known = ofSite.length ? `its templates: ${listed(ofSite)}` : 'it has no templates';
    const what = other ? `shift template "${id}" belongs to site "${other.siteId}", not "${siteId}"` : `unknown shift template "${id}" at site "${siteId}"`;
    throw new ScenarioError(ScenarioErrorCode.UnknownShiftTemplate, `${what} (${known})`, `${path}/${index}`);
  });
}

/** Ids for a message, the first ten and a count of the rest (a site may have hundreds of agents). */
function listed(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).join(', ');
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}
