import { applyScenarioDefinition, baseEffectiveScenario } from '../apply-definition';
import { deepFreeze, tinyTeamScenario } from '../__fixtures__/tiny-scenario.fixture';
import { ScenarioErrorCode } from '../scenario-error';
import { applyAgentLeaveOverride } from './agent-leave.override';

describe('agent-leave override', () => {
  const scenario = deepFreeze(tinyTeamScenario());
  const base = baseEffectiveScenario(scenario);

  it('adds the leave after the time off each named agent already has, and changes nothing else', () => {
    const effective = applyAgentLeaveOverride(base, { kind: 'agent-leave', agentIds: ['sz-01', 'mnl-01'], start: '2025-03-06', end: '2025-03-08' });
    const [sz01, sz02, sz10, mnl01] = effective.scenario.agents;
    expect(sz01.timeOff).toEqual([
      { start: '2025-03-04', end: '2025-03-04', reason: 'dentist' },
      { start: '2025-03-06', end: '2025-03-08', reason: 'leave' },
    ]);
    expect(mnl01).toEqual({ ...scenario.agents[3], timeOff: [{ start: '2025-03-06', end: '2025-03-08', reason: 'leave' }] });
    expect([sz02, sz10]).toEqual([scenario.agents[1], scenario.agents[2]]);
    expect(sz02).toBe(scenario.agents[1]);
    expect({ ...effective.scenario, agents: scenario.agents }).toEqual(scenario);
    expect({ ...effective, scenario: base.scenario }).toEqual(base);
  });

  it('keeps the reason given, and applies to agents hired by an earlier override', () => {
    const effective = applyScenarioDefinition(scenario, {
      id: 'hire-then-leave',
      name: 'Hire, then a week of training',
      overrides: [
        { kind: 'hire-agents', siteId: 'manila', count: 1, from: '2025-03-03' },
        { kind: 'agent-leave', agentIds: ['hire-manila-1'], start: '2025-03-03', end: '2025-03-09', reason: 'induction training' },
      ],
    });
    expect(effective.scenario.agents[4].timeOff).toEqual([
      { start: '1970-01-01', end: '2025-03-02', reason: 'not yet hired' },
      { start: '2025-03-03', end: '2025-03-09', reason: 'induction training' },
    ]);
  });

  it('names an unknown agent by its place in the list, and dates out of order', () => {
    expect(() => applyAgentLeaveOverride(base, { kind: 'agent-leave', agentIds: ['sz-01', 'sz-3'], start: '2025-03-06', end: '2025-03-06' }, '/overrides/1')).toThrow(
      expect.objectContaining({ code: ScenarioErrorCode.UnknownAgent, path: '/overrides/1/agentIds/1', message: '/overrides/1/agentIds/1: unknown agent "sz-3" (known: sz-01, sz-02, sz-10, mnl-01)' }),
    );
    expect(() => applyAgentLeaveOverride(base, { kind: 'agent-leave', agentIds: ['sz-01'], start: '2025-03-08', end: '2025-03-06' }, '/overrides/1')).toThrow(
      expect.objectContaining({ code: ScenarioErrorCode.InvalidDefinition, path: '/overrides/1/end', message: '/overrides/1/end: the leave ends on 2025-03-06, before it starts on 2025-03-08' }),
    );
    expect(() => applyAgentLeaveOverride(base, { kind: 'agent-leave', agentIds: [], start: '2025-03-06', end: '2025-03-06' })).toThrow(expect.objectContaining({ path: '/agentIds' }));
    expect(() => applyAgentLeaveOverride(baseEffectiveScenario({ ...scenario, agents: [] }), { kind: 'agent-leave', agentIds: ['sz-01'], start: '2025-03-06', end: '2025-03-06' })).toThrow(
      expect.objectContaining({ message: '/agentIds/0: unknown agent "sz-01" (the setup has no agents)' }),
    );
  });
});
