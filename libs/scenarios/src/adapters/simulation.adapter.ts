import { simulateAsync, simulationInputFromPlan } from '@app/simulation';
import type { SimulateRequest, SimulationOutcome } from '../pipeline.types';

/**
 * The simulate step of the default pipeline: the plan replayed message by message with Poisson
 * arrivals over seeded replications (expected volumes, fluid, when only one is asked for),
 * the agents following the plan's published dispatch rule (earliest deadline first for a plan
 * without one), reported with 90 % bands: the band is of the same way of working as the plan's
 * replayed figures.
 */
export async function simulatePlan(request: SimulateRequest): Promise<SimulationOutcome> {
  const input = simulationInputFromPlan(request.scenario, request.plan);
  const result = await simulateAsync(input, {
    mode: request.replications > 1 ? 'poisson' : 'fluid',
    replications: request.replications,
    seed: request.seed,
    signal: request.signal,
    onProgress: request.onProgress ? (progress) => request.onProgress!(`replication ${progress.completed} of ${progress.total}`) : undefined,
  });
  return {
    slaAttainment: result.slaAttainment,
    marketplaces: result.marketplaces.map((marketplace) => ({
      marketplaceId: marketplace.marketplaceId,
      messages: marketplace.messages,
      slaAttainment: marketplace.slaAttainment,
      averageWaitHours: marketplace.averageWaitHours,
      p90WaitHours: marketplace.p90WaitHours,
      waitByLocalHourOfWeek: marketplace.waitByLocalHourOfWeek,
    })),
  };
}
