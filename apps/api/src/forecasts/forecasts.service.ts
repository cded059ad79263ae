import { Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { HOUR_MS, QueueArrivals, ScenarioFile, formatUtc, isIsoDate, utcMidnight } from '@app/domain';
import { Clock } from '../common/clock';
import { InputIssue, InvalidInputException } from '../common/invalid-input.exception';
import { notFound } from '../common/resource-errors';
import { TransactionRunner } from '../database/transaction-runner';
import { JobContext } from '../jobs/job.types';
import { JobsService } from '../jobs/jobs.service';
import { ScenarioService } from '../scenario/scenario.service';
import {
  ForecastBacktestReportDto,
  ForecastDetailDto,
  ForecastJobDto,
  ForecastRunDto,
  ForecastSeriesPointsDto,
  mapBacktestReport,
  mapForecastDetail,
  mapForecastRun,
  mapSeriesPoints,
} from './forecast.dto';
import { ForecastRunEntity } from './forecast-run.entity';
import { ForecastSeriesEntity } from './forecast-series.entity';
import { toStoredForecast } from './forecast-rows.util';
import { checkForecastStart } from './forecast-start-check.util';
import { ForecastThread } from './forecast-thread';
import { ForecastRepository } from './forecast.repository';
import { CreateForecastDto } from './forecast-request.dto';
import { resolveForecastWindow } from './forecast-window.util';
import { parseQueryInstant } from './parse-query-instant.util';

/** A checked forecast request with its run row written, ready to run (in its own job or inside a plan's). */
export interface PreparedForecast {
  forecastId: string;
  scenario: ScenarioFile;
  startUtcMs: number;
  hours: number;
  marketplaceIds?: string[];
}

export interface SeriesQuery {
  marketplaceId?: string;
  classId?: string;
  from?: string;
  to?: string;
}

/** Hourly forecasts per marketplace and class as background jobs, stored with their backtests. */
@Injectable()
export class ForecastsService {
  constructor(
    private readonly scenarios: ScenarioService,
    private readonly forecasts: ForecastRepository,
    private readonly jobs: JobsService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly thread: ForecastThread,
  ) {
    jobs.register<PreparedForecast, ForecastRunDto>('forecast', (prepared, context) => this.execute(prepared, context));
  }

  /** Checks the request, stores the run and starts its job. */
  async start(request: CreateForecastDto): Promise<ForecastJobDto> {
    const prepared = await this.prepare(request);
    const jobId = await this.jobs.start('forecast', prepared, { subjects: [{ type: 'forecast', id: prepared.forecastId }] });
    await this.attachJob(prepared.forecastId, jobId);
    return { jobId, forecastId: prepared.forecastId };
  }

  /** Records the job a prepared run goes with (its own, or the plan's that runs it). */
  async attachJob(forecastId: string, jobId: string): Promise<void> {
    await this.forecasts.updateRun(forecastId, { jobId });
  }

  /**
   * Checks a request against the stored setup (400 naming the field, 404 without an
   * organisation) and writes its run row as 'running'.
   */
  async prepare(request: CreateForecastDto): Promise<PreparedForecast> {
    const scenario = await this.scenarios.export();
    const issues: InputIssue[] = [];
    const known = scenario.marketplaces.map((marketplace) => marketplace.id);
    request.marketplaceIds?.forEach((id, index) => {
      if (!known.includes(id)) {
        issues.push({ path: `/marketplaceIds/${index}`, message: `unknown marketplace "${id}"; the setup has ${known.map((k) => `"${k}"`).join(', ') || 'none'}` });
      }
    });
    if (request.start !== undefined && !isIsoDate(request.start)) {
      issues.push({ path: '/start', message: `"${request.start}" is not a calendar date` });
    }
    if (issues.length) throw new InvalidInputException('forecast request', issues);

    const window = resolveForecastWindow(request, scenario.horizon, this.clock.now());
    const startUtcMs = utcMidnight(window.start);
    const selected = request.marketplaceIds ?? known;
    issues.push(...checkForecastStart(scenario, selected, { startUtcMs, hours: window.hours }, request.start === undefined));
    if (issues.length) throw new InvalidInputException('forecast request', issues);

    const forecastId = randomUUID();
    const run = Object.assign(new ForecastRunEntity(), {
      id: forecastId,
      jobId: null,
      status: 'running',
      createdAt: this.now(),
      finishedAt: null,
      scenarioName: scenario.name,
      startUtc: formatUtc(startUtcMs),
      hours: window.hours,
      marketplaceIds: request.marketplaceIds ?? null,
      marketplaces: null,
      error: null,
    });
    await this.forecasts.insertRun(run);
    return { forecastId, scenario, startUtcMs, hours: window.hours, marketplaceIds: request.marketplaceIds };
  }

  /**
   * Forecasts series by series (progress `series` {marketplaceId, classId, done, total}), then
   * stores them and marks the run succeeded (a failed or cancelled job closes its run: the jobs' one lifecycle).
   */
  async execute(prepared: PreparedForecast, { progress, signal }: JobContext): Promise<ForecastRunDto> {
    const { forecastId } = prepared;
    // a retry of a job whose worker stopped after storing the forecast: it is not made again
    const done = await this.forecasts.getById(forecastId);
    if (done?.status === 'succeeded') return mapForecastRun(done);
    const result = await this.thread.forecast(prepared.scenario, {
      startUtcMs: prepared.startUtcMs,
      hours: prepared.hours,
      marketplaceIds: prepared.marketplaceIds,
      signal,
      onProgress: (step) => progress('series', step),
    });
    if (signal.aborted) throw new Error('forecast cancelled');
    const { outcomes, series } = toStoredForecast(forecastId, result);
    await this.transactions.run(async (tx) => {
      await this.forecasts.insertSeries(series, tx);
      await this.forecasts.updateRun(forecastId, { status: 'succeeded', marketplaces: outcomes, finishedAt: this.now() }, tx);
    });
    return mapForecastRun((await this.forecasts.getById(forecastId)) as ForecastRunEntity);
  }

  async list(): Promise<ForecastRunDto[]> {
    return (await this.forecasts.list()).map(mapForecastRun);
  }

  async get(id: string): Promise<ForecastDetailDto> {
    const run = await this.run(id);
    return mapForecastDetail(run, await this.forecasts.series(id));
  }

  async latest(): Promise<ForecastDetailDto> {
    const run = await this.forecasts.latestSucceeded();
    if (!run) throw new NotFoundException('no forecast has succeeded yet: start one with POST /api/forecasts');
    return mapForecastDetail(run, await this.forecasts.series(run.id));
  }

  /**
   * The newest succeeded run of every marketplace covering [startUtcMs, +hours): the forecast a
   * planning window reads its slice from; null when there is none.
   */
  async newestCovering(startUtcMs: number, hours: number): Promise<string | null> {
    const runs = await this.forecasts.list();
    const covering = runs.find((run) => {
      const runStart = Date.parse(run.startUtc);
      return run.status === 'succeeded' && run.marketplaceIds === null && runStart <= startUtcMs && runStart + run.hours * HOUR_MS >= startUtcMs + hours * HOUR_MS;
    });
    return covering?.id ?? null;
  }

  /** The newest succeeded run's id, or null. */
  async latestId(): Promise<string | null> {
    return (await this.forecasts.latestSucceeded())?.id ?? null;
  }

  /** Hourly points of the run's series, optionally of one marketplace/class and between two instants. */
  async series(id: string, query: SeriesQuery): Promise<ForecastSeriesPointsDto[]> {
    const run = await this.run(id);
    const startUtcMs = Date.parse(run.startUtc);
    const fromMs = query.from === undefined ? undefined : parseQueryInstant('from', query.from);
    const toMs = query.to === undefined ? undefined : parseQueryInstant('to', query.to);
    const rows = await this.forecasts.series(id, { marketplaceId: query.marketplaceId, classId: query.classId });
    if (rows.length === 0 && (query.marketplaceId !== undefined || query.classId !== undefined)) {
      const all = await this.forecasts.series(id);
      throw new InvalidInputException('query', [describeMissingSeries(query, all)]);
    }
    const from = fromMs === undefined ? 0 : Math.max(0, Math.ceil((fromMs - startUtcMs) / HOUR_MS));
    const to = toMs === undefined ? run.hours - 1 : Math.min(run.hours - 1, Math.floor((toMs - startUtcMs) / HOUR_MS));
    return rows.map((row) => mapSeriesPoints(row, startUtcMs, from, to));
  }

  async backtest(id: string): Promise<ForecastBacktestReportDto> {
    await this.run(id);
    return mapBacktestReport(id, await this.forecasts.series(id));
  }

  /**
   * Hourly arrivals of every queue of a succeeded run (what the planner plans for), with the
   * grid they sit on. 404 for an unknown run, 400 for one without a forecast.
   */
  async arrivals(id: string, path = '/forecastId'): Promise<{ run: ForecastRunDto; arrivals: QueueArrivals[] }> {
    const row = await this.forecasts.getById(id);
    if (!row) throw notFound('forecast', id);
    if (row.status !== 'succeeded') {
      throw new InvalidInputException('request body', [{ path, message: `forecast "${id}" is ${row.status}, not succeeded: it has no hourly arrivals to plan for` }]);
    }
    const rows = await this.forecasts.series(id);
    return {
      run: mapForecastRun(row),
      arrivals: rows.filter((entry) => entry.classId !== null).map((entry) => ({ marketplaceId: entry.marketplaceId, classId: entry.classId as string, values: entry.forecast })),
    };
  }

  private async run(id: string): Promise<ForecastRunEntity> {
    const run = await this.forecasts.getById(id);
    if (!run) throw notFound('forecast', id);
    return run;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}

function describeMissingSeries(query: SeriesQuery, all: ForecastSeriesEntity[]): InputIssue {
  const marketplaces = [...new Set(all.map((row) => row.marketplaceId))];
  if (query.marketplaceId !== undefined && !marketplaces.includes(query.marketplaceId)) {
    return { path: 'marketplaceId', message: `this forecast has no marketplace "${query.marketplaceId}"; it has ${marketplaces.map((id) => `"${id}"`).join(', ') || 'none'}` };
  }
  const classes = [...new Set(all.filter((row) => query.marketplaceId === undefined || row.marketplaceId === query.marketplaceId).flatMap((row) => (row.classId === null ? [] : [row.classId])))];
  return { path: 'classId', message: `this forecast has no class "${query.classId}"${query.marketplaceId ? ` on "${query.marketplaceId}"` : ''}; it has ${classes.map((id) => `"${id}"`).join(', ') || 'none'}` };
}
