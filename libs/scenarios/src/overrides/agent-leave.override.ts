import { isIsoDate, type ValidationIssue } from '@app/domain';
import type { AgentLeaveOverride, EffectiveScenario } from '../scenario-definition.types';
import { requireAgent } from './override-lookup.util';
import { throwFirstProblem } from './override-problems.util';

/** Reason of the time off when the override gives none. */
export const DEFAULT_LEAVE_REASON = 'leave';

/**
 * Business rule: agents on leave are off on the local dates start..end (one more time-off entry
 * each, next to what they already have); nothing else changes.
 */
export function applyAgentLeaveOverride(effective: EffectiveScenario, override: AgentLeaveOverride, path = ''): EffectiveScenario {
  throwFirstProblem(agentLeaveProblems(override, path));
  const scenario = effective.scenario;
  override.agentIds.forEach((id, index) => requireAgent(scenario, id, `${path}/agentIds/${index}`));
  const onLeave = new Set(override.agentIds);
  const leave = { start: override.start, end: override.end, reason: override.reason ?? DEFAULT_LEAVE_REASON };
  return {
    ...effective,
    scenario: {
      ...scenario,
      agents: scenario.agents.map((agent) => (onLeave.has(agent.id) ? { ...agent, timeOff: [...agent.timeOff, { ...leave }] } : agent)),
    },
  };
}

/** What is wrong with the override's own values, whatever the setup: nobody named, dates not dates or out of order. */
export function agentLeaveProblems(override: AgentLeaveOverride, path = ''): ValidationIssue[] {
  const problems: ValidationIssue[] = [];
  if (override.agentIds.length === 0) problems.push({ path: `${path}/agentIds`, message: 'name at least one agent in agentIds' });
  for (const [field, day] of [['start', 'first'], ['end', 'last']] as const) {
    if (!isIsoDate(override[field])) problems.push({ path: `${path}/${field}`, message: `the leave's ${day} day must be a date YYYY-MM-DD, not ${JSON.stringify(override[field])}` });
  }
  if (isIsoDate(override.start) && isIsoDate(override.end) && override.end < override.start) {
    problems.push({ path: `${path}/end`, message: `the leave ends on ${override.end}, before it starts on ${override.start}` });
  }
  return problems;
}
