import { baseEffectiveScenario } from '../apply-definition';
import { deepFreeze, tinyTeamScenario } from '../__fixtures__/tiny-scenario.fixture';
import { ScenarioErrorCode } from '../scenario-error';
import type { MoveAgentsOverride } from '../scenario-definition.types';
import { applyMoveAgentsOverride } from './move-agents.override';

describe('move-agents override', () => {
  const scenario = deepFreeze(tinyTeamScenario());
  const base = baseEffectiveScenario(scenario);
  const move = (override: Omit<MoveAgentsOverride, 'kind'>, path?: string) => applyMoveAgentsOverride(base, { kind: 'move-agents', ...override }, path);

  it('moves the first 2 Shenzhen agents by id to Manila: site, templates and rate change, headcount follows', () => {
    const effective = move({ fromSiteId: 'shenzhen', count: 2, toSiteId: 'manila' });
    const [sz01, sz02, sz10, mnl01] = effective.scenario.agents;
    expect(sz01).toStrictEqual({ ...scenario.agents[0], siteId: 'manila' });
    // sz-02's 45 CNY an hour and its Shenzhen day shift do not go with it
    expect(sz02).toStrictEqual({ id: 'sz-02', name: 'Li Na', siteId: 'manila', languages: ['en'], contractHoursPerWeek: 20, maxConsecutiveDays: 5, timeOff: [], payBasis: 'hourly', maxDaysPerWeek: 4 });
    expect(sz10).toBe(scenario.agents[2]);
    expect(mnl01).toBe(scenario.agents[3]);
    expect(effective.scenario.sites.map((site) => [site.id, site.minHeadcount, site.maxHeadcount])).toEqual([
      ['shenzhen', 0, 28],
      ['manila', 0, 22],
    ]);
    expect({ ...effective.scenario, agents: scenario.agents, sites: scenario.sites }).toEqual(scenario);
  });

  it('moves named agents to the night shift at their own site: headcount unchanged', () => {
    const effective = move({ fromSiteId: 'shenzhen', agentIds: ['sz-10', 'sz-02'], shiftTemplateIds: ['sz-night'] });
    expect(effective.scenario.agents.map((agent) => [agent.id, agent.siteId, agent.shiftTemplateIds, agent.hourlyRate])).toEqual([
      ['sz-01', 'shenzhen', undefined, undefined],
      ['sz-02', 'shenzhen', ['sz-night'], 45],
      ['sz-10', 'shenzhen', ['sz-night'], undefined],
      ['mnl-01', 'manila', ['mnl-night'], 260],
    ]);
    expect(effective.scenario.sites).toBe(scenario.sites);
  });

  it('moves to another site’s shift, and lowers the old site’s minimum with its maximum', () => {
    const small = baseEffectiveScenario(deepFreeze({ ...tinyTeamScenario(), sites: tinyTeamScenario().sites.map((site) => (site.id === 'manila' ? { ...site, minHeadcount: 1, maxHeadcount: 1 } : site)) }));
    const effective = applyMoveAgentsOverride(small, { kind: 'move-agents', fromSiteId: 'manila', agentIds: ['mnl-01'], toSiteId: 'shenzhen', shiftTemplateIds: ['sz-night'] });
    expect(effective.scenario.agents[3]).toStrictEqual({ id: 'mnl-01', name: 'Maria Santos', siteId: 'shenzhen', languages: ['en'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [], shiftTemplateIds: ['sz-night'] });
    expect(effective.scenario.sites.map((site) => [site.id, site.minHeadcount, site.maxHeadcount])).toEqual([
      ['shenzhen', 0, 31],
      ['manila', 0, 0],
    ]);
  });

  it('names what is wrong, by path', () => {
    const fails = (override: Omit<MoveAgentsOverride, 'kind'>, expected: { code: ScenarioErrorCode; path: string; message?: string }) =>
      expect(() => move(override, '/overrides/4')).toThrow(expect.objectContaining(expected.message ? { ...expected, message: `${expected.path}: ${expected.message}` } : expected));
    fails({ fromSiteId: 'manila', count: 2, toSiteId: 'shenzhen' }, { code: ScenarioErrorCode.NotEnoughAgents, path: '/overrides/4/count', message: 'site "manila" has 1 agent, so 2 cannot move' });
    fails({ fromSiteId: 'shenzhen', agentIds: ['sz-01', 'mnl-01'], toSiteId: 'manila' }, {
      code: ScenarioErrorCode.UnknownAgent, path: '/overrides/4/agentIds/1', message: 'agent "mnl-01" is at site "manila", not at "shenzhen" where the move starts',
    });
    fails({ fromSiteId: 'shenzhen', count: 1, toSiteId: 'manila', shiftTemplateIds: ['sz-night'] }, {
      code: ScenarioErrorCode.UnknownShiftTemplate, path: '/overrides/4/shiftTemplateIds/0', message: 'shift template "sz-night" belongs to site "shenzhen", not "manila" (its templates: mnl-night)',
    });
    fails({ fromSiteId: 'shenzhen', count: 1, toSiteId: 'cebu' }, { code: ScenarioErrorCode.UnknownSite, path: '/overrides/4/toSiteId' });
    fails({ fromSiteId: 'tokyo', count: 1, toSiteId: 'manila' }, { code: ScenarioErrorCode.UnknownSite, path: '/overrides/4/fromSiteId' });
    fails({ fromSiteId: 'shenzhen', count: 1, agentIds: ['sz-01'], toSiteId: 'manila' }, { code: ScenarioErrorCode.InvalidDefinition, path: '/overrides/4/agentIds', message: 'a move names either "agentIds" or "count", not both' });
    fails({ fromSiteId: 'shenzhen', toSiteId: 'manila' }, { code: ScenarioErrorCode.InvalidDefinition, path: '/overrides/4', message: 'a move must say who moves: "agentIds", or "count" for the first agents of the site by id' });
    fails({ fromSiteId: 'shenzhen', count: 1.5, toSiteId: 'manila' }, { code: ScenarioErrorCode.InvalidDefinition, path: '/overrides/4/count', message: 'the count must be a whole number of agents from 1 to 1000, not 1.5' });
    fails({ fromSiteId: 'shenzhen', count: 1 }, { code: ScenarioErrorCode.InvalidDefinition, path: '/overrides/4', message: 'a move must change something: "toSiteId" (another site) and/or "shiftTemplateIds" (other shifts)' });
    fails({ fromSiteId: 'shenzhen', count: 1, toSiteId: 'shenzhen' }, { code: ScenarioErrorCode.InvalidDefinition, path: '/overrides/4/toSiteId' });
  });
});
