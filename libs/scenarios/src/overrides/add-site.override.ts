import { ScenarioError, ScenarioErrorCode } from '../scenario-error';
import type { AddSiteOverride, EffectiveScenario } from '../scenario-definition.types';
import { ensureCurrencyRate } from './currency-rate.util';

/** Business rule: a new team (e.g. remote, in another time zone) joins with its own shift templates, languages and pay. */
export function applyAddSiteOverride(effective: EffectiveScenario, override: AddSiteOverride, path = ''): EffectiveScenario {
  const scenario = effective.scenario;
  const { site } = override;
  if (scenario.sites.some((existing) => existing.id === site.id)) {
    throw new ScenarioError(ScenarioErrorCode.DuplicateId, `a site "${site.id}" already exists`, `${path}/site/id`);
  }
  const templateIds = new Set(scenario.shiftTemplates.map((template) => template.id));
  override.shiftTemplates.forEach((template, index) => {
    const at = `${path}/shiftTemplates/${index}`;
    if (template.siteId !== site.id) {
      throw new ScenarioError(ScenarioErrorCode.UnknownSite, `siteId "${template.siteId}" should be the new site "${site.id}"`, `${at}/siteId`);
    }
    if (templateIds.has(template.id)) throw new ScenarioError(ScenarioErrorCode.DuplicateId, `a shift template "${template.id}" already exists`, `${at}/id`);
    templateIds.add(template.id);
  });
  const agentIds = new Set(scenario.agents.map((agent) => agent.id));
  (override.agents ?? []).forEach((agent, index) => {
    const at = `${path}/agents/${index}`;
    if (agent.siteId !== site.id) throw new ScenarioError(ScenarioErrorCode.UnknownSite, `siteId "${agent.siteId}" should be the new site "${site.id}"`, `${at}/siteId`);
    if (agentIds.has(agent.id)) throw new ScenarioError(ScenarioErrorCode.DuplicateId, `an agent "${agent.id}" already exists`, `${at}/id`);
    agentIds.add(agent.id);
  });
  const currencyRates = ensureCurrencyRate(scenario, site.currency, override.currencyRate, `${path}/currencyRate`);
  return {
    ...effective,
    scenario: {
      ...scenario,
      sites: [...scenario.sites, site],
      shiftTemplates: [...scenario.shiftTemplates, ...override.shiftTemplates],
      agents: [...scenario.agents, ...(override.agents ?? [])],
      currencyRates,
    },
  };
}
