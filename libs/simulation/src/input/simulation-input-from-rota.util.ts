import type { Agent, DispatchRun, Marketplace, PlannedWorkload, Site } from '@app/domain';
import type { SimulationInput } from '../simulation.types';
import { simulationInputFromPlan } from './simulation-input-from-plan.util';
import { staffingFromIntervals } from './staffing.util';

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
  const speaks = new Map((scenario.agents ?? []).map((agent) => [agent.id, agent.languages]));
  const intervals = assignments.map((shift) => ({
    siteId: shift.siteId,
    startUtc: shift.startUtc,
    endUtc: shift.endUtc,
    languages: shift.languages?.length ? shift.languages : (shift.agentId !== undefined ? speaks.get(shift.agentId) : undefined),
  }));
  // the plan's arrivals and rule, checked as a plan's are; only the staffing is the rota's
  return { ...simulationInputFromPlan(scenario, plan), staffing: staffingFromIntervals(plan.grid, intervals, 'rota.assignments') };
}

/** What a rota-based promise is of, in words: how many seats the rota left empty. */
export function rotaSeatsWords(seatsUnfilled: number): string {
  return seatsUnfilled === 0 ? 'every seat filled' : `${seatsUnfilled} seat${seatsUnfilled === 1 ? '' : 's'} left empty, counted as nobody`;
}
