import { Injectable } from '@nestjs/common';
import { SimulationError, promiseTable, type SimulationResult } from '@app/simulation';
import { InvalidInputException } from '../common/invalid-input.exception';
import { notFound } from '../common/resource-errors';
import { PlansService } from '../plans/plans.service';
import { RotaRepository } from '../rotas/rota.repository';
import { PlanPromiseTableDto, mapPromiseTable, type PromiseSource } from './plan-promise.dto';
import { promiseReplay } from './promise-replay.util';
import { SimulationRepository } from './simulation.repository';

export interface PromiseQuery {
  marketplaceId?: string;
  weekStart?: string;
  language?: string;
  /** A rota built from the plan; default: the plan's published rota, else its newest. */
  rotaId?: string;
}

/**
 * What an off-hours auto-reply may promise, hour by hour, from what the team as rostered delivers
 * under the plan's dispatch rule.
 */
@Injectable()
export class PlanPromisesService {
  constructor(
    private readonly plans: PlansService,
    private readonly simulations: SimulationRepository,
    private readonly rotas: RotaRepository,
  ) {}

  /**
   * The week's promise table for one marketplace. Once a rota is built from the plan, from a fluid
   * replay of the rota (its named agents, empty seats as nobody, the plan's rule); before one,
   * from the plan's newest stored simulation, or a fluid replay of the plan.
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
    const { result, source } = await this.promiseBasis(planId, planned, query.rotaId);
    try {
      const table = promiseTable(result, marketplaceId, { weekStart: query.weekStart, language: query.language });
      return mapPromiseTable(planId, source, table);
    } catch (error) {
      if (!(error instanceof SimulationError)) throw error;
      throw new InvalidInputException('query', error.issues.map((issue) => ({ path: issue.path, message: issue.message })));
    }
  }

  /** The replay the promises are read from, and what it is of. */
  private async promiseBasis(
    planId: string,
    planned: Awaited<ReturnType<PlansService['getPlanned']>>,
    rotaId: string | undefined,
  ): Promise<{ result: SimulationResult; source: PromiseSource }> {
    const rota = rotaId === undefined ? await this.rotas.currentOfPlan(planId) : await this.rotas.getById(rotaId);
    if (rotaId !== undefined && !rota) throw notFound('rota', rotaId);
    if (rota && rota.planId !== planId) {
      throw new InvalidInputException('query', [{ path: 'rotaId', message: `rota "${rota.id}" was built from plan "${rota.planId}", not from plan "${planId}"` }]);
    }
    return promiseReplay(planId, planned, rota, rota ? null : await this.simulations.latestSucceeded(planId));
  }
}
