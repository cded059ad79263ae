import type { ScenarioFile } from '@app/domain';
import type { PlanResult } from '@app/optimizer';
import { SimulationError, SimulationInput, simulationInputFromPlan } from '@app/simulation';
import { InvalidInputException } from '../common/invalid-input.exception';

/**
 * A stored plan as the simulator's input: its shifts on duty against the arrivals it was planned
 * for. A plan without shifts (infeasible, or timed out before any) has nothing to replay: 400.
 */
export function planSimulationInput(planId: string, planned: { result: PlanResult; scenario: ScenarioFile }): SimulationInput {
  const { result, scenario } = planned;
  const hasPlan = result.status === 'optimal' || result.status === 'feasible' || result.shifts.length > 0;
  if (!hasPlan) {
    throw new InvalidInputException('simulation request', [
      { path: '/planId', message: `plan "${planId}" is ${result.status} and has no shifts to replay: ${result.message}` },
    ]);
  }
  try {
    return simulationInputFromPlan(scenario, result);
  } catch (error) {
    if (!(error instanceof SimulationError)) throw error;
    throw new InvalidInputException(
      `plan "${planId}"`,
      error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
    );
  }
}
