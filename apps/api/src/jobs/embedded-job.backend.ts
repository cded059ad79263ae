import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Observable, Subject, filter, map } from 'rxjs';
import { JobBackend } from './job-backend';
import { JobExecutor } from './job-executor';
import { JobRepository } from './job.repository';
import { JOBS_CONFIG, type JobsConfig } from './jobs.config';
import type { JobSignal } from './job.types';

interface Running {
  abort: AbortController;
  handBack: boolean;
  done: Promise<unknown>;
}

/**
 * The default: jobs run in this process, at most `concurrency` at once, the rest wait in order.
 * Records are durable, so after a restart the queued ones run and one the stopped process was
 * running is tried once more (a second stop fails it, with the reason).
 */
@Injectable()
export class EmbeddedJobBackend extends JobBackend implements OnApplicationBootstrap, OnModuleDestroy {
  readonly name = 'embedded';
  private readonly logger = new Logger('Jobs');
  /** Ids waiting for a slot, next first. */
  private readonly queue: string[] = [];
  private readonly running = new Map<string, Running>();
  private readonly live = new Subject<{ id: string; signal: JobSignal }>();
  private stopping = false;

  constructor(
    private readonly executor: JobExecutor,
    private readonly jobs: JobRepository,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {
    super();
  }

  async enqueue(id: string): Promise<void> {
    this.queue.push(id);
    setImmediate(() => this.pump());
  }

  async cancel(id: string): Promise<void> {
    const index = this.queue.indexOf(id);
    if (index >= 0) this.queue.splice(index, 1);
    this.running.get(id)?.abort.abort();
    this.live.next({ id, signal: { type: 'settled' } });
  }

  async waiting(): Promise<string[]> {
    return [...this.queue];
  }

  signals(id: string): Observable<JobSignal> {
    return this.live.pipe(
      filter((item) => item.id === id),
      map((item) => item.signal),
    );
  }

  /** Jobs a stopped process left: queued ones run, a running one is retried once, then failed. */
  async onApplicationBootstrap(): Promise<void> {
    const left = await this.jobs.unfinished();
    for (const job of left) {
      if (job.status === 'running' && job.attempts >= 2) {
        await this.executor.failAbandoned(job.id, `the server stopped while running it ${job.attempts} times (${job.worker ?? 'unknown process'} last)`);
      } else {
        this.queue.push(job.id);
      }
    }
    if (left.length) this.logger.log(`${left.length} job(s) left by a stopped server taken up again`);
    this.pump();
  }

  /** Stopping (before the solver threads and the database close): jobs still running are handed back, queued again for the next start. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.queue.length = 0;
    for (const run of this.running.values()) {
      run.handBack = true;
      run.abort.abort();
    }
    const grace = new Promise((resolve) => setTimeout(resolve, this.config.shutdownGraceSeconds * 1000).unref());
    await Promise.race([Promise.all([...this.running.values()].map((run) => run.done.catch(() => undefined))), grace]);
    // a job that ignores its signal is not waited for: it goes back in the queue as it is
    for (const id of this.running.keys()) await this.jobs.requeue(id).catch(() => undefined);
  }

  private pump(): void {
    while (!this.stopping && this.running.size < this.config.concurrency && this.queue.length) {
      const id = this.queue.shift() as string;
      if (this.running.has(id)) continue;
      const run: Running = { abort: new AbortController(), handBack: false, done: Promise.resolve() };
      this.running.set(id, run);
      run.done = this.executor
        .attempt(id, {
          signal: run.abort.signal,
          handBack: () => run.handBack,
          publish: (signal) => this.live.next({ id, signal }),
        })
        .catch((error: unknown) => this.logger.error(`job ${id} could not run: ${String(error)}`))
        .finally(() => {
          this.running.delete(id);
          this.pump();
        });
    }
  }
}
