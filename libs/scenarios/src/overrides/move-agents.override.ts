import type { Agent, ScenarioFile, Site, ValidationIssue } from '@app/domain';
import { ScenarioError, ScenarioErrorCode } from '../scenario-error';
import type { EffectiveScenario, MoveAgentsOverride } from '../scenario-definition.types';
import { agentCountProblems } from './agent-count.util';
import { requireAgent, requireSite, requireSiteTemplates } from './override-lookup.util';
import { throwFirstProblem } from './override-problems.util';

/**
 * Business rule: agents moved to other shifts work only the templates named from now on; agents
 * moved to another site count at that site (its maxHeadcount rises by as many, the old site's
 * falls, its minHeadcount with it when needed).
 *
 * - Who moves: `agentIds` (all at `fromSiteId`), or else the first `count` agents of the site by
 *   id, compared as plain strings ("sz-02" before "sz-10", but "sz-10" before "sz-2").
 * - Moving site: their `shiftTemplateIds` become the override's (templates of the new site), or
 *   are dropped (every template of the new site); their `hourlyRate`, in the old site's
 *   currency, is dropped (they are paid the new site's hourly cost). Languages, contract and
 *   time off go with them.
 */
export function applyMoveAgentsOverride(effective: EffectiveScenario, override: MoveAgentsOverride, path = ''): EffectiveScenario {
  throwFirstProblem(moveAgentsProblems(override, path));
  const scenario = effective.scenario;
  const from = requireSite(scenario, override.fromSiteId, `${path}/fromSiteId`);
  const to = override.toSiteId === undefined ? from : requireSite(scenario, override.toSiteId, `${path}/toSiteId`);
  if (override.shiftTemplateIds) requireSiteTemplates(scenario, to.id, override.shiftTemplateIds, `${path}/shiftTemplateIds`);
  const moving = new Set(agentsToMove(scenario, from, override, path).map((agent) => agent.id));
  const agents = scenario.agents.map((agent) => (moving.has(agent.id) ? moved(agent, to, override.shiftTemplateIds) : agent));
  const sites = to.id === from.id ? scenario.sites : scenario.sites.map((site) => withHeadcountChange(site, site.id === from.id ? -moving.size : site.id === to.id ? moving.size : 0));
  return { ...effective, scenario: { ...scenario, sites, agents } };
}

/** What is wrong with the override's own values, whatever the setup: who moves, and where to. */
export function moveAgentsProblems(override: MoveAgentsOverride, path = ''): ValidationIssue[] {
  const problems: ValidationIssue[] = [];
  if (override.count !== undefined && override.agentIds !== undefined) {
    problems.push({ path: `${path}/agentIds`, message: 'a move names either "agentIds" or "count", not both' });
  } else if (override.count !== undefined) {
    problems.push(...agentCountProblems(override.count, `${path}/count`));
  } else if (override.agentIds === undefined) {
    problems.push({ path, message: 'a move must say who moves: "agentIds", or "count" for the first agents of the site by id' });
  } else if (override.agentIds.length === 0) {
    problems.push({ path: `${path}/agentIds`, message: 'name at least one agent in agentIds' });
  }
  if (override.toSiteId === undefined && override.shiftTemplateIds === undefined) {
    problems.push({ path, message: 'a move must change something: "toSiteId" (another site) and/or "shiftTemplateIds" (other shifts)' });
  }
  if (override.toSiteId !== undefined && override.toSiteId === override.fromSiteId) {
    problems.push({ path: `${path}/toSiteId`, message: `the destination "${override.fromSiteId}" is where they are already; to change their shifts only, leave toSiteId out` });
  }
  return problems;
}

function agentsToMove(scenario: ScenarioFile, from: Site, override: MoveAgentsOverride, path: string): Agent[] {
  if (override.agentIds) {
    return override.agentIds.map((id, index) => {
      const agent = requireAgent(scenario, id, `${path}/agentIds/${index}`);
      if (agent.siteId !== from.id) {
        throw new ScenarioError(ScenarioErrorCode.UnknownAgent, `agent "${id}" is at site "${agent.siteId}", not at "${from.id}" where the move starts`, `${path}/agentIds/${index}`);
      }
      return agent;
    });
  }
  const count = override.count ?? 0;
  const atSite = scenario.agents.filter((agent) => agent.siteId === from.id).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (count > atSite.length) {
    throw new ScenarioError(ScenarioErrorCode.NotEnoughAgents, `site "${from.id}" has ${atSite.length} agent${atSite.length === 1 ? '' : 's'}, so ${count} cannot move`, `${path}/count`);
  }
  return atSite.slice(0, count);
}

function moved(agent: Agent, to: Site, shiftTemplateIds: string[] | undefined): Agent {
  if (agent.siteId === to.id) return { ...agent, shiftTemplateIds: [...(shiftTemplateIds ?? [])] };
  const { hourlyRate: _rate, shiftTemplateIds: _templates, ...rest } = agent;
  return { ...rest, siteId: to.id, ...(shiftTemplateIds ? { shiftTemplateIds: [...shiftTemplateIds] } : {}) };
}

function withHeadcountChange(site: Site, change: number): Site {
  if (change === 0) return site;
  const maxHeadcount = Math.max(0, site.maxHeadcount + change);
  return { ...site, maxHeadcount, minHeadcount: Math.min(site.minHeadcount, maxHeadcount) };
}
