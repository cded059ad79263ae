import { isFinishedJobStatus, type Job, type JobProgressEvent, type JobQueuePlace, type JobStatus, type JobStreamMessage } from './job.types';

/**
 * What the job's event stream has told us so far. The server replays every past event to a
 * new subscriber, so a fresh subscription starts from `EMPTY_JOB_STREAM` and ends up complete.
 */
export interface JobStreamState {
  events: JobProgressEvent[];
  /** Set by the final event only (the stream itself does not say "running"). */
  status?: JobStatus;
  result?: unknown;
  error?: string;
  /** The last place the stream gave (null: no longer waiting); absent until it gives one. */
  queue?: JobQueuePlace | null;
}

export const EMPTY_JOB_STREAM: JobStreamState = { events: [] };

export const STREAM_EVENT_TYPES = ['progress', 'queue', 'done', 'failed', 'cancelled'] as const;

/** One SSE message (event name + JSON data) as a typed stream message; null when it is not one. */
export function parseJobStreamMessage(type: string, data: string): JobStreamMessage | null {
  if (!(STREAM_EVENT_TYPES as readonly string[]).includes(type)) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    return null;
  }
  if (!payload || typeof payload !== 'object') return null;
  if (type === 'progress') {
    const event = payload as Partial<JobProgressEvent>;
    return typeof event.stage === 'string' && typeof event.at === 'string' ? { type, data: event as JobProgressEvent } : null;
  }
  if (type === 'queue') {
    const queue = (payload as { queue?: Partial<JobQueuePlace> | null }).queue;
    if (queue === null) return { type, data: { queue: null } };
    return queue && typeof queue.message === 'string' && typeof queue.ahead === 'number' ? { type, data: { queue: queue as JobQueuePlace } } : null;
  }
  return { type, data: payload } as JobStreamMessage;
}

export function applyJobStreamMessage(state: JobStreamState, message: JobStreamMessage): JobStreamState {
  switch (message.type) {
    case 'progress':
      return { ...state, events: [...state.events, message.data] };
    case 'queue':
      return { ...state, queue: message.data.queue };
    case 'done':
      return { ...state, status: 'succeeded', result: message.data.result };
    case 'failed':
      return { ...state, status: 'failed', error: message.data.error };
    case 'cancelled':
      return { ...state, status: 'cancelled' };
  }
}

/** The job as the page shows it: what the stream said, else the last fetched snapshot. */
export interface JobView {
  status: JobStatus;
  events: JobProgressEvent[];
  result?: unknown;
  error?: string;
  startedAt: string | null;
  finishedAt: string | null;
  finished: boolean;
  /** Where it waits, while it waits. */
  queue: JobQueuePlace | null;
}

/**
 * Joins the polled snapshot and the live stream. A finished status wins from whichever side
 * saw it first; events come from whichever side has seen more of them (both list them in order).
 */
export function mergeJobView(snapshot: Job | undefined, stream: JobStreamState): JobView {
  const snapshotFinished = isFinishedJobStatus(snapshot?.status);
  const status: JobStatus = snapshotFinished ? snapshot!.status : (stream.status ?? snapshot?.status ?? 'queued');
  const events = snapshot && snapshot.events.length > stream.events.length ? snapshot.events : stream.events;
  const fromSnapshot = snapshotFinished || stream.status === undefined;
  return {
    status,
    events,
    result: fromSnapshot && snapshot?.result !== undefined ? snapshot.result : stream.result,
    error: fromSnapshot && snapshot?.error !== undefined ? snapshot.error : stream.error,
    startedAt: snapshot?.startedAt ?? (events[0]?.at ?? null),
    finishedAt: snapshot?.finishedAt ?? null,
    finished: isFinishedJobStatus(status),
    // the stream's place is the newer one once it has given any
    queue: isFinishedJobStatus(status) ? null : stream.queue !== undefined ? stream.queue : (snapshot?.queue ?? null),
  };
}
