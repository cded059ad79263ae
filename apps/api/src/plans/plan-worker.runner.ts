import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { join, resolve } from 'path';
import { Worker, WorkerOptions } from 'worker_threads';
import type { PlanProgressEvent } from '@app/optimizer';
import type { TeamPlanResult } from '@app/scenarios/adapters/team-plan.adapter';
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
 * responsive, progress arrives while it runs, and an aborted signal terminates the worker.
 */
@Injectable()
export class PlanWorkerRunner implements OnModuleDestroy {
  private readonly workers = new Set<Worker>();

  /** Workers alive right now (a cancelled one is gone once it has exited). */
  get activeWorkers(): number {
    return this.workers.size;
  }

  run(input: PlanWorkerInput, { onProgress, signal }: PlanWorkerRun): Promise<TeamPlanResult> {
    return new Promise<TeamPlanResult>((resolvePlan, reject) => {
      if (signal.aborted) {
        reject(new PlanCancelledError());
        return;
      }
      const { filename, options } = workerLaunch();
      const worker = new Worker(filename, { ...options, workerData: input });
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
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', (code) => {
        this.workers.delete(worker);
        settle(() => reject(new Error(`the planning worker stopped (exit code ${code}) before it answered`)));
      });
    });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }
}

/**
 * The compiled build runs the worker's .js next to this file; under ts-node or ts-jest (this file
 * is .ts) the worker is TypeScript too and registers ts-node and the @app/* path aliases itself.
 */
function workerLaunch(): { filename: string; options: WorkerOptions } {
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
