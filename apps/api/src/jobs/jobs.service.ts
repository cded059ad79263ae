import { ConflictException, Injectable } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { Observable, firstValueFrom, last } from 'rxjs';
import { Clock } from '../common/clock';
import { notFound } from '../common/resource-errors';
import { JobBackend } from './job-backend';
import { JobEntity } from './job.entity';
import { JobHandlers } from './job-handlers';
import { JobRepository } from './job.repository';
import { JobQueuePlace, queuePlace, recordedQueuePlace } from './job-queue-place';
import { currentActor } from '../auth/request-actor';
import { FINISHED_STATUSES, JobHandler, JobSnapshot, JobStreamEvent, StartJobOptions } from './job.types';

/** How often a stream re-reads the record besides the live signals (a signal lost with a dead worker). */
const STREAM_POLL_MS = 1000;

/**
 * Long computations (forecast, plan, simulation …) as durable jobs: each is a database record
 * (kind, input, status, progress events, result or error, who started it) run by the backend —
 * in this process, or on worker processes through Redis — and watched here, whoever runs it.
 */
@Injectable()
export class JobsService {
  constructor(
    private readonly jobs: JobRepository,
    private readonly handlers: JobHandlers,
    private readonly backend: JobBackend,
    private readonly clock: Clock,
  ) {}

  /** Says what a kind of job does; every process that may run it registers the same. */
  register<Input, Result>(kind: string, handler: JobHandler<Input, Result>): void {
    this.handlers.register(kind, handler as JobHandler);
  }

  /** Stores the job as queued and hands it to the backend; returns its id. */
  async start(kind: string, input: unknown, options: StartJobOptions = {}): Promise<string> {
    const id = randomUUID();
    await this.jobs.insert(
      Object.assign(new JobEntity(), {
        id,
        kind,
        status: 'queued',
        startedBy: options.startedBy ?? currentActor()?.email ?? 'api',
        createdAt: this.now(),
        startedAt: null,
        finishedAt: null,
        attempts: 0,
        worker: null,
        input: input ?? null,
        subjects: options.subjects ?? [],
        events: [],
        result: null,
        error: null,
      }),
    );
    await this.backend.enqueue(id, kind);
    return id;
  }

  async get(id: string): Promise<JobSnapshot> {
    const row = await this.record(id);
    return toSnapshot(row, await this.placeOf(row));
  }

  /** Newest first (without events and results; with the queue place of those that wait). */
  async list(limit = 100): Promise<JobSnapshot[]> {
    const rows = await this.jobs.list(limit);
    const waiting = rows.some((row) => row.status === 'queued') ? await this.backend.waiting() : [];
    const events = await this.jobs.eventsOf(rows.filter((row) => row.status === 'running').map((row) => row.id));
    const places = await Promise.all(rows.map((row) => this.placeOf({ ...row, events: events.get(row.id) ?? [] } as JobEntity, waiting)));
    return rows.map((row, index) => toSnapshot({ ...row, events: [] } as JobEntity, places[index]));
  }

  /** The input the job was started with. */
  async input(id: string): Promise<unknown> {
    return (await this.record(id)).input;
  }

  /** Resolves once the job has finished, however it ended. */
  async wait(id: string): Promise<JobSnapshot> {
    await firstValueFrom(this.events(id).pipe(last(undefined, null)));
    return this.get(id);
  }

  /** Past and future stream events of the job; completes after its final event. 404 for an unknown job (on subscribe). */
  events(id: string): Observable<JobStreamEvent> {
    return new Observable<JobStreamEvent>((subscriber) => {
      let sent = 0;
      /** The queue place last sent, as JSON ('null': none). */
      let shownPlace = 'null';
      let closed = false;
      let reading: Promise<void> | null = null;
      let again = false;
      const finish = () => {
        closed = true;
        live.unsubscribe();
        clearInterval(poll);
      };
      const showPlace = (place: JobQueuePlace | undefined) => {
        const text = JSON.stringify(place ?? null);
        if (text === shownPlace) return;
        shownPlace = text;
        subscriber.next({ type: 'queue', data: { queue: place ?? null } });
      };
      const refresh = (): Promise<void> => {
        if (reading) {
          again = true;
          return reading;
        }
        reading = (async () => {
          do {
            again = false;
            const row = await this.jobs.progressOf(id);
            if (closed) return;
            if (!row) {
              subscriber.error(notFound('job', id));
              finish();
              return;
            }
            for (; sent < row.events.length; sent++) subscriber.next({ type: 'progress', data: row.events[sent] });
            if (FINISHED_STATUSES.includes(row.status)) {
              subscriber.next(finalEvent(row));
              subscriber.complete();
              finish();
              return;
            }
            const place = await this.placeOf(row);
            if (closed) return;
            showPlace(place);
          } while (again && !closed);
        })().finally(() => (reading = null));
        return reading;
      };
      const live = this.backend.signals(id).subscribe((signal) => {
        if (closed) return;
        if (signal.type === 'progress' && signal.seq === sent && !reading) {
          subscriber.next({ type: 'progress', data: signal.event });
          sent++;
          showPlace(recordedQueuePlace('running', signal.event));
        } else if (signal.type === 'settled' || signal.seq > sent || reading) {
          void refresh();
        }
      });
      const poll = setInterval(() => void refresh(), STREAM_POLL_MS);
      void refresh();
      return () => finish();
    });
  }

  /** Marks the job cancelled and stops it wherever it runs; what it still returns is ignored. 409 once finished. */
  async cancel(id: string): Promise<JobSnapshot> {
    const row = await this.record(id);
    const finishedAt = this.now();
    if (FINISHED_STATUSES.includes(row.status) || !(await this.jobs.finishOpen(id, { status: 'cancelled', finishedAt }))) {
      const now = await this.record(id);
      throw new ConflictException(`job "${id}" has already ${now.status === 'cancelled' ? 'been cancelled' : now.status}`);
    }
    await this.backend.cancel(id);
    await this.jobs.closeSubjects(row.subjects, { status: 'cancelled', error: 'cancelled', finishedAt });
    return this.get(id);
  }

  /**
   * Where the job waits, if it does: queued, its place in the backend's queue for a job slot
   * (`waiting`: that queue, when the caller has read it); running, the wait for a solver its
   * progress last recorded.
   */
  private async placeOf(row: JobEntity, waiting?: string[]): Promise<JobQueuePlace | undefined> {
    if (row.status !== 'queued') return recordedQueuePlace(row.status, row.events?.at(-1));
    const ahead = (waiting ?? (await this.backend.waiting())).indexOf(row.id);
    return ahead < 0 ? undefined : queuePlace('job-slot', ahead);
  }

  private async record(id: string): Promise<JobEntity> {
    const row = await this.jobs.getById(id);
    if (!row) throw notFound('job', id);
    return row;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}

function toSnapshot(row: JobEntity, queue?: JobQueuePlace): JobSnapshot {
  const snapshot: JobSnapshot = {
    id: row.id,
    kind: row.kind,
    status: row.status,
    startedBy: row.startedBy,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    attempts: row.attempts,
    events: row.events ?? [],
  };
  if (queue) snapshot.queue = queue;
  if (row.status === 'succeeded') snapshot.result = row.result;
  if (row.status === 'failed' && row.error !== null) snapshot.error = row.error;
  return snapshot;
}

function finalEvent(row: JobEntity): JobStreamEvent {
  if (row.status === 'succeeded') return { type: 'done', data: { status: 'succeeded', result: row.result } };
  if (row.status === 'failed') return { type: 'failed', data: { status: 'failed', error: row.error ?? 'failed' } };
  return { type: 'cancelled', data: { status: 'cancelled' } };
}
