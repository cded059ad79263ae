import type { DispatchRun, Marketplace, PlannedWorkload, Site } from '@app/domain';
import { SimulationError } from '../simulation-error';
import type { SimulationInput } from '../simulation.types';
import { staffingFromShifts } from './staffing.util';
import { validatePlannedWorkload } from './validate-simulation-input.util';

/**
 * The planner's output, checked against the scenario, as a simulation input: its shifts on duty,
 * its expected arrivals and, when the plan publishes one, its dispatch rule (which the simulation
 * then follows by default, so its band is of the same way of working as the plan's figures).
 */
export function simulationInputFromPlan(scenario: { marketplaces: Marketplace[]; sites: Site[] }, plan: PlannedWorkload & { dispatch?: DispatchRun[] }): SimulationInput {
  const issues = validatePlannedWorkload(plan, scenario.marketplaces, scenario.sites);
  if (issues.length) throw new SimulationError(issues);
  return {
    marketplaces: scenario.marketplaces,
    sites: scenario.sites,
    staffing: staffingFromShifts(plan),
    arrivals: { kind: 'expected', queues: plan.arrivals, openingBacklog: plan.openingBacklog },
    ...(plan.dispatch?.length ? { dispatch: plan.dispatch } : {}),
  };
}
