import { Injectable } from '@nestjs/common';
import { SimulationError, promiseTable, simulate } from '@app/simulation';
import { InvalidInputException } from '../common/invalid-input.exception';
import { PlansService } from '../plans/plans.service';
import { planSimulationInput } from './plan-simulation-input.util';
import { PlanPromiseTableDto, mapPromiseTable } from './plan-promise.dto';
import { SimulationRepository } from './simulation.repository';

export interface PromiseQuery {
  marketplaceId?: string;
  weekStart?: string;
  language?: string;
}

/** What an off-hours auto-reply may promise, hour by hour, from what the plan's roster delivers. */
@Injectable()
export class PlanPromisesService {
  constructor(
    private readonly plans: PlansService,
    private readonly simulations: SimulationRepository,
  ) {}

  /**
   * The week's promise table for one marketplace: from the plan's newest stored simulation, or,
   * before any, from a fluid replay of the plan (deterministic and quick).
   */
  async table(planId: string, query: PromiseQuery): Promise<PlanPromiseTableDto> {
    const planned = await this.plans.getPlanned(planId);
    const marketplaceIds = planned.scenario.marketplaces.map((marketplace) => marketplace.id);
    const marketplaceId = query.marketplaceId ?? (marketplaceIds.length === 1 ? marketplaceIds[0] : undefined);
    const listed = marketplaceIds.map((id) => `"${id}"`).join(', ');
    if (marketplaceId === undefined) {
      throw new InvalidInputException('query', [{ path: 'marketplaceId', message: `name the marketplace: one of ${listed}` }]);
    }
    if (!marketplaceIds.includes(marketplaceId)) {
      throw new InvalidInputException('query', [{ path: 'marketplaceId', message: `this plan has no marketplace "${marketplaceId}"; it has ${listed}` }]);
    }
    const stored = await this.simulations.latestSucceeded(planId);
    const result = stored?.result ?? simulate(planSimulationInput(planId, planned), { mode: 'fluid' });
    try {
      const table = promiseTable(result, marketplaceId, { weekStart: query.weekStart, language: query.language });
      return mapPromiseTable(planId, { id: stored?.id ?? null, mode: result.mode }, table);
    } catch (error) {
      if (!(error instanceof SimulationError)) throw error;
      throw new InvalidInputException('query', error.issues.map((issue) => ({ path: issue.path, message: issue.message })));
    }
  }
}
