import type { ScenarioFile } from '@app/domain';
import type { PlanResult } from '@app/optimizer';
import { simulate, simulationInputFromRota, type SimulationResult } from '@app/simulation';
import type { RotaEntity } from '../rotas/rota.entity';
import type { PromiseSource } from './plan-promise.dto';
import { planSimulationInput } from './plan-simulation-input.util';
import type { SimulationEntity } from './simulation.entity';

/**
 * The replay a plan's auto-reply promises are read from, and what it is of: a fluid replay of
 * the rota the team works (its named agents, empty seats as nobody, the plan's rule) once one is
 * built; before one, the plan's newest stored simulation, else a fluid replay of the plan.
 */
export function promiseReplay(
  planId: string,
  planned: { result: PlanResult; scenario: ScenarioFile },
  rota: RotaEntity | null,
  stored: SimulationEntity | null,
): { result: SimulationResult; source: PromiseSource } {
  if (rota) {
    const result = simulate(simulationInputFromRota(planned.scenario, planned.result, rota.result.assignments), { mode: 'fluid' });
    return { result, source: { kind: 'rota', rotaId: rota.id, simulationId: null, mode: result.mode, seatsUnfilled: rota.summary.seatsUnfilled } };
  }
  const result = stored?.result ?? simulate(planSimulationInput(planId, planned), { mode: 'fluid' });
  return { result, source: { kind: 'plan', rotaId: null, simulationId: stored?.id ?? null, mode: result.mode, seatsUnfilled: null } };
}
