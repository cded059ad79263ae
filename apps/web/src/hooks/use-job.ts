import { useEffect, useReducer, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { jobEventsUrl, jobQueryOptions } from '../lib/jobs/get-job';
import { applyJobStreamMessage, EMPTY_JOB_STREAM, mergeJobView, parseJobStreamMessage, STREAM_EVENT_TYPES, type JobStreamState, type JobView } from '../lib/jobs/job-stream.reducer';
import type { JobStatus, JobStreamMessage } from '../lib/jobs/job.types';

/** How often the job is polled when the event stream is not available. */
export const JOB_POLL_MS = 1000;

/** Stream state belongs to one job: after a switch to another job the old job's state is never shown. */
interface KeyedStream {
  jobId: string | null;
  state: JobStreamState;
}

type StreamAction = { type: 'reset'; jobId: string | null } | { type: 'message'; jobId: string; message: JobStreamMessage };

function streamReducer(stream: KeyedStream, action: StreamAction): KeyedStream {
  if (action.type === 'reset') return { jobId: action.jobId, state: EMPTY_JOB_STREAM };
  if (action.jobId !== stream.jobId) return stream;
  return { jobId: stream.jobId, state: applyJobStreamMessage(stream.state, action.message) };
}

export interface UseJobResult extends JobView {
  /** The job could not be found (a restarted server forgets its jobs) or read. */
  loadError: unknown;
  /** True while progress arrives by polling because the event stream failed. */
  polling: boolean;
}

/**
 * Follows a background job: its server-sent events as they happen, falling back to polling
 * `GET /api/jobs/:id` when the stream cannot be opened or breaks. `onFinished` runs once when
 * the job ends (succeeded, failed or cancelled), e.g. to refresh what the job produced.
 */
export function useJob(jobId: string | null, onFinished?: (status: JobStatus) => void): UseJobResult | null {
  const [keyedStream, dispatch] = useReducer(streamReducer, { jobId: null, state: EMPTY_JOB_STREAM });
  const [failedStreamOf, setFailedStreamOf] = useState<string | null>(null);
  const streamFailed = jobId !== null && failedStreamOf === jobId;
  const stream = keyedStream.jobId === jobId ? keyedStream.state : EMPTY_JOB_STREAM;
  const snapshot = useQuery({
    ...jobQueryOptions(jobId ?? ''),
    enabled: jobId !== null,
    refetchInterval: (query) => (streamFailed && !mergeJobView(query.state.data, EMPTY_JOB_STREAM).finished ? JOB_POLL_MS : false),
  });

  useEffect(() => {
    dispatch({ type: 'reset', jobId });
    if (jobId === null) return;
    if (typeof EventSource === 'undefined') {
      setFailedStreamOf(jobId);
      return;
    }
    const source = new EventSource(jobEventsUrl(jobId));
    const receive = (type: string) => (event: MessageEvent<string>) => {
      const message = parseJobStreamMessage(type, event.data);
      if (!message) return;
      dispatch({ type: 'message', jobId, message });
      // The server ends the stream after the final event; close first so the browser does not reconnect.
      if (message.type !== 'progress' && message.type !== 'queue') source.close();
    };
    for (const type of STREAM_EVENT_TYPES) source.addEventListener(type, receive(type) as EventListener);
    source.onerror = () => {
      source.close();
      setFailedStreamOf(jobId);
    };
    return () => source.close();
  }, [jobId]);

  const view = mergeJobView(snapshot.data, stream);

  // Tell the page once per job when it ends, and fetch the finished snapshot (result, times).
  const reported = useRef<string | null>(null);
  const finishedCallback = useRef(onFinished);
  finishedCallback.current = onFinished;
  const { refetch } = snapshot;
  useEffect(() => {
    if (jobId === null || !view.finished || reported.current === jobId) return;
    reported.current = jobId;
    void refetch();
    finishedCallback.current?.(view.status);
  }, [jobId, view.finished, view.status, refetch]);

  if (jobId === null) return null;
  return { ...view, loadError: snapshot.error, polling: streamFailed && !view.finished };
}
