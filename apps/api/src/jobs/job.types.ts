import type { JobQueuePlace } from './job-queue-place';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export const FINISHED_STATUSES: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled'];

/** A step a job reports while it runs (e.g. "forecast amazon-us", { done: 3, of: 5 }). */
export interface JobProgressEvent {
  /** UTC instant, ISO 8601. */
  at: string;
  stage: string;
  detail?: object;
}

/** What a running job gets: a way to report progress, and the signal that it was cancelled. */
export interface JobContext {
  progress(stage: string, detail?: object): void;
  /**
   * Says the job waits for a solver thread with `ahead` jobs before it (each time that changes),
   * and null once it has one: recorded as `queue` progress, shown as the job's `queue` meanwhile.
   */
  waitingForSolver(ahead: number | null): void;
  /** Aborted on cancel (or when its worker hands it back); long computations should check it and stop. */
  signal: AbortSignal;
}

/** What a kind of job does with its input; registered once per process (API and workers alike). */
export type JobHandler<Input = any, Result = unknown> = (input: Input, context: JobContext) => Promise<Result>;

/**
 * A stored run a job stands for (a plan row, the forecast a plan job makes first …). Its table has
 * `status`, `error` and `finished_at` columns; the job's lifecycle closes it when the job fails or is
 * cancelled, so no service keeps a lifecycle of its own.
 */
export interface JobSubject {
  type: 'plan' | 'forecast' | 'simulation';
  id: string;
}

export interface StartJobOptions {
  subjects?: JobSubject[];
  /** Who starts it; 'api' unless said. */
  startedBy?: string;
}

/** A job as the registry knows it. */
export interface JobSnapshot<Result = unknown> {
  id: string;
  /** What it does: "forecast", "plan", "simulation" … */
  kind: string;
  status: JobStatus;
  startedBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  attempts: number;
  events: JobProgressEvent[];
  /** Present while it waits for a job slot or a solver: its place in that queue. */
  queue?: JobQueuePlace;
  /** Present once succeeded. */
  result?: Result;
  /** Present once failed. */
  error?: string;
}

/** What the event stream carries: each progress event (and each change of its queue place), then exactly one final event. */
export type JobStreamEvent =
  | { type: 'progress'; data: JobProgressEvent }
  /** Its place in a queue each time it changes (the job's `queue`); null once it no longer waits. */
  | { type: 'queue'; data: { queue: JobQueuePlace | null } }
  | { type: 'done'; data: { status: 'succeeded'; result: unknown } }
  | { type: 'failed'; data: { status: 'failed'; error: string } }
  | { type: 'cancelled'; data: { status: 'cancelled' } };

/** What a process running a job tells the API as it goes (in process, or through Redis). */
export type JobSignal = { type: 'progress'; seq: number; event: JobProgressEvent } | { type: 'settled' };
