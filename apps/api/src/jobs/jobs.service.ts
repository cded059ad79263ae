import { ConflictException, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { Observable, ReplaySubject } from 'rxjs';
import { Clock } from '../common/clock';
import { notFound } from '../common/resource-errors';
import { FINISHED_STATUSES, JobProgressEvent, JobRun, JobSnapshot, JobStreamEvent } from './job.types';

/** Finished jobs kept for GET and late subscribers; older ones are forgotten first. */
export const FINISHED_JOBS_KEPT = 100;

interface JobRecord {
  snapshot: JobSnapshot;
  input: unknown;
  abort: AbortController;
  /** Every stream event so far, replayed to each new subscriber; completes after the final one. */
  stream: ReplaySubject<JobStreamEvent>;
  finished: Promise<JobSnapshot>;
  resolveFinished: (snapshot: JobSnapshot) => void;
}

/**
 * Runs long computations (forecast, plan, simulation) in the background and keeps, in memory,
 * their status, progress events, result or error. Jobs do not survive a restart.
 */
@Injectable()
export class JobsService {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, JobRecord>();

  constructor(private readonly clock: Clock) {}

  /** Queues `run` and returns the job's id at once; it starts on the next turn of the event loop. */
  start<Result>(kind: string, input: unknown, run: JobRun<Result>): string {
    const id = randomUUID();
    const snapshot: JobSnapshot = {
      id,
      kind,
      status: 'queued',
      createdAt: this.now(),
      startedAt: null,
      finishedAt: null,
      events: [],
    };
    let resolveFinished: (snapshot: JobSnapshot) => void = () => undefined;
    const finished = new Promise<JobSnapshot>((resolve) => (resolveFinished = resolve));
    const record: JobRecord = { snapshot, input, abort: new AbortController(), stream: new ReplaySubject(), finished, resolveFinished };
    this.jobs.set(id, record);
    setImmediate(() => void this.execute(record, run));
    this.forgetOldJobs();
    return id;
  }

  get(id: string): JobSnapshot {
    return this.copy(this.record(id));
  }

  /** The input the job was started with. */
  input(id: string): unknown {
    return this.record(id).input;
  }

  /** Resolves once the job has finished, however it ended. */
  wait(id: string): Promise<JobSnapshot> {
    return this.record(id).finished;
  }

  /** Past and future stream events of the job; completes after its final event. */
  events(id: string): Observable<JobStreamEvent> {
    return this.record(id).stream.asObservable();
  }

  /** Marks the job cancelled and aborts its signal; whatever it still returns is ignored. */
  cancel(id: string): JobSnapshot {
    const record = this.record(id);
    if (FINISHED_STATUSES.includes(record.snapshot.status)) {
      throw new ConflictException(`job "${id}" has already ${record.snapshot.status === 'cancelled' ? 'been cancelled' : record.snapshot.status}`);
    }
    this.finish(record, 'cancelled');
    record.abort.abort();
    return this.copy(record);
  }

  private async execute<Result>(record: JobRecord, run: JobRun<Result>): Promise<void> {
    const { snapshot } = record;
    if (snapshot.status !== 'queued') return; // cancelled before it started
    snapshot.status = 'running';
    snapshot.startedAt = this.now();
    try {
      const result = await run({
        signal: record.abort.signal,
        progress: (stage, detail) => {
          if (snapshot.status !== 'running') return;
          const event: JobProgressEvent = detail === undefined ? { at: this.now(), stage } : { at: this.now(), stage, detail };
          snapshot.events.push(event);
          record.stream.next({ type: 'progress', data: event });
        },
      });
      if (snapshot.status !== 'running') return;
      snapshot.result = result;
      this.finish(record, 'succeeded');
    } catch (error) {
      if (snapshot.status !== 'running') return;
      snapshot.error = error instanceof Error ? error.message : String(error);
      this.logger.warn(`job ${snapshot.id} (${snapshot.kind}) failed: ${snapshot.error}`);
      this.finish(record, 'failed');
    }
  }

  private finish(record: JobRecord, status: 'succeeded' | 'failed' | 'cancelled'): void {
    const { snapshot } = record;
    snapshot.status = status;
    snapshot.finishedAt = this.now();
    if (status === 'succeeded') record.stream.next({ type: 'done', data: { status, result: snapshot.result } });
    else if (status === 'failed') record.stream.next({ type: 'failed', data: { status, error: snapshot.error as string } });
    else record.stream.next({ type: 'cancelled', data: { status } });
    record.stream.complete();
    record.resolveFinished(this.copy(record));
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((record) => FINISHED_STATUSES.includes(record.snapshot.status));
    for (const record of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) this.jobs.delete(record.snapshot.id);
  }

  private record(id: string): JobRecord {
    const record = this.jobs.get(id);
    if (!record) throw notFound('job', id);
    return record;
  }

  private copy(record: JobRecord): JobSnapshot {
    return { ...record.snapshot, events: [...record.snapshot.events] };
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
