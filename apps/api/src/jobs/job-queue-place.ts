import type { JobProgressEvent, JobStatus } from './job.types';

/**
 * What a job waits for: a job slot (the embedded runner's JOB_CONCURRENCY, or a free worker
 * process on BullMQ) before it runs at all, or a solver thread (SOLVE_CONCURRENCY) once it runs.
 */
export type JobQueueResource = 'job-slot' | 'solver';

/** A waiting job's place in its queue: the job's `queue` while it waits, gone once it runs. */
export interface JobQueuePlace {
  waitingFor: JobQueueResource;
  /** 1 for the next in line. */
  position: number;
  /** Jobs before it in that queue (`position` − 1). */
  ahead: number;
  /** "Waiting for a solver: 1 job ahead". */
  message: string;
}

/**
 * The progress stage a job records while it waits for a solver, and once it has one: the waits
 * of a running job travel with its progress (to the database and, on BullMQ, through Redis), so
 * the API sees them wherever the job runs. A job-slot wait is read from the queue instead.
 */
export const QUEUE_STAGE = 'queue';

const NAMES: Record<JobQueueResource, string> = { 'job-slot': 'a job slot', solver: 'a solver' };

/** The place of a job with `ahead` jobs before it. */
export function queuePlace(waitingFor: JobQueueResource, ahead: number): JobQueuePlace {
  const line = ahead === 0 ? 'next in line' : `${ahead} job${ahead === 1 ? '' : 's'} ahead`;
  return { waitingFor, position: ahead + 1, ahead, message: `Waiting for ${NAMES[waitingFor]}: ${line}` };
}

/** The detail of the progress event a job records when its wait is over. */
export function queueLeft(waitingFor: JobQueueResource): { waitingFor: JobQueueResource; message: string } {
  const name = NAMES[waitingFor];
  return { waitingFor, message: `${name[0].toUpperCase()}${name.slice(1)} took it up` };
}

/**
 * The place a job's own progress says it is in: a running job whose last event is a wait for a
 * solver (a job-slot wait is over once the job runs).
 */
export function recordedQueuePlace(status: JobStatus, last: JobProgressEvent | undefined): JobQueuePlace | undefined {
  if (status !== 'running' || last?.stage !== QUEUE_STAGE) return undefined;
  const detail = last.detail as Partial<JobQueuePlace> | undefined;
  return typeof detail?.position === 'number' && detail.waitingFor === 'solver' ? (detail as JobQueuePlace) : undefined;
}
