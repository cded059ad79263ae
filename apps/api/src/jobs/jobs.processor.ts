import { Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import Redis from 'ioredis';
import { JobExecutor, WORKER_NAME } from './job-executor';
import { JOBS_CONFIG, type JobsConfig } from './jobs.config';
import { JOBS_QUEUE, cancelChannel, redisOptions } from './redis-connection';

interface Active {
  abort: AbortController;
  handBack: boolean;
  done: Promise<unknown>;
}

/**
 * A worker process's side of the queue: runs each job it takes with the same executor as the
 * embedded backend. The lock on a job is renewed by a heartbeat while its attempt runs (each
 * progress event, and a beat every third of the lock while the solver is still at it), not by
 * BullMQ's own timer; a worker that dies stops beating, its job stalls and another worker
 * retries it once. A cancel published by the API aborts the job here; SIGTERM lets running
 * jobs finish within the grace period, then hands them back to the queue.
 */
export class JobsProcessor extends WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private readonly active = new Map<string, Active>();
  private readonly subscriber: Redis;

  constructor(
    private readonly executor: JobExecutor,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {
    super();
    this.subscriber = new Redis(redisOptions(config.redisUrl as string));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.subscriber.subscribe(cancelChannel(this.config.queuePrefix));
    this.subscriber.on('message', (_channel: string, id: string) => this.active.get(id)?.abort.abort());
    this.logger.log(`worker ${WORKER_NAME} takes up to ${this.config.concurrency} job(s) at once`);
  }

  async process(job: Job<{ jobId: string }>, token?: string): Promise<string> {
    const id = job.data.jobId;
    const lockMs = this.config.lockSeconds * 1000;
    const entry: Active = { abort: new AbortController(), handBack: false, done: Promise.resolve() };
    let lastBeat = Date.now();
    const beat = () => {
      lastBeat = Date.now();
      if (token) void job.extendLock(token, lockMs).catch((error: unknown) => this.logger.warn(`job ${id}: lock not extended: ${String(error)}`));
    };
    const timer = setInterval(() => {
      if (Date.now() - lastBeat >= lockMs / 3) beat();
    }, Math.max(200, lockMs / 6));
    this.active.set(id, entry);
    try {
      const attempt = this.executor.attempt(id, {
        signal: entry.abort.signal,
        handBack: () => entry.handBack,
        heartbeat: () => {
          if (Date.now() - lastBeat >= 1000) beat();
        },
        publish: (signal) => {
          if (signal.type === 'progress') void job.updateProgress({ seq: signal.seq, event: signal.event }).catch(() => undefined);
        },
      });
      entry.done = attempt;
      const outcome = await attempt;
      this.logger.log(`job ${id} (${job.name}) ${outcome}`);
      if (outcome === 'handed-back') {
        await job.moveToDelayed(Date.now(), token);
        throw new DelayedError();
      }
      return outcome;
    } finally {
      clearInterval(timer);
      this.active.delete(id);
    }
  }

  /** SIGTERM: no new jobs; running ones get the grace period to finish, then go back to the queue. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.pause(true).catch(() => undefined);
    const running = [...this.active.values()];
    if (running.length) {
      this.logger.log(`stopping: ${running.length} job(s) get ${this.config.shutdownGraceSeconds} s to finish before they are handed back`);
      const grace = new Promise((resolve) => setTimeout(resolve, this.config.shutdownGraceSeconds * 1000).unref());
      await Promise.race([Promise.all(running.map((entry) => entry.done.catch(() => undefined))), grace]);
      for (const entry of this.active.values()) {
        entry.handBack = true;
        entry.abort.abort();
      }
      await Promise.all([...this.active.values()].map((entry) => entry.done.catch(() => undefined)));
    }
    this.subscriber.disconnect();
  }
}

/** The processor class with this process's worker options (concurrency, lock, stalled handling). */
export function configuredJobsProcessor(config: JobsConfig): typeof JobsProcessor {
  Processor(JOBS_QUEUE, {
    concurrency: config.concurrency,
    lockDuration: config.lockSeconds * 1000,
    stalledInterval: config.stalledCheckSeconds * 1000,
    // one retry of a job whose worker died, then failed ("job stalled more than allowable limit")
    maxStalledCount: 1,
    // the heartbeat above renews the lock, not BullMQ's timer
    skipLockRenewal: true,
  })(JobsProcessor);
  return JobsProcessor;
}
