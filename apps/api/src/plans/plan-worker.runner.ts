import { Inject, Injectable, OnApplicationShutdown, Optional } from '@nestjs/common';
import { availableParallelism } from 'os';
import { join, resolve } from 'path';
import { Worker, WorkerOptions } from 'worker_threads';
import type { PlanProgressEvent } from '@app/optimizer';
import type { TeamPlanResult } from '@app/scenarios/adapters/team-plan.adapter';
import { JOBS_CONFIG, type JobsConfig } from '../jobs/jobs.config';
import type { PlanWorkerInput, PlanWorkerMessage } from './plan-worker.messages';

/** The solve was cancelled: its worker was terminated. */
export class PlanCancelledError extends Error {
  constructor() {
    super('planning cancelled');
    this.name = 'PlanCancelledError';
  }
}

export interface PlanWorkerRun {
  onProgress: (event: PlanProgressEvent) => void;
  signal: AbortSignal;
}

/**
 * Solves plans in worker threads, one per solve: the blocking HiGHS solve leaves the API
 * responsive, progress arrives while it runs, and an aborted signal terminates the worker. At
 * most `solveConcurrency` threads run at once (default one per core); later solves wait their turn.
 */
@Injectable()
export class PlanWorkerRunner implements OnApplicationShutdown {
  private readonly workers = new Set<Worker>();
  private readonly limit: number;
  private running = 0;
  private readonly turns: Array<() => void> = [];

  constructor(@Optional() @Inject(JOBS_CONFIG) config?: JobsConfig) {
    this.limit = config?.solveConcurrency ?? availableParallelism();
  }

  /** Workers alive right now (a cancelled one is gone once it has exited). */
  get activeWorkers(): number {
    return this.workers.size;
  }

  async run(input: PlanWorkerInput, options: PlanWorkerRun): Promise<TeamPlanResult> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.turns.push(resolve));
    this.running++;
    try {
      return await this.solve(input, options);
    } finally {
      this.running--;
      this.turns.shift()?.();
    }
  }

  private solve(input: PlanWorkerInput, { onProgress, signal }: PlanWorkerRun): Promise<TeamPlanResult> {
    return new Promise<TeamPlanResult>((resolvePlan, reject) => {
      if (signal.aborted) {
        reject(new PlanCancelledError());
        return;
      }
      const { filename, options } = workerLaunch();
      let worker: Worker;
      try {
        worker = new Worker(filename, { ...options, workerData: input });
      } catch (error) {
        // a solver that cannot load fails this solve with the reason; nothing is started again
        reject(new Error(`the planning worker could not start: ${error instanceof Error ? error.message : String(error)}`));
        return;
      }
      this.workers.add(worker);
      let settled = false;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', abort);
        void worker.terminate();
        finish();
      };
      const abort = () => settle(() => reject(new PlanCancelledError()));
      signal.addEventListener('abort', abort, { once: true });

      worker.on('message', (message: PlanWorkerMessage) => {
        if (settled) return;
        if (message.type === 'progress') onProgress(message.event);
        else if (message.type === 'result') settle(() => resolvePlan(message.result));
        else settle(() => reject(new Error(message.message)));
      });
      worker.on('error', (error) => settle(() => reject(new Error(`the planning worker failed: ${error.message}`))));
      worker.on('exit', (code) => {
        this.workers.delete(worker);
        settle(() => reject(new Error(`the planning worker stopped (exit code ${code}) before it answered`)));
      });
    });
  }

  /** Last of all (jobs hand their solves back first, on module destroy / before shutdown). */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }
}

/**
 * The compiled build runs the worker's .js next to this file; under ts-node or ts-jest (this file
 * is .ts) the worker is TypeScript too and registers ts-node and the @app/* path aliases itself.
 */
function workerLaunch(): { filename: string; options: WorkerOptions } {
  // PLAN_WORKER_FILE: another solver entry (the tests point it at one that cannot load)
  if (process.env.PLAN_WORKER_FILE) return { filename: process.env.PLAN_WORKER_FILE, options: {} };
  if (!__filename.endsWith('.ts')) return { filename: join(__dirname, 'plan-solve.worker.js'), options: {} };
  const repositoryRoot = resolve(__dirname, '../../../..');
  return {
    filename: join(__dirname, 'plan-solve.worker.ts'),
    options: {
      execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
      env: { ...process.env, TS_NODE_PROJECT: process.env.TS_NODE_PROJECT ?? join(repositoryRoot, 'tsconfig.json') },
    },
  };
}
