import { ConflictException, Injectable } from '@nestjs/common';
import type { MonitorInput, MonitorReplyPromise } from '@app/actuals';
import type { ScenarioFile } from '@app/domain';
import { SimulationError } from '@app/simulation';
import { ActualsRepository } from '../actuals/actuals.repository';
import { Clock } from '../common/clock';
import { InvalidInputException } from '../common/invalid-input.exception';
import { notFound } from '../common/resource-errors';
import { MarketplaceService } from '../marketplaces/marketplace.service';
import type { PlanEntity } from '../plans/plan.entity';
import { PlanRepository } from '../plans/plan.repository';
import { RotaRepository } from '../rotas/rota.repository';
import type { RotaEntity } from '../rotas/rota.entity';
import { promiseReplay } from '../simulations/promise-replay.util';
import { SimulationRepository } from '../simulations/simulation.repository';
import type { SimulationEntity } from '../simulations/simulation.entity';
import { monitorActuals, monitorMarketplace, monitorPlan, monitorShifts, monitorSimulation } from './monitor-input.mapper';
import { hourlyReplyPromises } from './reply-promises.util';

/** Plans with a shift mix: what the team was staffed by. */
const STAFFED = new Set(['optimal', 'feasible']);
const HOUR_MS = 3_600_000;

/** A period [from, to) in UTC milliseconds. */
export interface MonitorPeriod {
  fromUtcMs: number;
  toUtcMs: number;
}

/**
 * Everything the actual-vs-plan report sets side by side, read from the store: the actuals
 * received in the period, today's marketplaces, the plan (named, or the newest staffed one whose
 * grid overlaps the period), the rota its team works (published, else newest), the plan's newest
 * simulation, and the auto-reply's promises. Messages still open are judged as of now.
 */
@Injectable()
export class MonitorInputsService {
  constructor(
    private readonly actuals: ActualsRepository,
    private readonly marketplaces: MarketplaceService,
    private readonly plans: PlanRepository,
    private readonly rotas: RotaRepository,
    private readonly simulations: SimulationRepository,
    private readonly clock: Clock,
  ) {}

  async gather(period: MonitorPeriod, planId?: string): Promise<MonitorInput> {
    const marketplaces = (await this.marketplaces.list()).map(monitorMarketplace);
    const actuals = monitorActuals(await this.actuals.find(period.fromUtcMs, period.toUtcMs), marketplaces);
    // judged as of now: a reply sent after the period still counts (yesterday's 23:50 message answered at 00:20)
    const asOfUtcMs = Math.max(period.fromUtcMs, this.clock.now().getTime());
    const plan = planId === undefined ? await this.newestPlanOver(period) : await this.namedPlan(planId);
    if (!plan?.result) return { ...period, asOfUtcMs, marketplaces, actuals, plan: null, simulation: null, shifts: [], promises: [] };

    const rota = await this.rotas.currentOfPlan(plan.id);
    const stored = await this.simulations.latestSucceeded(plan.id);
    return {
      ...period,
      asOfUtcMs,
      marketplaces,
      actuals,
      plan: monitorPlan(plan.id, plan.result),
      simulation: stored?.result ? monitorSimulation(stored.id, stored.result) : null,
      shifts: rota ? monitorShifts(rota.result) : [],
      promises: this.promises(plan, rota, stored, period),
    };
  }

  /** The newest plan with a shift mix whose grid overlaps the period; null when none does. */
  private async newestPlanOver(period: MonitorPeriod): Promise<PlanEntity | null> {
    const chosen = (await this.plans.list()).find((plan) => {
      const start = Date.parse(plan.gridStartUtc);
      return STAFFED.has(plan.status) && start < period.toUtcMs && start + plan.gridHours * HOUR_MS > period.fromUtcMs;
    });
    return chosen ? this.plans.getById(chosen.id) : null;
  }

  /** 404 for an unknown plan, 409 for one without a shift mix (still solving, infeasible, failed). */
  private async namedPlan(planId: string): Promise<PlanEntity> {
    const plan = await this.plans.getById(planId);
    if (!plan) throw notFound('plan', planId);
    if (!plan.result || !STAFFED.has(plan.status)) {
      throw new ConflictException(`plan "${planId}" has no shift mix to set the actuals against (${plan.status}${plan.message ? `: ${plan.message}` : ''})`);
    }
    return plan;
  }

  /**
   * The promise table's replay (the rota's, else the plan's stored simulation or a fluid replay
   * of the plan: one fluid pass, cheap next to a solve) read for each hour of the period. A plan
   * whose replay cannot be built (its setup no longer simulates) gets no promises.
   */
  private promises(plan: PlanEntity, rota: RotaEntity | null, stored: SimulationEntity | null, period: MonitorPeriod): MonitorReplyPromise[] {
    try {
      const planned = { result: plan.result!, scenario: plan.scenario as ScenarioFile };
      const { result } = promiseReplay(plan.id, planned, rota, rota ? null : stored);
      return hourlyReplyPromises(result, period.fromUtcMs, period.toUtcMs);
    } catch (error) {
      if (error instanceof SimulationError || error instanceof InvalidInputException) return [];
      throw error;
    }
  }
}
