import { addDays, isIsoDate, type Agent, type Site, type TimeOff, type ValidationIssue } from '@app/domain';
import type { EffectiveScenario, HireAgentsOverride } from '../scenario-definition.types';
import { agentCountProblems } from './agent-count.util';
import { requireAgent, requireSite, requireSiteTemplates } from './override-lookup.util';
import { throwFirstProblem } from './override-problems.util';

/** Contract of a hire without a template agent: full time. */
export const HIRE_DEFAULT_CONTRACT_HOURS = 40;
/** Most working days in a row of a hire without a template agent (the demo team's rule). */
export const HIRE_DEFAULT_MAX_CONSECUTIVE_DAYS = 6;
/** Reason of the time off that keeps a new agent off the rota before the first working day. */
export const NOT_YET_HIRED = 'not yet hired';
/** Where that time off starts: before any planning horizon. */
export const BEFORE_ANY_HORIZON = '1970-01-01';

/**
 * Business rule: hiring adds named agents to a site from a date on, and raises the site's
 * maxHeadcount by as many, so the headcount the planner may use and the named team agree.
 *
 * - Ids are `hire-<siteId>-<n>`, n = 1, 2, … skipping ids already taken (a second hire at the
 *   same site continues the numbering); names are `<namePrefix> <n>`.
 * - Terms come from `likeAgentId` (every field but id, name, site and time off), then each field
 *   the override gives replaces the copied one. A template agent at another site lends
 *   everything but its `hourlyRate` (its site's currency) and `shiftTemplateIds` (its site's
 *   templates): the hire is paid the site's hourly cost and works every template of its site
 *   unless the override says otherwise. Without a template agent: the site's languages, a
 *   40-hour contract, 6 days in a row at most, and the pay-policy defaults for the rest.
 * - Before `from` (a site-local date) they are on time off "not yet hired" from 1970-01-01.
 */
export function applyHireAgentsOverride(effective: EffectiveScenario, override: HireAgentsOverride, path = ''): EffectiveScenario {
  throwFirstProblem(hireAgentsProblems(override, path));
  const scenario = effective.scenario;
  const site = requireSite(scenario, override.siteId, `${path}/siteId`);
  const like = override.likeAgentId === undefined ? undefined : requireAgent(scenario, override.likeAgentId, `${path}/likeAgentId`);
  if (override.shiftTemplateIds) requireSiteTemplates(scenario, site.id, override.shiftTemplateIds, `${path}/shiftTemplateIds`);

  const terms = hireTerms(site, like, override);
  const timeOff = notYetHired(override.from);
  const prefix = override.namePrefix ?? `${site.name} hire`;
  const taken = new Set(scenario.agents.map((agent) => agent.id));
  const hired: Agent[] = [];
  for (let n = 1; hired.length < override.count; n++) {
    const id = `hire-${site.id}-${n}`;
    if (taken.has(id)) continue;
    hired.push({ ...terms, id, name: `${prefix} ${n}`, timeOff: timeOff.map((off) => ({ ...off })) });
  }
  return {
    ...effective,
    scenario: {
      ...scenario,
      sites: scenario.sites.map((candidate) => (candidate.id === site.id ? { ...candidate, maxHeadcount: candidate.maxHeadcount + override.count } : candidate)),
      agents: [...scenario.agents, ...hired],
    },
  };
}

/** What is wrong with the override's own values, whatever the setup: the count and the date. */
export function hireAgentsProblems(override: HireAgentsOverride, path = ''): ValidationIssue[] {
  const problems = agentCountProblems(override.count, `${path}/count`);
  if (!isIsoDate(override.from)) problems.push({ path: `${path}/from`, message: `the first working day must be a date YYYY-MM-DD, not ${JSON.stringify(override.from)}` });
  return problems;
}

type AgentTerms = Omit<Agent, 'id' | 'name' | 'timeOff'>;

function hireTerms(site: Site, like: Agent | undefined, override: HireAgentsOverride): AgentTerms {
  const copied: Partial<AgentTerms> = like ? portableTerms(like, site.id) : {};
  const { languages, contractHoursPerWeek, payBasis, hourlyRate, shiftTemplateIds } = override;
  const terms = { ...copied, ...definedOnly({ languages, contractHoursPerWeek, payBasis, hourlyRate, shiftTemplateIds }) };
  return definedOnly({
    ...terms,
    siteId: site.id,
    languages: [...(terms.languages ?? site.languages)],
    contractHoursPerWeek: terms.contractHoursPerWeek ?? HIRE_DEFAULT_CONTRACT_HOURS,
    maxConsecutiveDays: terms.maxConsecutiveDays ?? HIRE_DEFAULT_MAX_CONSECUTIVE_DAYS,
    shiftTemplateIds: terms.shiftTemplateIds && [...terms.shiftTemplateIds],
  });
}

/** The template agent's terms a hire at `siteId` can take: its site's rate and templates only at its own site. */
function portableTerms(like: Agent, siteId: string): Partial<AgentTerms> {
  const { id: _id, name: _name, timeOff: _timeOff, siteId: likeSiteId, hourlyRate, shiftTemplateIds, ...portable } = like;
  return likeSiteId === siteId ? { ...portable, hourlyRate, shiftTemplateIds } : portable;
}

/** The object without its undefined-valued keys (so the scenario reads the same after a JSON round trip). */
function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function notYetHired(from: string): TimeOff[] {
  return from > BEFORE_ANY_HORIZON ? [{ start: BEFORE_ANY_HORIZON, end: addDays(from, -1), reason: NOT_YET_HIRED }] : [];
}
