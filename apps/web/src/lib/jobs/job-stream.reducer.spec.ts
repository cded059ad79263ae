import { applyJobStreamMessage, EMPTY_JOB_STREAM, mergeJobView, parseJobStreamMessage, type JobStreamState } from './job-stream.reducer';
import type { Job, JobStreamMessage } from './job.types';

const progress = (second: number, stage: string): JobStreamMessage => ({ type: 'progress', data: { at: `2026-03-02T10:00:0${second}Z`, stage } });

function snapshot(partial: Partial<Job>): Job {
  return { id: 'j1', kind: 'plan', status: 'running', createdAt: '2026-03-02T10:00:00Z', startedAt: '2026-03-02T10:00:00Z', finishedAt: null, events: [], ...partial };
}

describe('job stream', () => {
  it('parses the four SSE event names and refuses anything else', () => {
    expect(parseJobStreamMessage('progress', '{"at":"2026-03-02T10:00:00Z","stage":"start"}')).toEqual({ type: 'progress', data: { at: '2026-03-02T10:00:00Z', stage: 'start' } });
    expect(parseJobStreamMessage('done', '{"status":"succeeded","result":{"planId":"p"}}')).toEqual({ type: 'done', data: { status: 'succeeded', result: { planId: 'p' } } });
    expect(parseJobStreamMessage('failed', '{"status":"failed","error":"no history"}')).toEqual({ type: 'failed', data: { status: 'failed', error: 'no history' } });
    expect(parseJobStreamMessage('message', '{}')).toBeNull();
    expect(parseJobStreamMessage('progress', 'not json')).toBeNull();
    expect(parseJobStreamMessage('progress', '{"at":"x"}')).toBeNull();
  });

  it('collects progress in order and ends with the final status', () => {
    let state: JobStreamState = EMPTY_JOB_STREAM;
    for (const message of [progress(1, 'start'), progress(2, 'lp-bound'), { type: 'done', data: { status: 'succeeded', result: 42 } } as JobStreamMessage]) {
      state = applyJobStreamMessage(state, message);
    }
    expect(state.events.map((e) => e.stage)).toEqual(['start', 'lp-bound']);
    expect(state.status).toBe('succeeded');
    expect(state.result).toBe(42);
    expect(applyJobStreamMessage(EMPTY_JOB_STREAM, { type: 'failed', data: { status: 'failed', error: 'boom' } })).toEqual({ events: [], status: 'failed', error: 'boom' });
    expect(EMPTY_JOB_STREAM.events).toEqual([]);
  });
});

describe('mergeJobView', () => {
  it('shows the stream’s events when it has seen more than the last poll', () => {
    const stream = [progress(1, 'start'), progress(2, 'lp-bound')].reduce(applyJobStreamMessage, EMPTY_JOB_STREAM);
    const view = mergeJobView(snapshot({ events: [{ at: '2026-03-02T10:00:01Z', stage: 'start' }] }), stream);
    expect(view.status).toBe('running');
    expect(view.events.map((e) => e.stage)).toEqual(['start', 'lp-bound']);
    expect(view.finished).toBe(false);
  });

  it('finishes as soon as either side has seen the end', () => {
    const streamDone = applyJobStreamMessage(EMPTY_JOB_STREAM, { type: 'cancelled', data: { status: 'cancelled' } });
    expect(mergeJobView(snapshot({}), streamDone)).toMatchObject({ status: 'cancelled', finished: true });
    const polledDone = mergeJobView(snapshot({ status: 'succeeded', result: { id: 'f1' }, finishedAt: '2026-03-02T10:00:09Z' }), EMPTY_JOB_STREAM);
    expect(polledDone).toMatchObject({ status: 'succeeded', result: { id: 'f1' }, finished: true, finishedAt: '2026-03-02T10:00:09Z' });
  });

  it('starts as queued before anything is known', () => {
    expect(mergeJobView(undefined, EMPTY_JOB_STREAM)).toMatchObject({ status: 'queued', events: [], finished: false, startedAt: null });
  });

  it('shows where a waiting job is: the snapshot’s place until the stream gives one, none once it runs or ends', () => {
    const place = { waitingFor: 'job-slot' as const, position: 2, ahead: 1, message: 'Waiting for a job slot: 1 job ahead' };
    const queued = snapshot({ status: 'queued', startedAt: null, queue: place });
    expect(mergeJobView(queued, EMPTY_JOB_STREAM).queue).toEqual(place);
    const nextInLine = { ...place, position: 1, ahead: 0, message: 'Waiting for a job slot: next in line' };
    const moved = applyJobStreamMessage(EMPTY_JOB_STREAM, { type: 'queue', data: { queue: nextInLine } });
    expect(mergeJobView(queued, moved).queue).toEqual(nextInLine);
    expect(mergeJobView(queued, applyJobStreamMessage(moved, { type: 'queue', data: { queue: null } })).queue).toBeNull();
    expect(mergeJobView(snapshot({ status: 'cancelled', queue: place }), EMPTY_JOB_STREAM).queue).toBeNull();
  });

  it('parses queue events and refuses malformed ones', () => {
    expect(parseJobStreamMessage('queue', '{"queue":null}')).toEqual({ type: 'queue', data: { queue: null } });
    expect(parseJobStreamMessage('queue', '{"queue":{"waitingFor":"solver","position":1,"ahead":0,"message":"Waiting for a solver: next in line"}}')).toEqual({
      type: 'queue',
      data: { queue: { waitingFor: 'solver', position: 1, ahead: 0, message: 'Waiting for a solver: next in line' } },
    });
    expect(parseJobStreamMessage('queue', '{"queue":{"position":1}}')).toBeNull();
  });
});
