import { ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { applyScenarioDefinition, refreshLiveScenarios, ScenarioError, type LiveRun, type ScenarioDefinition, type ScenarioPipeline } from '@app/scenarios';
import { Clock } from '../common/clock';
import { notFound } from '../common/resource-errors';
import { TransactionRunner } from '../database/transaction-runner';
import type { JobContext } from '../jobs/job.types';
import { JobsService } from '../jobs/jobs.service';
import { ScenarioReaderService } from '../scenario/scenario-reader.service';
import { toScenarioDefinition } from '../scenarios/scenario-definition.dto';
import { ScenarioDefinitionRepository } from '../scenarios/scenario-definition.repository';
import { SCENARIO_PIPELINE } from '../scenarios/scenario-pipeline.token';
import { LiveRunEntity } from './live-run.entity';
import { RefreshRunDetailDto, RefreshRunDto, mapLiveRun, mapRefreshRun } from './refresh.dto';
import { RefreshChange, RefreshRunEntity } from './refresh-run.entity';
import { RefreshRepository } from './refresh.repository';

/** A lock older than this was left by a process that died mid-refresh and is taken over. */
const STALE_LOCK_HOURS = 6;

export type RefreshTrigger = 'schedule' | 'manual';

/** What a refresh job runs: its run row and the instant it was triggered. */
interface RefreshJob {
  runId: string;
  trigger: RefreshTrigger;
  now: string;
}

export type RefreshTriggerOutcome =
  | { started: true; runId: string; jobId: string }
  | { started: false; runId: string | null; heldBy: string; since: string };

/**
 * The refresh of live scenarios: re-forecasts from the newest history and re-plans every
 * scenario marked live, keeping each run beside the previous one. One at a time: a trigger
 * while another refresh runs is skipped (and logged; a scheduled one is kept as 'skipped').
 */
@Injectable()
export class RefreshService {
  private readonly logger = new Logger('Refresh');

  constructor(
    private readonly refresh: RefreshRepository,
    private readonly definitions: ScenarioDefinitionRepository,
    private readonly reader: ScenarioReaderService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    @Inject(SCENARIO_PIPELINE) private readonly pipeline: ScenarioPipeline,
  ) {
    jobs.register<RefreshJob, unknown>('refresh', ({ runId, now }, context) => this.execute(runId, new Date(now), context));
  }

  /** Starts a refresh now, unless one is running. `scheduledFor` is the schedule's occurrence a scheduled trigger answers. */
  async trigger(trigger: RefreshTrigger, scheduledFor: Date | null = null): Promise<RefreshTriggerOutcome> {
    const now = this.clock.now();
    const runId = randomUUID();
    const staleBefore = new Date(now.getTime() - STALE_LOCK_HOURS * 3_600_000).toISOString();
    await this.releaseAbandonedLock();
    const lock = await this.refresh.acquireLock(runId, now.toISOString(), staleBefore);
    if (!lock.acquired) {
      const why = `refresh ${lock.holder} has been running since ${lock.since}`;
      this.logger.warn(`${trigger} refresh${scheduledFor ? ` for ${scheduledFor.toISOString()}` : ''} skipped: ${why}`);
      if (trigger === 'manual') return { started: false, runId: null, heldBy: lock.holder, since: lock.since };
      await this.refresh.insertRun(this.runRow(runId, trigger, 'skipped', scheduledFor, now, `skipped: ${why}`));
      return { started: false, runId, heldBy: lock.holder, since: lock.since };
    }
    try {
      // holding the lock, any run still marked running was left by a process that stopped
      const orphans = await this.refresh.failOrphans('the server stopped before this refresh finished', now.toISOString());
      if (orphans > 0) this.logger.warn(`${orphans} unfinished refresh run(s) marked failed`);
      await this.refresh.insertRun(this.runRow(runId, trigger, 'running', scheduledFor, now, null));
      const jobId = await this.jobs.start('refresh', { runId, trigger, now: now.toISOString() } satisfies RefreshJob, trigger === 'schedule' ? { startedBy: 'schedule' } : {});
      await this.refresh.updateRun(runId, { jobId });
      this.logger.log(`${trigger} refresh ${runId} started`);
      return { started: true, runId, jobId };
    } catch (error) {
      await this.refresh.releaseLock(runId);
      throw error;
    }
  }

  /** A manual trigger: 409 when a refresh is already running. */
  async runNow(): Promise<{ runId: string; jobId: string }> {
    const outcome = await this.trigger('manual');
    if (!outcome.started) throw new ConflictException(`a refresh is already running (run ${outcome.heldBy}, since ${outcome.since}); try again when it has finished`);
    return { runId: outcome.runId, jobId: outcome.jobId };
  }

  async running(): Promise<{ runId: string; since: string } | null> {
    const lock = await this.refresh.lockHolder();
    return lock ? { runId: lock.holder, since: lock.acquiredAt } : null;
  }

  async runs(): Promise<RefreshRunDto[]> {
    return (await this.refresh.listRuns()).map(mapRefreshRun);
  }

  /** One run with each live scenario as it planned it, beside the scenario's previous run. */
  async run(id: string): Promise<RefreshRunDetailDto> {
    const row = await this.refresh.getRun(id);
    if (!row) throw notFound('refresh run', id);
    const current = new Map((await this.refresh.liveRunsOf(id)).map((live) => [live.id, live]));
    const scenarios = [];
    for (const change of row.changes) {
      const live = current.get(change.liveRunId);
      if (!live) continue;
      const previous = change.previousLiveRunId ? await this.refresh.getLiveRun(change.previousLiveRunId) : null;
      scenarios.push({
        scenarioId: change.scenarioId,
        name: change.name,
        current: mapLiveRun(live),
        previous: previous ? mapLiveRun(previous) : null,
        costPerMonthChange: change.costPerMonthChange,
        slaChange: change.slaChange,
      });
    }
    return { ...mapRefreshRun(row), scenarios };
  }

  private async execute(runId: string, now: Date, { progress, signal }: JobContext): Promise<{ runId: string; changes: RefreshChange[] }> {
    try {
      const base = await this.reader.read({ history: true });
      if (!base) throw new Error('there is no planning setup to refresh');
      const { fitting, leftOut } = this.liveDefinitions(base, (await this.definitions.live()).map(toScenarioDefinition));
      const previousRows = await this.refresh.latestLiveRuns(fitting.map((definition) => definition.id));
      const previousIds = new Map(previousRows.map((row) => [row.scenarioId, row.id]));
      progress('refresh', { liveScenarios: fitting.length });
      const results = await refreshLiveScenarios(base, fitting, {
        pipeline: this.pipeline,
        now,
        previousRuns: previousRows.map(toLiveRun),
        signal,
        onProgress: ({ stage, scenarioId, fraction, message }) => progress(stage, { ...(scenarioId ? { scenarioId } : {}), fraction, message }),
      });
      const liveRows = results.map((result) =>
        Object.assign(new LiveRunEntity(), {
          id: randomUUID(),
          refreshRunId: runId,
          scenarioId: result.scenarioId,
          ranAt: result.current.ranAt,
          horizonStart: result.current.horizonStart,
          column: result.current.column,
        }),
      );
      const changes: RefreshChange[] = results.map((result, index) => ({
        scenarioId: result.scenarioId,
        name: result.name,
        liveRunId: liveRows[index].id,
        previousLiveRunId: previousIds.get(result.scenarioId) ?? null,
        costPerMonthChange: result.costPerMonthChange,
        slaChange: result.slaChange,
      }));
      if (signal.aborted) throw new Error('cancelled');
      await this.transactions.run(async (tx) => {
        await this.refresh.insertLiveRuns(liveRows, tx);
        await this.refresh.updateRun(runId, { status: 'succeeded', finishedAt: this.clock.now().toISOString(), changes, message: leftOut.length ? leftOut.join('; ') : null }, tx);
      });
      return { runId, changes };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.refresh.updateRun(runId, { status: signal.aborted ? 'cancelled' : 'failed', finishedAt: this.clock.now().toISOString(), message });
      throw error;
    } finally {
      await this.refresh.releaseLock(runId);
    }
  }

  /**
   * A lock whose run's job has ended without releasing it holds nothing: the job failed after
   * its retry (the process died while running it, twice) or its record is gone. Released at
   * once, so a crash does not refuse refreshes for STALE_LOCK_HOURS.
   */
  private async releaseAbandonedLock(): Promise<void> {
    const lock = await this.refresh.lockHolder();
    const run = lock ? await this.refresh.getRun(lock.holder) : null;
    if (!lock || !run?.jobId) return;
    const job = await this.jobs.get(run.jobId).catch(() => null);
    if (job && (job.status === 'queued' || job.status === 'running')) return;
    this.logger.warn(`refresh lock of run ${lock.holder} released: its job ${run.jobId} ${job ? `ended ${job.status}` : 'no longer exists'}`);
    await this.refresh.releaseLock(lock.holder);
  }

  /** Live definitions that still apply to the setup; the others are left out of this run, with the reason. */
  private liveDefinitions(base: Parameters<typeof applyScenarioDefinition>[0], definitions: ScenarioDefinition[]): { fitting: ScenarioDefinition[]; leftOut: string[] } {
    const fitting: ScenarioDefinition[] = [];
    const leftOut: string[] = [];
    for (const definition of definitions) {
      try {
        applyScenarioDefinition(base, definition);
        fitting.push(definition);
      } catch (error) {
        if (!(error instanceof ScenarioError)) throw error;
        leftOut.push(`scenario "${definition.id}" left out: ${error.message}`);
      }
    }
    return { fitting, leftOut };
  }

  private runRow(id: string, trigger: RefreshTrigger, status: string, scheduledFor: Date | null, now: Date, message: string | null): RefreshRunEntity {
    return Object.assign(new RefreshRunEntity(), {
      id,
      trigger,
      status,
      scheduledFor: scheduledFor?.toISOString() ?? null,
      startedAt: now.toISOString(),
      finishedAt: status === 'skipped' ? now.toISOString() : null,
      jobId: null,
      message,
      changes: [],
    });
  }
}

function toLiveRun(row: LiveRunEntity): LiveRun {
  return { scenarioId: row.scenarioId, ranAt: row.ranAt, horizonStart: row.horizonStart, column: row.column };
}
