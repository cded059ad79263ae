import { baseEffectiveScenario } from '../apply-definition';
import { deepFreeze, tinyTeamScenario } from '../__fixtures__/tiny-scenario.fixture';
import { ScenarioErrorCode } from '../scenario-error';
import type { HireAgentsOverride } from '../scenario-definition.types';
import { applyHireAgentsOverride } from './hire-agents.override';

const notYetHired = (dayBefore: string) => [{ start: '1970-01-01', end: dayBefore, reason: 'not yet hired' }];

describe('hire-agents override', () => {
  const scenario = deepFreeze(tinyTeamScenario());
  const base = baseEffectiveScenario(scenario);
  const hire = (override: Omit<HireAgentsOverride, 'kind'>, path?: string) => applyHireAgentsOverride(base, { kind: 'hire-agents', ...override }, path);

  it('adds 3 agents like sz-02 from 5 March: its terms, not its time off, off before the first day, and 3 more headcount', () => {
    const effective = hire({ siteId: 'shenzhen', count: 3, likeAgentId: 'sz-02', from: '2025-03-05' });
    const terms = { siteId: 'shenzhen', languages: ['en'], contractHoursPerWeek: 20, maxConsecutiveDays: 5, payBasis: 'hourly', hourlyRate: 45, maxDaysPerWeek: 4, shiftTemplateIds: ['sz-day'] };
    expect(effective.scenario.agents.slice(4)).toStrictEqual([
      { ...terms, id: 'hire-shenzhen-1', name: 'Shenzhen hire 1', timeOff: notYetHired('2025-03-04') },
      { ...terms, id: 'hire-shenzhen-2', name: 'Shenzhen hire 2', timeOff: notYetHired('2025-03-04') },
      { ...terms, id: 'hire-shenzhen-3', name: 'Shenzhen hire 3', timeOff: notYetHired('2025-03-04') },
    ]);
    effective.scenario.agents.slice(0, 4).forEach((agent, index) => expect(agent).toBe(scenario.agents[index]));
    expect(effective.scenario.sites.map((site) => site.maxHeadcount)).toEqual([33, 20]);
    expect(effective.scenario.sites[1]).toBe(scenario.sites[1]);
    expect({ ...effective.scenario, agents: scenario.agents, sites: scenario.sites }).toEqual(scenario);
  });

  it('fields given replace the copied ones; a second hire at the site continues the numbering', () => {
    const first = hire({ siteId: 'shenzhen', count: 1, likeAgentId: 'sz-02', from: '2025-03-03' });
    const second = applyHireAgentsOverride(first, {
      kind: 'hire-agents', siteId: 'shenzhen', count: 2, likeAgentId: 'sz-02', from: '2025-03-10', namePrefix: 'German speaker',
      languages: ['de', 'en'], contractHoursPerWeek: 40, payBasis: 'salaried', hourlyRate: 50, shiftTemplateIds: ['sz-night', 'sz-day'],
    });
    const terms = { siteId: 'shenzhen', languages: ['de', 'en'], contractHoursPerWeek: 40, maxConsecutiveDays: 5, payBasis: 'salaried', hourlyRate: 50, maxDaysPerWeek: 4, shiftTemplateIds: ['sz-night', 'sz-day'] };
    expect(second.scenario.agents.slice(5)).toStrictEqual([
      { ...terms, id: 'hire-shenzhen-2', name: 'German speaker 2', timeOff: notYetHired('2025-03-09') },
      { ...terms, id: 'hire-shenzhen-3', name: 'German speaker 3', timeOff: notYetHired('2025-03-09') },
    ]);
    expect(second.scenario.sites[0].maxHeadcount).toBe(33);
  });

  it('skips ids already taken', () => {
    const taken = baseEffectiveScenario(deepFreeze({ ...tinyTeamScenario(), agents: [{ ...tinyTeamScenario().agents[3], id: 'hire-manila-1' }] }));
    const effective = applyHireAgentsOverride(taken, { kind: 'hire-agents', siteId: 'manila', count: 2, from: '2025-03-03' });
    expect(effective.scenario.agents.map((agent) => agent.id)).toEqual(['hire-manila-1', 'hire-manila-2', 'hire-manila-3']);
  });

  it('without a template agent: the site’s languages, 40 hours, 6 days in a row, pay-policy defaults', () => {
    const effective = hire({ siteId: 'shenzhen', count: 1, from: '2025-03-03' });
    expect(effective.scenario.agents[4]).toStrictEqual({
      id: 'hire-shenzhen-1', name: 'Shenzhen hire 1', siteId: 'shenzhen', languages: ['en', 'de'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: notYetHired('2025-03-02'),
    });
  });

  it('a template agent at another site lends its terms but not its rate (other currency) or templates (other site)', () => {
    const effective = hire({ siteId: 'manila', count: 1, likeAgentId: 'sz-02', from: '2025-03-03' });
    expect(effective.scenario.agents[4]).toStrictEqual({
      id: 'hire-manila-1', name: 'Manila hire 1', siteId: 'manila', languages: ['en'], contractHoursPerWeek: 20, maxConsecutiveDays: 5, payBasis: 'hourly', maxDaysPerWeek: 4, timeOff: notYetHired('2025-03-02'),
    });
    expect(effective.scenario.sites.map((site) => site.maxHeadcount)).toEqual([30, 21]);
  });

  it('names an unknown site, agent or template, and a template of another site, by path', () => {
    expect(() => hire({ siteId: 'tokyo', count: 1, from: '2025-03-03' }, '/overrides/2')).toThrow(
      expect.objectContaining({ code: ScenarioErrorCode.UnknownSite, path: '/overrides/2/siteId', message: expect.stringContaining('known: shenzhen, manila') }),
    );
    expect(() => hire({ siteId: 'shenzhen', count: 1, likeAgentId: 'sz-99', from: '2025-03-03' }, '/overrides/2')).toThrow(
      expect.objectContaining({ code: ScenarioErrorCode.UnknownAgent, path: '/overrides/2/likeAgentId', message: '/overrides/2/likeAgentId: unknown agent "sz-99" (known: sz-01, sz-02, sz-10, mnl-01)' }),
    );
    expect(() => hire({ siteId: 'shenzhen', count: 1, shiftTemplateIds: ['sz-day', 'mnl-night'], from: '2025-03-03' })).toThrow(
      expect.objectContaining({
        code: ScenarioErrorCode.UnknownShiftTemplate,
        path: '/shiftTemplateIds/1',
        message: '/shiftTemplateIds/1: shift template "mnl-night" belongs to site "manila", not "shenzhen" (its templates: sz-day, sz-night)',
      }),
    );
    expect(() => hire({ siteId: 'shenzhen', count: 1, shiftTemplateIds: ['sz-evening'], from: '2025-03-03' })).toThrow(
      expect.objectContaining({ path: '/shiftTemplateIds/0', message: expect.stringContaining('unknown shift template "sz-evening" at site "shenzhen"') }),
    );
  });

  it('refuses a count that is not a positive whole number, and a from that is not a date', () => {
    for (const count of [0, -2, 2.5]) {
      expect(() => hire({ siteId: 'shenzhen', count, from: '2025-03-03' }, '/overrides/0')).toThrow(
        expect.objectContaining({ code: ScenarioErrorCode.InvalidDefinition, path: '/overrides/0/count', message: `/overrides/0/count: the count must be a whole number of agents from 1 to 1000, not ${count}` }),
      );
    }
    expect(() => hire({ siteId: 'shenzhen', count: 1, from: '2025-02-30' })).toThrow(expect.objectContaining({ path: '/from', message: expect.stringContaining('a date YYYY-MM-DD') }));
  });
});
