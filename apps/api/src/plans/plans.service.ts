import { ConflictException, Injectable, Logger, NotFoundException, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { HourGrid, QueueArrivals, ScenarioFile, formatUtc } from '@app/domain';
import type { PlanResult } from '@app/optimizer';
import { Clock } from '../common/clock';
import { InputIssue, InvalidInputException } from '../common/invalid-input.exception';
import { notFound } from '../common/resource-errors';
import { ForecastsService, PreparedForecast } from '../forecasts/forecasts.service';
import { JobContext } from '../jobs/job.types';
import { JobsService } from '../jobs/jobs.service';
import { ScenarioReaderService } from '../scenario/scenario-reader.service';
import { alignArrivals } from './plan-arrivals.util';
import { COVERAGE_VIEWS, CoverageView, PlanCoverageDto } from './plan-coverage.dto';
import { buildPlanCoverage } from './plan-coverage.util';
import { PlanEntity } from './plan.entity';
import { PlanJobDto, PlanListItemDto, PlanSummaryDto, mapPlanListItem, mapPlanSummary, planHeadline } from './plan.dto';
import { planHours } from './plan-grid.util';
import { PlanRepository } from './plan.repository';
import { CreatePlanDto, DEFAULT_MIP_GAP, DEFAULT_TIME_LIMIT_SECONDS } from './plan-request.dto';
import { PlannedShiftDto, PlannedWorkloadDto, mapPlannedShift, mapPlannedWorkload } from './plan-shift.dto';
import { PlanWorkerRunner } from './plan-worker.runner';

export interface CoverageQuery {
  view?: string;
  siteId?: string;
  marketplaceId?: string;
}

/** A plan ready to solve: its row is written; its arrivals are known, or come from a forecast the job runs first. */
interface PlanJob {
  planId: string;
  scenario: ScenarioFile;
  grid: HourGrid;
  request: CreatePlanDto;
  arrivals: QueueArrivals[] | null;
  forecast: PreparedForecast | null;
}

/** The cheapest shift mix for a forecast, solved in a worker thread as a job, stored with its result. */
@Injectable()
export class PlansService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Plans');

  constructor(
    private readonly setup: ScenarioReaderService,
    private readonly forecasts: ForecastsService,
    private readonly plans: PlanRepository,
    private readonly runner: PlanWorkerRunner,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  /** Jobs live in memory: plans a stopped server left unfinished will never finish. */
  async onApplicationBootstrap(): Promise<void> {
    const failed = await this.plans.failUnfinished('the server stopped before the plan was solved', this.now());
    if (failed > 0) this.logger.warn(`${failed} unfinished plan(s) marked failed`);
  }

  /**
   * Checks the request against the setup and the forecast (400/404 before any job), stores the
   * plan as running and starts its job.
   */
  async start(request: CreatePlanDto): Promise<PlanJobDto> {
    const scenario = await this.readSetup();
    const mode = scenario.horizon?.mode ?? 'dated';
    const forecastId = request.forecastId ?? (await this.forecasts.latestId());
    let job: Omit<PlanJob, 'planId'>;
    if (forecastId !== null) {
      const stored = await this.forecasts.arrivals(forecastId);
      const hours = this.checked(planHours(request.weeks, stored.run.hours, mode));
      const aligned = alignArrivals(scenario, stored.arrivals, hours);
      if (aligned.missing.length) {
        throw new InvalidInputException('plan request', [{ path: '/forecastId', message: missingArrivals(forecastId, aligned.missing) }]);
      }
      job = { scenario, request, grid: { startUtc: stored.run.start, hours, mode }, arrivals: aligned.arrivals, forecast: null };
    } else {
      // nothing forecast yet: the job forecasts the planning horizon first
      const weeks = mode === 'cyclic' ? 1 : request.weeks;
      const forecast = await this.forecasts.prepare({ horizonHours: weeks === undefined ? undefined : weeks * 168 });
      const hours = this.checked(planHours(request.weeks, forecast.hours, mode));
      job = { scenario, request, grid: { startUtc: formatUtc(forecast.startUtcMs), hours, mode }, arrivals: null, forecast };
    }

    const planId = randomUUID();
    await this.plans.insert(
      Object.assign(new PlanEntity(), {
        id: planId,
        jobId: null,
        status: 'running',
        message: null,
        error: null,
        createdAt: this.now(),
        finishedAt: null,
        forecastId: forecastId ?? job.forecast?.forecastId ?? null,
        scenarioName: scenario.name,
        solver: request.solver ?? 'highs',
        timeLimitSeconds: request.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS,
        mipGap: request.mipGap ?? DEFAULT_MIP_GAP,
        gridStartUtc: job.grid.startUtc,
        gridHours: job.grid.hours,
        gridMode: job.grid.mode,
        reportingCurrency: scenario.reportingCurrency,
        totalCost: null,
        costPerMessage: null,
        slaAttainment: null,
        lpBound: null,
        gap: null,
        solveSeconds: null,
        scenario,
        result: null,
      }),
    );
    const jobId = this.jobs.start('plan', request, (context) => this.execute({ ...job, planId }, context));
    this.closeWhenCancelled(jobId, planId);
    await this.plans.update(planId, { jobId });
    if (job.forecast) {
      this.forecasts.closeWhenCancelled(jobId, job.forecast.forecastId);
      await this.forecasts.attachJob(job.forecast.forecastId, jobId);
    }
    return { jobId, planId };
  }

  async list(): Promise<PlanListItemDto[]> {
    return (await this.plans.list()).map(mapPlanListItem);
  }

  async get(id: string): Promise<PlanSummaryDto> {
    return mapPlanSummary(await this.plan(id));
  }

  /** The planner's whole result (for the rota and scenario services); 404 unknown, 409 while it has none. */
  async getResult(planId: string): Promise<PlanResult> {
    return this.resultOf(await this.plan(planId));
  }

  /** The result and the planning setup it was solved for, in one read (simulations, promises). */
  async getPlanned(planId: string): Promise<{ result: PlanResult; scenario: ScenarioFile }> {
    const plan = await this.plan(planId);
    return { result: this.resultOf(plan), scenario: plan.scenario };
  }

  /** The planning setup the plan was solved for (history left out). */
  async getPlanningScenario(planId: string): Promise<ScenarioFile> {
    return (await this.plan(planId)).scenario;
  }

  async shifts(id: string): Promise<PlannedShiftDto[]> {
    return this.resultOf(await this.plan(id)).shifts.map(mapPlannedShift);
  }

  async file(id: string): Promise<PlannedWorkloadDto> {
    return mapPlannedWorkload(this.resultOf(await this.plan(id)));
  }

  async coverage(id: string, query: CoverageQuery): Promise<PlanCoverageDto> {
    const result = this.resultOf(await this.plan(id));
    const view = (query.view ?? 'utc') as CoverageView;
    if (!COVERAGE_VIEWS.includes(view)) {
      throw new InvalidInputException('query', [{ path: 'view', message: `"${query.view}" is not a view; use ${COVERAGE_VIEWS.join(', ')}` }]);
    }
    const siteIds = result.sites.map((site) => site.siteId);
    const marketplaceIds = result.marketplaces.map((marketplace) => marketplace.marketplaceId);
    const issues: InputIssue[] = [];
    if (query.siteId !== undefined && !siteIds.includes(query.siteId)) {
      issues.push({ path: 'siteId', message: `this plan has no site "${query.siteId}"; it has ${quoted(siteIds)}` });
    }
    if (query.marketplaceId !== undefined && !marketplaceIds.includes(query.marketplaceId)) {
      issues.push({ path: 'marketplaceId', message: `this plan has no marketplace "${query.marketplaceId}"; it has ${quoted(marketplaceIds)}` });
    }
    if (issues.length) throw new InvalidInputException('query', issues);
    let timeZone = 'UTC';
    if (view === 'site') {
      const siteId = query.siteId ?? (siteIds.length === 1 ? siteIds[0] : undefined);
      if (siteId === undefined) throw new InvalidInputException('query', [{ path: 'siteId', message: `view=site needs a siteId: one of ${quoted(siteIds)}` }]);
      timeZone = result.sites.find((site) => site.siteId === siteId)!.timeZone;
    } else if (view === 'buyer') {
      const marketplaceId = query.marketplaceId ?? (marketplaceIds.length === 1 ? marketplaceIds[0] : undefined);
      if (marketplaceId === undefined) {
        throw new InvalidInputException('query', [{ path: 'marketplaceId', message: `view=buyer needs a marketplaceId: one of ${quoted(marketplaceIds)}` }]);
      }
      timeZone = result.marketplaces.find((marketplace) => marketplace.marketplaceId === marketplaceId)!.timeZone;
    }
    return buildPlanCoverage(id, result, { view, timeZone, siteId: query.siteId, marketplaceId: query.marketplaceId });
  }

  /** Deletes a finished plan and its simulations; 409 while it is being solved. */
  async remove(id: string): Promise<void> {
    const plan = await this.plan(id);
    if (plan.status === 'running') {
      throw new ConflictException(`plan "${id}" is still being solved: cancel its job first (POST /api/jobs/${plan.jobId}/cancel)`);
    }
    await this.plans.delete(id);
  }

  /**
   * Forecasts first when needed (its `series` events), then solves in a worker (`start`,
   * `lp-bound`, `incumbent`, `done` events from the planner) and stores the result. An
   * infeasible plan is an answer: stored, and the job succeeds with it.
   */
  private async execute(job: PlanJob, { progress, signal }: JobContext): Promise<PlanSummaryDto> {
    try {
      let arrivals = job.arrivals;
      if (job.forecast) {
        await this.forecasts.execute(job.forecast, { progress, signal });
        const stored = await this.forecasts.arrivals(job.forecast.forecastId);
        const aligned = alignArrivals(job.scenario, stored.arrivals, job.grid.hours);
        if (aligned.missing.length) throw new Error(missingArrivals(job.forecast.forecastId, aligned.missing));
        arrivals = aligned.arrivals;
      }
      const limits = { timeLimitSeconds: job.request.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS, mipGap: job.request.mipGap ?? DEFAULT_MIP_GAP };
      const result = await this.runner.run(
        {
          scenario: job.scenario,
          arrivals: arrivals as QueueArrivals[],
          grid: job.grid,
          solver: job.request.solver ?? 'highs',
          ...limits,
        },
        {
          signal,
          // `start` also carries the limits, so a progress bar can show time used and the gap aimed for
          onProgress: ({ kind, ...detail }) =>
            progress(kind, kind === 'start' ? { ...detail, timeLimitSeconds: limits.timeLimitSeconds, mipGap: limits.mipGap } : detail),
        },
      );
      await this.plans.update(job.planId, { ...planHeadline(result), result, finishedAt: this.now() });
      return mapPlanSummary((await this.plans.getById(job.planId)) as PlanEntity);
    } catch (error) {
      await this.plans.finishIfRunning(job.planId, {
        status: signal.aborted ? 'cancelled' : 'failed',
        error: signal.aborted ? 'cancelled' : error instanceof Error ? error.message : String(error),
        finishedAt: this.now(),
      });
      throw error;
    }
  }

  /** A job cancelled before it ran never calls execute(): its plan is closed here. */
  private closeWhenCancelled(jobId: string, planId: string): void {
    void this.jobs.wait(jobId).then(async (job) => {
      if (job.status !== 'cancelled') return;
      await this.plans
        .finishIfRunning(planId, { status: 'cancelled', error: 'cancelled', finishedAt: this.now() })
        .catch((error: unknown) => this.logger.warn(`could not close cancelled plan ${planId}: ${String(error)}`));
    });
  }

  private async readSetup(): Promise<ScenarioFile> {
    const scenario = await this.setup.read({ history: false });
    if (!scenario) {
      throw new NotFoundException('there is no organisation to plan for yet: PUT /api/organisation or import a scenario first');
    }
    return scenario;
  }

  private async plan(id: string): Promise<PlanEntity> {
    const plan = await this.plans.getById(id);
    if (!plan) throw notFound('plan', id);
    return plan;
  }

  private resultOf(plan: PlanEntity): PlanResult {
    if (!plan.result) {
      const why = plan.status === 'running' ? 'is still being solved' : `has no result (${plan.status}${plan.error ? `: ${plan.error}` : ''})`;
      throw new ConflictException(`plan "${plan.id}" ${why}`);
    }
    return plan.result;
  }

  private checked(outcome: { hours: number } | { issue: InputIssue }): number {
    if ('issue' in outcome) throw new InvalidInputException('plan request', [outcome.issue]);
    return outcome.hours;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}

function missingArrivals(forecastId: string, queues: string[]): string {
  const shown = queues.slice(0, 6).join(', ') + (queues.length > 6 ? ` and ${queues.length - 6} more` : '');
  return `forecast "${forecastId}" has no arrivals for ${shown}, which need replies: forecast those marketplaces (POST /api/forecasts) or plan another forecast`;
}

function quoted(ids: string[]): string {
  return ids.map((id) => `"${id}"`).join(', ') || 'none';
}
