import type { ScenarioFile } from '@app/domain';

/**
 * The setup a rota is built on: the sites, shift templates, marketplaces and rates the plan was
 * solved for (so a template edited since still means what the plan meant), with today's agents
 * at those sites, their leave, and today's calendar events (holidays added since count).
 */
export function rotaScenario(current: ScenarioFile, planned: ScenarioFile | null): ScenarioFile {
  if (!planned) return current;
  const siteIds = new Set(planned.sites.map((site) => site.id));
  return { ...planned, agents: current.agents.filter((agent) => siteIds.has(agent.siteId)), events: current.events };
}
