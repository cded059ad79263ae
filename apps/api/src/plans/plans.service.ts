import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { HOURS_PER_WEEK, QueueArrivals, ScenarioFile, formatUtc } from '@app/domain';
import { MAX_PLAN_WEEKS, closingBacklog, defaultPlanOptions, defaultTimeLimitSeconds, gridEndUtc, type PlanEffort, type PlanResult, type PlanWindow } from '@app/optimizer';
import { Clock } from '../common/clock';
import { InputIssue, InvalidInputException } from '../common/invalid-input.exception';
import { notFound } from '../common/resource-errors';
import { ForecastsService, PreparedForecast } from '../forecasts/forecasts.service';
import { JobContext, JobSubject } from '../jobs/job.types';
import { JobsService } from '../jobs/jobs.service';
import { ScenarioReaderService } from '../scenario/scenario-reader.service';
import { alignArrivals } from './plan-arrivals.util';
import { COVERAGE_VIEWS, CoverageView, PlanCoverageDto } from './plan-coverage.dto';
import { buildPlanCoverage } from './plan-coverage.util';
import { PlanEntity, type StoredPlanResult } from './plan.entity';
import { PlanJobDto, PlanListItemDto, PlanSummaryDto, mapPlanListItem, mapPlanSummary, planHeadline } from './plan.dto';
import { forecastOffset, planWindowOf } from './plan-grid.util';
import { PlanRepository } from './plan.repository';
import { CreatePlanDto } from './plan-request.dto';
import { PlannedShiftDto, PlannedWorkloadDto, mapPlannedShift, mapPlannedWorkload } from './plan-shift.dto';
import { PlanWindowsDto, planWindows } from './plan-windows.dto';
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
  window: PlanWindow;
  request: CreatePlanDto;
  limits: { solver: 'highs' | 'jslp'; effort: PlanEffort; timeLimitSeconds: number; mipGap: number };
  arrivals: QueueArrivals[] | null;
  /** Hours from the forecast's start to the window's. */
  forecastOffset: number;
  forecast: PreparedForecast | null;
  opening: OpeningBacklog;
}

/** What the window starts with: the backlog the plan of the week before left, or nothing. */
interface OpeningBacklog {
  fromPlanId: string | null;
  queues: QueueArrivals[];
  note: string;
}

/** The cheapest shift mix for a forecast, solved in a worker thread as a job (in this process or a worker process), stored with its result; a failed or cancelled job closes its plan (the jobs' one lifecycle). */
@Injectable()
export class PlansService {
  constructor(
    private readonly setup: ScenarioReaderService,
    private readonly forecasts: ForecastsService,
    private readonly plans: PlanRepository,
    private readonly runner: PlanWorkerRunner,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {
    jobs.register<PlanJob, PlanSummaryDto>('plan', (job, context) => this.execute(job, context));
  }

  /**
   * Places the window in the horizon and finds its forecast (400/404 before any job), stores the
   * plan as running and starts its job. The window reads its slice of a forecast covering it —
   * the newest, unless one is named; without any, the job forecasts the organisation's horizon
   * first — and opens with what the stored plan of the week before it left waiting.
   */
  async start(request: CreatePlanDto): Promise<PlanJobDto> {
    const scenario = await this.readSetup();
    const window = planWindowOf(scenario, { start: request.start, weeks: request.weeks }, this.clock.now());
    const windowStartMs = Date.parse(window.grid.startUtc);
    const forecastId = request.forecastId ?? (await this.forecasts.newestCovering(windowStartMs, window.grid.hours));
    const limits = {
      solver: request.solver ?? defaultPlanOptions.solver,
      effort: request.effort ?? defaultPlanOptions.effort,
      timeLimitSeconds: request.timeLimitSeconds ?? defaultTimeLimitSeconds(window.weeks),
      mipGap: request.mipGap ?? defaultPlanOptions.mipGap,
    };
    const opening = await this.openingBacklog(scenario, window);
    let job: Omit<PlanJob, 'planId'>;
    if (forecastId !== null) {
      const stored = await this.forecasts.arrivals(forecastId);
      const offset = this.checked(forecastOffset({ id: forecastId, startUtc: stored.run.start, hours: stored.run.hours }, window));
      const aligned = alignArrivals(scenario, stored.arrivals, window.grid.hours, offset);
      if (aligned.missing.length) {
        throw new InvalidInputException('plan request', [{ path: '/forecastId', message: missingArrivals(forecastId, aligned.missing) }]);
      }
      job = { scenario, request, window, limits, arrivals: aligned.arrivals, forecastOffset: offset, forecast: null, opening };
    } else {
      // nothing forecast covers the window: the job forecasts the organisation's horizon (every
      // window after it reads the same forecast), or the window itself when it is its own horizon
      const horizonHours = window.horizon.weeks * HOURS_PER_WEEK;
      const forecast = await this.forecasts.prepare(
        scenario.horizon && window.horizon.weeks <= MAX_PLAN_WEEKS ? { start: window.horizon.start, horizonHours } : { start: window.start, horizonHours: window.grid.hours },
      );
      const offset = this.checked(forecastOffset({ id: forecast.forecastId, startUtc: formatUtc(forecast.startUtcMs), hours: forecast.hours }, window));
      job = { scenario, request, window, limits, arrivals: null, forecastOffset: offset, forecast, opening };
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
        solver: limits.solver,
        timeLimitSeconds: limits.timeLimitSeconds,
        mipGap: limits.mipGap,
        gridStartUtc: window.grid.startUtc,
        gridHours: window.grid.hours,
        gridMode: window.grid.mode,
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
    const subjects: JobSubject[] = [{ type: 'plan', id: planId }, ...(job.forecast ? [{ type: 'forecast' as const, id: job.forecast.forecastId }] : [])];
    const jobId = await this.jobs.start('plan', { ...job, planId }, { subjects });
    await this.plans.update(planId, { jobId });
    if (job.forecast) await this.forecasts.attachJob(job.forecast.forecastId, jobId);
    return { jobId, planId };
  }

  /** The horizon's weeks as a week picker shows them: events and holidays in each, the default window, the planning defaults. */
  async windows(): Promise<PlanWindowsDto> {
    const scenario = await this.readSetup();
    return planWindows(scenario, planWindowOf(scenario, {}, this.clock.now()), await this.plans.list());
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
   * Forecasts first when needed (its `series` events), then solves in a worker (`queue` events
   * while every solver is busy, then `start`, `lp-bound`, `incumbent`, `done` events from the
   * planner) and stores the result. An infeasible plan is an answer: stored, and the job succeeds with it.
   */
  private async execute(job: PlanJob, context: JobContext): Promise<PlanSummaryDto> {
    const { progress, signal } = context;
    // a retry of a job whose worker stopped after storing the plan: it is not solved again
    const stored = await this.plans.getById(job.planId);
    if (stored?.result) return mapPlanSummary(stored);
    let arrivals = job.arrivals;
    if (job.forecast) {
      await this.forecasts.execute(job.forecast, context);
      const forecast = await this.forecasts.arrivals(job.forecast.forecastId);
      const aligned = alignArrivals(job.scenario, forecast.arrivals, job.window.grid.hours, job.forecastOffset);
      if (aligned.missing.length) throw new Error(missingArrivals(job.forecast.forecastId, aligned.missing));
      arrivals = aligned.arrivals;
    }
    const { limits } = job;
    const planned = await this.runner.run(
      {
        scenario: job.scenario,
        arrivals: arrivals as QueueArrivals[],
        grid: job.window.grid,
        ...(job.opening.queues.length ? { openingBacklog: job.opening.queues } : {}),
        ...limits,
      },
      {
        signal,
        onQueue: (ahead) => context.waitingForSolver(ahead),
        // `start` also carries the limits, so a progress bar can show time used and the gap aimed for
        onProgress: ({ kind, ...detail }) =>
          progress(kind, kind === 'start' ? { ...detail, timeLimitSeconds: limits.timeLimitSeconds, mipGap: limits.mipGap } : detail),
      },
    );
    // what the window opened with is said beside a plan, and without one only when it carried a backlog in (which may be why)
    const sayOpening = planned.status === 'optimal' || planned.status === 'feasible' || job.opening.queues.length > 0;
    const result: StoredPlanResult = { ...planned, notes: sayOpening ? [job.opening.note, ...planned.notes] : planned.notes, openingBacklogFrom: job.opening.fromPlanId };
    await this.plans.update(job.planId, { ...planHeadline(result), result, finishedAt: this.now() });
    return mapPlanSummary((await this.plans.getById(job.planId)) as PlanEntity);
  }

  /**
   * The backlog a dated window opens with: what the newest stored plan ending where the window
   * starts left waiting, for the queues the setup still has. A cyclic week has none (it repeats).
   */
  private async openingBacklog(scenario: ScenarioFile, window: PlanWindow): Promise<OpeningBacklog> {
    if (window.grid.mode === 'cyclic') return { fromPlanId: null, queues: [], note: 'A cyclic week repeats: it opens with the backlog its own end leaves.' };
    const before = (await this.plans.list()).find(
      (plan) => plan.gridMode === 'dated' && plan.totalCost !== null && gridEndUtc({ startUtc: plan.gridStartUtc, hours: plan.gridHours, mode: 'dated' }) === window.grid.startUtc,
    );
    const previous = before ? await this.plans.getById(before.id) : null;
    if (!previous?.result) {
      return { fromPlanId: null, queues: [], note: `No stored plan ends where this window starts (${window.grid.startUtc}): it opens with no backlog.` };
    }
    const needed = new Set(scenario.marketplaces.flatMap((marketplace) => marketplace.classes.filter((c) => c.replyDeadlineHours !== null).map((c) => `${marketplace.id}/${c.id}`)));
    const queues = closingBacklog(previous.result).filter((queue) => needed.has(`${queue.marketplaceId}/${queue.classId}`) && queue.values[0] > 0);
    const messages = queues.reduce((total, queue) => total + queue.values[0], 0);
    return {
      fromPlanId: previous.id,
      queues,
      note: `Opens with ${formatCount(messages)} message${messages === 1 ? '' : 's'} still waiting at the end of plan ${previous.id} (${previous.gridStartUtc} to ${window.grid.startUtc}).`,
    };
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

  private checked(outcome: { offset: number } | { issue: InputIssue }): number {
    if ('issue' in outcome) throw new InvalidInputException('plan request', [outcome.issue]);
    return outcome.offset;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}

function missingArrivals(forecastId: string, queues: string[]): string {
  const shown = queues.slice(0, 6).join(', ') + (queues.length > 6 ? ` and ${queues.length - 6} more` : '');
  return `forecast "${forecastId}" has no arrivals for ${shown}, which need replies: forecast those marketplaces (POST /api/forecasts) or plan another forecast`;
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

function quoted(ids: string[]): string {
  return ids.map((id) => `"${id}"`).join(', ') || 'none';
}
