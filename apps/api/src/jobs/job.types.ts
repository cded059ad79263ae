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
  /** Aborted on cancel; long computations should check it and stop. */
  signal: AbortSignal;
}

export type JobRun<Result> = (context: JobContext) => Promise<Result>;

/** A job as the registry knows it. */
export interface JobSnapshot<Result = unknown> {
  id: string;
  /** What it does: "forecast", "plan", "simulation" … */
  kind: string;
  status: JobStatus;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  events: JobProgressEvent[];
  /** Present once succeeded. */
  result?: Result;
  /** Present once failed. */
  error?: string;
}

/** What the event stream carries: each progress event, then exactly one final event. */
export type JobStreamEvent =
  | { type: 'progress'; data: JobProgressEvent }
  | { type: 'done'; data: { status: 'succeeded'; result: unknown } }
  | { type: 'failed'; data: { status: 'failed'; error: string } }
  | { type: 'cancelled'; data: { status: 'cancelled' } };
