import { InjectQueue, OnQueueEvent, QueueEventsHost, QueueEventsListener } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Observable, Subject, filter, map } from 'rxjs';
import { JobBackend } from './job-backend';
import { JobExecutor } from './job-executor';
import { JOBS_CONFIG, type JobsConfig } from './jobs.config';
import type { JobProgressEvent, JobSignal } from './job.types';
import { JOBS_QUEUE, cancelChannel, redisOptions } from './redis-connection';

/** Live signals of jobs run by workers, as the queue's events in Redis bring them. */
@Injectable()
export class JobSignalHub {
  readonly live = new Subject<{ id: string; signal: JobSignal }>();
}

/**
 * Jobs on a BullMQ queue in Redis, run by worker processes (`npm run worker`): the job's id is
 * the BullMQ job id, its data only that id (input and outcome are in the database). Progress comes
 * back as BullMQ job progress; a cancel is published to every worker.
 */
@Injectable()
export class BullmqJobBackend extends JobBackend implements OnModuleDestroy {
  readonly name = 'bullmq';
  private readonly publisher: Redis;

  constructor(
    @InjectQueue(JOBS_QUEUE) private readonly queue: Queue,
    private readonly hub: JobSignalHub,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {
    super();
    this.publisher = new Redis(redisOptions(config.redisUrl as string));
  }

  async enqueue(id: string, kind: string): Promise<void> {
    // no BullMQ retries of failures: a job that fails has failed; only a worker that died gets one more try (stalled handling)
    await this.queue.add(kind, { jobId: id }, { jobId: id, attempts: 1, removeOnComplete: { count: 1000 }, removeOnFail: { count: 1000 } });
  }

  async cancel(id: string): Promise<void> {
    await this.publisher.publish(cancelChannel(this.config.queuePrefix), id);
    // still waiting: it need not wait any more (a locked, active one is stopped by its worker)
    await this.queue.remove(id).catch(() => undefined);
    this.hub.live.next({ id, signal: { type: 'settled' } });
  }

  /** The queue's waiting list in the order workers take it (the oldest first). */
  async waiting(): Promise<string[]> {
    return this.queue.getRanges(['wait'], 0, -1, true);
  }

  signals(id: string): Observable<JobSignal> {
    return this.hub.live.pipe(
      filter((item) => item.id === id),
      map((item) => item.signal),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.publisher.disconnect();
  }
}

/**
 * The queue's events (BullMQ's Redis stream), in every process: progress and settling feed the
 * SSE streams; a job BullMQ failed because its worker stalled twice is recorded failed with the reason.
 */
@QueueEventsListener(JOBS_QUEUE)
export class JobQueueEvents extends QueueEventsHost {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly hub: JobSignalHub,
    private readonly executor: JobExecutor,
  ) {
    super();
  }

  @OnQueueEvent('progress')
  onProgress({ jobId, data }: { jobId: string; data: unknown }): void {
    const progress = data as { seq?: number; event?: JobProgressEvent };
    if (typeof progress?.seq === 'number' && progress.event) this.hub.live.next({ id: jobId, signal: { type: 'progress', seq: progress.seq, event: progress.event } });
  }

  @OnQueueEvent('completed')
  onCompleted({ jobId }: { jobId: string }): void {
    this.hub.live.next({ id: jobId, signal: { type: 'settled' } });
  }

  @OnQueueEvent('failed')
  async onFailed({ jobId, failedReason }: { jobId: string; failedReason: string }): Promise<void> {
    const reason = /stalled/i.test(failedReason)
      ? `its worker stopped twice while running it (${failedReason}); it was retried once and is not tried again`
      : failedReason;
    try {
      if (await this.executor.failAbandoned(jobId, reason)) this.logger.warn(`job ${jobId} failed: ${reason}`);
    } catch (error) {
      this.logger.warn(`job ${jobId}: could not record its failure: ${String(error)}`);
    }
    this.hub.live.next({ id: jobId, signal: { type: 'settled' } });
  }
}
