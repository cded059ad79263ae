import { Inject, Injectable, OnApplicationShutdown, Optional } from '@nestjs/common';
import { availableParallelism } from 'os';
import { Worker, WorkerOptions } from 'worker_threads';
import type { PlanProgressEvent } from '@app/optimizer';
import type { TeamPlanResult } from '@app/scenarios/adapters/team-plan.adapter';
import { workerLaunch } from '../common/worker-launch';
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
  /** While every solver is busy: the solves before this one, each time that changes; null once it has a solver. */
  onQueue?: (ahead: number | null) => void;
}

/** A solve waiting for a thread. */
interface Waiter {
  start: () => void;
  onQueue?: (ahead: number | null) => void;
}

/**
 * Solves plans in worker threads: the blocking HiGHS solve leaves the API responsive, progress
 * arrives while it runs, and an aborted signal terminates its thread. At most `solveConcurrency`
 * threads solve at once (default one per core); later solves wait their turn, told their place
 * as it changes, and a cancelled one leaves the line. A thread that
 * answered is kept for the next solve (idle, not holding the process open): starting one loads
 * the libraries and compiles HiGHS's WebAssembly again, which on a short plan costs as much as
 * the solve and, compiling on background threads, takes a second core.
 */
@Injectable()
export class PlanWorkerRunner implements OnApplicationShutdown {
  /** Threads solving right now. */
  private readonly busy = new Set<Worker>();
  /** Threads that answered and wait for the next solve, with the entry file they run. */
  private readonly idle: Array<{ worker: Worker; filename: string; onExit: () => void }> = [];
  private readonly limit: number;
  /** Solves holding one of the `limit` places (solving, or about to). */
  private running = 0;
  /** Solves waiting for a place, next first. */
  private readonly line: Waiter[] = [];

  constructor(@Optional() @Inject(JOBS_CONFIG) config?: JobsConfig) {
    this.limit = config?.solveConcurrency ?? availableParallelism();
  }

  /** Threads solving right now (a cancelled one is gone once it has exited). */
  get activeWorkers(): number {
    return this.busy.size;
  }

  /** Threads kept for the next solve. */
  get idleWorkers(): number {
    return this.idle.length;
  }

  async run(input: PlanWorkerInput, options: PlanWorkerRun): Promise<TeamPlanResult> {
    await this.place(options);
    try {
      return await this.solve(input, options);
    } finally {
      this.release();
    }
  }

  /** Takes one of the places, or waits in line for one (a cancel leaves the line). */
  private place({ signal, onQueue }: PlanWorkerRun): Promise<void> {
    if (this.running < this.limit) {
      this.running++;
      return Promise.resolve();
    }
    if (signal.aborted) return Promise.reject(new PlanCancelledError());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        onQueue,
        start: () => {
          signal.removeEventListener('abort', leave);
          onQueue?.(null);
          resolve();
        },
      };
      const leave = () => {
        const index = this.line.indexOf(waiter);
        if (index >= 0) {
          this.line.splice(index, 1);
          this.moved(index);
        }
        reject(new PlanCancelledError());
      };
      signal.addEventListener('abort', leave, { once: true });
      this.line.push(waiter);
      onQueue?.(this.line.length - 1);
    });
  }

  /** A solve ended: its place goes straight to the next in line (no later solve can take it first). */
  private release(): void {
    const next = this.line.shift();
    if (!next) {
      this.running--;
      return;
    }
    next.start();
    this.moved(0);
  }

  /** Those in line from `from` on moved up one. */
  private moved(from: number): void {
    for (let ahead = from; ahead < this.line.length; ahead++) this.line[ahead].onQueue?.(ahead);
  }

  private solve(input: PlanWorkerInput, { onProgress, signal }: PlanWorkerRun): Promise<TeamPlanResult> {
    return new Promise<TeamPlanResult>((resolvePlan, reject) => {
      if (signal.aborted) {
        reject(new PlanCancelledError());
        return;
      }
      const { filename, options } = solverLaunch();
      let worker: Worker;
      try {
        worker = this.take(filename) ?? new Worker(filename, options);
      } catch (error) {
        // a solver that cannot load fails this solve with the reason; nothing is started again
        reject(new Error(`the planning worker could not start: ${error instanceof Error ? error.message : String(error)}`));
        return;
      }
      this.busy.add(worker);
      worker.ref();
      let settled = false;
      const settle = (finish: () => void, keep: boolean) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', abort);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (keep && this.idle.length < this.limit) {
          this.busy.delete(worker);
          worker.unref();
          const onIdleExit = () => this.forget(worker);
          worker.once('exit', onIdleExit);
          this.idle.push({ worker, filename, onExit: onIdleExit });
        } else {
          // counted as solving until the thread has exited
          void worker.terminate().finally(() => this.busy.delete(worker));
        }
        finish();
      };
      const abort = () => settle(() => reject(new PlanCancelledError()), false);
      const onMessage = (message: PlanWorkerMessage) => {
        if (message.type === 'progress') onProgress(message.event);
        else if (message.type === 'result') settle(() => resolvePlan(message.result), true);
        else settle(() => reject(new Error(message.message)), true);
      };
      const onError = (error: Error) => settle(() => reject(new Error(`the planning worker failed: ${error.message}`)), false);
      const onExit = (code: number) => settle(() => reject(new Error(`the planning worker stopped (exit code ${code}) before it answered`)), false);
      signal.addEventListener('abort', abort, { once: true });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(input);
    });
  }

  /** An idle thread running `filename`, if there is one. */
  private take(filename: string): Worker | undefined {
    const index = this.idle.findIndex((entry) => entry.filename === filename);
    if (index < 0) return undefined;
    const [entry] = this.idle.splice(index, 1);
    entry.worker.off('exit', entry.onExit);
    return entry.worker;
  }

  private forget(worker: Worker): void {
    const index = this.idle.findIndex((entry) => entry.worker === worker);
    if (index >= 0) this.idle.splice(index, 1);
  }

  /** Last of all (jobs hand their solves back first, on module destroy / before shutdown). */
  async onApplicationShutdown(): Promise<void> {
    const all = [...this.busy, ...this.idle.map((entry) => entry.worker)];
    this.idle.length = 0;
    await Promise.all(all.map((worker) => worker.terminate()));
  }
}

/** The solver's entry: PLAN_WORKER_FILE names another (the tests point it at one that cannot load). */
function solverLaunch(): { filename: string; options: WorkerOptions } {
  if (process.env.PLAN_WORKER_FILE) return { filename: process.env.PLAN_WORKER_FILE, options: {} };
  return workerLaunch(__filename, 'plan-solve.worker');
}
