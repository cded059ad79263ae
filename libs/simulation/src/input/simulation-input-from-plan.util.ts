import type { Marketplace, PlannedWorkload, Site } from '@app/domain';
import { SimulationError } from '../simulation-error';
import type { SimulationInput } from '../simulation.types';
import { staffingFromShifts } from './staffing.util';
import { validatePlannedWorkload } from './validate-simulation-input.util';

/** The planner's output, checked against the scenario, as a simulation input: its shifts on duty, its expected arrivals. */
export function simulationInputFromPlan(scenario: { marketplaces: Marketplace[]; sites: Site[] }, plan: PlannedWorkload): SimulationInput {
  const issues = validatePlannedWorkload(plan, scenario.marketplaces, scenario.sites);
  if (issues.length) throw new SimulationError(issues);
  return {
    marketplaces: scenario.marketplaces,
    sites: scenario.sites,
    staffing: staffingFromShifts(plan),
    arrivals: { kind: 'expected', queues: plan.arrivals, openingBacklog: plan.openingBacklog },
  };
}
