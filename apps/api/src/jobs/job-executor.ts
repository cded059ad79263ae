import { Injectable, Logger } from '@nestjs/common';
import { hostname } from 'os';
import { Clock } from '../common/clock';
import { JobHandlers } from './job-handlers';
import { JobRepository } from './job.repository';
import { QUEUE_STAGE, queueLeft, queuePlace } from './job-queue-place';
import type { JobProgressEvent, JobSignal } from './job.types';

/** How an attempt ended: ran to an outcome, was handed back, or was not this process's to run. */
export type AttemptOutcome = 'succeeded' | 'failed' | 'cancelled' | 'handed-back' | 'skipped';

export interface AttemptOptions {
  /** Aborted on cancel; with `handBack()` true, the job goes back to the queue instead. */
  signal: AbortSignal;
  handBack?: () => boolean;
  /** Each progress event, for the live stream. */
  publish: (signal: JobSignal) => void;
  /** Called with each progress event: keeps the queue's lock on the job. */
  heartbeat?: () => void;
}

/** This process, as job records name it. */
export const WORKER_NAME = `${hostname()}:${process.pid}`;

/**
 * Runs one attempt of a stored job, in whichever process took it up: claims the record (never a
 * finished one, never one another process holds), runs its kind's handler, records progress and
 * the outcome — only if this attempt still holds the job — and closes its stored runs when it fails.
 */
@Injectable()
export class JobExecutor {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly jobs: JobRepository,
    private readonly handlers: JobHandlers,
    private readonly clock: Clock,
  ) {}

  async attempt(id: string, options: AttemptOptions): Promise<AttemptOutcome> {
    const record = await this.jobs.getById(id);
    if (!record || record.status === 'succeeded' || record.status === 'failed' || record.status === 'cancelled') return 'skipped';
    const events = [...record.events];
    if (record.status === 'running') {
      // the process that held it stopped: this is the retry
      events.push({ at: this.now(), stage: 'retry', detail: { attempt: record.attempts + 1, previousWorker: record.worker } });
    }
    if (!(await this.jobs.claim(id, record.attempts, WORKER_NAME, this.now(), events))) return 'skipped';
    const attempt = record.attempts + 1;
    for (const [seq, event] of events.entries()) if (seq >= record.events.length) options.publish({ type: 'progress', seq, event });

    let writes: Promise<void> = Promise.resolve();
    const progress = (stage: string, detail?: object) => {
      if (options.signal.aborted) return;
      const event: JobProgressEvent = detail === undefined ? { at: this.now(), stage } : { at: this.now(), stage, detail };
      events.push(event);
      const snapshot = [...events];
      writes = writes.then(() => this.jobs.saveEvents(id, attempt, snapshot)).catch((error: unknown) => this.logger.warn(`job ${id}: progress not stored: ${String(error)}`));
      options.publish({ type: 'progress', seq: events.length - 1, event });
      options.heartbeat?.();
    };
    const waitingForSolver = (ahead: number | null) => progress(QUEUE_STAGE, ahead === null ? queueLeft('solver') : queuePlace('solver', ahead));

    const handler = this.handlers.get(record.kind);
    let outcome: AttemptOutcome;
    try {
      if (!handler) throw new Error(`this process has no processor for "${record.kind}" jobs`);
      const full = await this.jobs.getById(id);
      const result = await handler(full!.input, { progress, waitingForSolver, signal: options.signal });
      await writes;
      if (options.signal.aborted) throw new Error('cancelled');
      outcome = (await this.jobs.finishAttempt(id, attempt, { status: 'succeeded', result: result ?? null, events, finishedAt: this.now() })) ? 'succeeded' : 'skipped';
    } catch (error) {
      await writes;
      const message = error instanceof Error ? error.message : String(error);
      if (options.signal.aborted && options.handBack?.()) {
        events.push({ at: this.now(), stage: 'handed-back', detail: { worker: WORKER_NAME } });
        await this.jobs.handBack(id, attempt, events);
        outcome = 'handed-back';
      } else if (options.signal.aborted) {
        outcome = 'cancelled';
      } else if (await this.jobs.finishAttempt(id, attempt, { status: 'failed', error: message, events, finishedAt: this.now() })) {
        this.logger.warn(`job ${id} (${record.kind}) failed: ${message}`);
        await this.jobs.closeSubjects(record.subjects ?? (await this.jobs.getById(id))!.subjects, { status: 'failed', error: message, finishedAt: this.now() });
        outcome = 'failed';
      } else {
        outcome = 'skipped';
      }
    }
    options.publish({ type: 'settled' });
    return outcome;
  }

  /** Fails a job whose runs all died (a worker that stopped twice), with the reason. */
  async failAbandoned(id: string, reason: string): Promise<boolean> {
    const record = await this.jobs.getById(id);
    if (!record) return false;
    const finishedAt = this.now();
    const failed = await this.jobs.finishOpen(id, { status: 'failed', error: reason, finishedAt });
    if (failed) await this.jobs.closeSubjects(record.subjects, { status: 'failed', error: reason, finishedAt });
    return failed;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
