/**
 * A background job as `GET /api/jobs/:id` shows it (forecast, plan, simulation, rota,
 * comparison runs). Its progress events arrive over server-sent events from
 * `GET /api/jobs/:id/events`: `progress` and `queue` events, then one of `done` | `failed` | `cancelled`.
 */

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export const FINISHED_JOB_STATUSES: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled'];

export interface JobProgressEvent {
  /** UTC instant, ISO 8601. */
  at: string;
  /** e.g. "start", "lp-bound", "incumbent", "forecast amazon-us". */
  stage: string;
  detail?: Record<string, unknown>;
}

/** Where a waiting job is: for a job slot (not started) or a solver (running, its solve queued). */
export interface JobQueuePlace {
  waitingFor: 'job-slot' | 'solver';
  /** 1 for the next in line. */
  position: number;
  ahead: number;
  /** "Waiting for a solver: 1 job ahead". */
  message: string;
}

export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  events: JobProgressEvent[];
  result?: unknown;
  error?: string;
  /** Present while it waits in a queue. */
  queue?: JobQueuePlace;
}

/** What the event stream delivers, by SSE event name. */
export type JobStreamMessage =
  | { type: 'progress'; data: JobProgressEvent }
  | { type: 'queue'; data: { queue: JobQueuePlace | null } }
  | { type: 'done'; data: { status: 'succeeded'; result?: unknown } }
  | { type: 'failed'; data: { status: 'failed'; error: string } }
  | { type: 'cancelled'; data: { status: 'cancelled' } };

export function isFinishedJobStatus(status: JobStatus | undefined): boolean {
  return status !== undefined && FINISHED_JOB_STATUSES.includes(status);
}
