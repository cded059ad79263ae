import type { Agent, DispatchRun, Marketplace, PlannedWorkload, Site } from '@app/domain';
import { SimulationError } from '../simulation-error';
import type { SimulationInput } from '../simulation.types';
import { staffingFromIntervals } from './staffing.util';
import { validatePlannedWorkload } from './validate-simulation-input.util';

/** One named agent's shift as the rota placed it (a rota assignment). */
export interface RosteredShift {
  /** The named agent: they answer the languages they speak. */
  agentId?: string;
  siteId: string;
  startUtc: string;
  endUtc: string;
  /** Languages the shift was planned for (empty: the agent's, else the site's). */
  languages?: string[];
}

/**
 * A rota as a simulation input: the named agents it placed, one each (a seat the rota left empty
 * is nobody), against the arrivals of the plan it was built from, working by that plan's dispatch
 * rule; each agent answers the languages the shift was planned for, else the ones they speak.
 * What the floor delivers with the team as rostered, not as planned.
 */
export function simulationInputFromRota(
  scenario: { marketplaces: Marketplace[]; sites: Site[]; agents?: Agent[] },
  plan: PlannedWorkload & { dispatch?: DispatchRun[] },
  assignments: readonly RosteredShift[],
): SimulationInput {
  const issues = validatePlannedWorkload(plan, scenario.marketplaces, scenario.sites);
  if (issues.length) throw new SimulationError(issues);
  const speaks = new Map((scenario.agents ?? []).map((agent) => [agent.id, agent.languages]));
  const intervals = assignments.map((shift) => ({
    siteId: shift.siteId,
    startUtc: shift.startUtc,
    endUtc: shift.endUtc,
    languages: shift.languages?.length ? shift.languages : (shift.agentId !== undefined ? speaks.get(shift.agentId) : undefined),
  }));
  return {
    marketplaces: scenario.marketplaces,
    sites: scenario.sites,
    staffing: staffingFromIntervals(plan.grid, intervals, 'rota.assignments'),
    arrivals: { kind: 'expected', queues: plan.arrivals, openingBacklog: plan.openingBacklog },
    ...(plan.dispatch?.length ? { dispatch: plan.dispatch } : {}),
  };
}
