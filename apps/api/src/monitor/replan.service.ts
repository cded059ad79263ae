import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { reforecastFromActuals, type MarketplaceLevel, type ReplanResult } from '@app/actuals';
import { HOUR_MS } from '@app/domain';
import { resolveRotaOptions } from '@app/roster';
import { Clock } from '../common/clock';
import { InvalidInputException } from '../common/invalid-input.exception';
import { notFound } from '../common/resource-errors';
import { ActualsRepository } from '../actuals/actuals.repository';
import { PlansService } from '../plans/plans.service';
import { RotaEntity } from '../rotas/rota.entity';
import { RotaRepository } from '../rotas/rota.repository';
import { rotaScenario } from '../rotas/rota-scenario.util';
import { ScenarioReaderService } from '../scenario/scenario-reader.service';
import type { AcceptReplanDto, ReplanAcceptedDto, ReplanDto, ReplanRequestDto } from './replan.dto';
import { ReplanRunner } from './replan-runner';

/** Open messages older than this before now are left out of the re-plan (a week-old message is lost already). */
const OPEN_MESSAGES_LOOKBACK_HOURS = 7 * 24;

/**
 * Re-plans the rest of a plan's window from "now": the forecast of the rest follows what came
 * in, the messages still open keep their deadlines, and the plan's working rota gets the short
 * list of changes the rules allow (libs/actuals' replanFromNow). Accepting stores the changed
 * rota as a new draft version of the plan's rota.
 */
@Injectable()
export class ReplanService {
  constructor(
    private readonly plans: PlansService,
    private readonly rotas: RotaRepository,
    private readonly actuals: ActualsRepository,
    private readonly reader: ScenarioReaderService,
    private readonly clock: Clock,
    private readonly runner: ReplanRunner,
  ) {}

  async propose(request: ReplanRequestDto): Promise<ReplanDto> {
    return this.proposal(request);
  }

  private async proposal({ asOf, planId, rules }: ReplanRequestDto): Promise<{ rotaId: string; planId: string; result: ReplanResult & { levels: MarketplaceLevel[] } }> {
    const asOfUtcMs = instantOf(asOf);
    const id = planId ?? (await this.planHolding(asOfUtcMs));
    const { result: plan, scenario: planned } = await this.plans.getPlanned(id);
    if (plan.status !== 'optimal' && plan.status !== 'feasible') throw new ConflictException(`plan "${id}" has no shifts to re-plan (${plan.status})`);
    const gridStartUtcMs = Date.parse(plan.grid.startUtc);
    const windowEndUtcMs = gridStartUtcMs + plan.grid.hours * HOUR_MS;
    if (plan.grid.mode !== 'dated' || asOfUtcMs < gridStartUtcMs || asOfUtcMs >= windowEndUtcMs) {
      throw new InvalidInputException('request body', [
        { path: '/asOf', message: `${asOf} is outside plan "${id}", which covers ${plan.grid.startUtc} to ${new Date(windowEndUtcMs).toISOString()} (${plan.grid.mode})` },
      ]);
    }
    const rota = await this.rotas.currentOfPlan(id);
    if (!rota) throw new ConflictException(`plan "${id}" has no rota yet: build one (POST /api/rotas) before re-planning its week`);
    const current = await this.reader.read({ history: false });
    if (!current) throw new NotFoundException('there is no planning setup yet');
    const scenario = rotaScenario(current, planned);

    const nowUtcMs = Math.floor(asOfUtcMs / HOUR_MS) * HOUR_MS;
    const seen = await this.actuals.find(Math.min(gridStartUtcMs, nowUtcMs - OPEN_MESSAGES_LOOKBACK_HOURS * HOUR_MS), nowUtcMs);
    const reforecast = reforecastFromActuals({ gridStartUtcMs, gridHours: plan.grid.hours, arrivals: plan.arrivals, actuals: seen, asOfUtcMs: nowUtcMs });
    const openMessages = seen.filter((message) => message.firstReplyUtcMs === null || message.firstReplyUtcMs > nowUtcMs);
    const result = await this.runner.run({
      scenario,
      rotaGrid: rota.grid,
      assignments: rota.result.assignments,
      asOfUtcMs: nowUtcMs,
      windowEndUtcMs,
      arrivalsStartUtcMs: gridStartUtcMs,
      arrivals: reforecast.arrivals,
      openMessages,
      targets: plan.marketplaces.map((marketplace) => ({ marketplaceId: marketplace.marketplaceId, slaAttainment: marketplace.slaAttainment })),
      restHours: resolveRotaOptions(rota.requestedOptions).restHours,
      rules,
    });
    return { rotaId: rota.id, planId: id, result: { ...result, levels: reforecast.levels } };
  }

  /** Re-computes the proposal (it is deterministic) and stores the changed rota as a new draft of the plan's rota. */
  async accept(request: AcceptReplanDto): Promise<ReplanAcceptedDto> {
    const { rotaId } = request;
    const proposal = await this.proposal(request);
    if (proposal.rotaId !== rotaId) {
      throw new ConflictException(`rota "${rotaId}" is no longer the rota plan "${proposal.planId}" works by (now "${proposal.rotaId}"): re-plan again`);
    }
    const rota = await this.rotas.getById(rotaId);
    if (!rota) throw notFound('rota', rotaId);
    const id = randomUUID();
    await this.rotas.save(
      Object.assign(new RotaEntity(), {
        ...rota,
        id,
        createdAt: this.clock.now().toISOString(),
        publishedAt: null,
        result: { ...rota.result, assignments: proposal.result.assignments, messages: [...replanLines(proposal.result), ...rota.result.messages] },
      }),
    );
    return { rotaId: id, changes: proposal.result.changes.length };
  }

  /** The newest plan with a shift mix whose dated grid holds the instant. */
  private async planHolding(utcMs: number): Promise<string> {
    const plans = (await this.plans.list())
      .filter((plan) => (plan.status === 'optimal' || plan.status === 'feasible') && plan.grid.mode === 'dated')
      .filter((plan) => Date.parse(plan.grid.start) <= utcMs && utcMs < Date.parse(plan.grid.end))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
    if (!plans.length) throw new NotFoundException(`no finished plan covers ${new Date(utcMs).toISOString()}: plan that week first (POST /api/plans)`);
    return plans[0].id;
  }
}

function instantOf(value: string): number {
  const utcMs = Date.parse(value);
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(value) || !Number.isFinite(utcMs)) {
    throw new InvalidInputException('request body', [{ path: '/asOf', message: `asOf must be an ISO 8601 instant with an offset, e.g. 2026-12-09T12:00:00Z, not "${value}"` }]);
  }
  return utcMs;
}

function replanLines(result: ReplanResult): string[] {
  return [`Re-planned from ${result.asOfUtc}: ${result.changes.length} change${result.changes.length === 1 ? '' : 's'}.`, ...result.changes.map((change) => change.sentence)];
}
