import { get as httpGet } from 'http';
import { AddressInfo } from 'net';
import type { JobHandler } from '../../apps/api/src/jobs/job.types';
import { JobsService } from '../../apps/api/src/jobs/jobs.service';
import { TestApp, startTestApp } from './support/test-app';

/** A promise the test settles by hand. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** Server-sent events text → [event type, parsed data] pairs. */
function parseEvents(text: string): Array<[string, unknown]> {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const type = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length) ?? 'message';
      const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice('data: '.length)).join('\n');
      return [type, JSON.parse(data)];
    });
}

describe('background jobs', () => {
  let t: TestApp;
  let jobs: JobsService;
  let kinds = 0;
  /** A job whose kind does what `run` does (registered under a fresh kind name, reported as 'fake'). */
  const startFake = (input: unknown, run: JobHandler): Promise<string> => {
    const kind = `fake-${++kinds}`;
    jobs.register(kind, run);
    return jobs.start(kind, input);
  };

  beforeAll(async () => {
    t = await startTestApp();
    jobs = t.app.get(JobsService);
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs a job to its result, recording its progress', async () => {
    const id = await startFake({ n: 2 }, async (_input, { progress }) => {
      progress('load');
      progress('solve', { iteration: 1, gap: 0.5 });
      return { answer: 42 };
    });
    await jobs.wait(id);

    const response = await t.http().get(`/api/jobs/${id}`).expect(200);
    expect(response.body).toEqual({
      id,
      kind: expect.stringMatching(/^fake-/),
      status: 'succeeded',
      startedBy: 'api',
      attempts: 1,
      createdAt: expect.any(String),
      startedAt: expect.any(String),
      finishedAt: expect.any(String),
      events: [
        { at: expect.any(String), stage: 'load' },
        { at: expect.any(String), stage: 'solve', detail: { iteration: 1, gap: 0.5 } },
      ],
      result: { answer: 42 },
    });
    expect(await jobs.input(id)).toEqual({ n: 2 });
    expect((await t.http().get('/api/jobs').expect(200)).body[0]).toMatchObject({ id, status: 'succeeded', startedBy: 'api', attempts: 1 });

    // a late subscriber gets every event, then the final one, and the stream ends
    const stream = await t.http().get(`/api/jobs/${id}/events`).expect(200).expect('Content-Type', /text\/event-stream/);
    expect(parseEvents(stream.text)).toEqual([
      ['progress', { at: expect.any(String), stage: 'load' }],
      ['progress', { at: expect.any(String), stage: 'solve', detail: { iteration: 1, gap: 0.5 } }],
      ['done', { status: 'succeeded', result: { answer: 42 } }],
    ]);
  });

  it('records why a job failed', async () => {
    const id = await startFake(null, async (_input, { progress }) => {
      progress('solve');
      throw new Error('the solver ran out of memory');
    });
    await jobs.wait(id);
    const response = await t.http().get(`/api/jobs/${id}`).expect(200);
    expect(response.body).toMatchObject({ status: 'failed', error: 'the solver ran out of memory' });
    expect(response.body).not.toHaveProperty('result');
    const stream = await t.http().get(`/api/jobs/${id}/events`).expect(200);
    expect(parseEvents(stream.text)).toEqual([
      ['progress', { at: expect.any(String), stage: 'solve' }],
      ['failed', { status: 'failed', error: 'the solver ran out of memory' }],
    ]);
  });

  it('cancels a running job through its abort signal', async () => {
    const started = deferred();
    let aborted = false;
    const id = await startFake(null, (_input, { signal, progress }) => {
      progress('waiting');
      started.resolve();
      return new Promise((_, reject) =>
        signal.addEventListener('abort', () => {
          aborted = true;
          reject(new Error('aborted'));
        }),
      );
    });
    await started.promise;
    expect((await jobs.get(id)).status).toBe('running');

    const response = await t.http().post(`/api/jobs/${id}/cancel`).expect(200);
    expect(response.body).toMatchObject({ id, status: 'cancelled', finishedAt: expect.any(String) });
    expect(aborted).toBe(true);
    const stream = await t.http().get(`/api/jobs/${id}/events`).expect(200);
    expect(parseEvents(stream.text)).toEqual([
      ['progress', { at: expect.any(String), stage: 'waiting' }],
      ['cancelled', { status: 'cancelled' }],
    ]);

    const again = await t.http().post(`/api/jobs/${id}/cancel`).expect(409);
    expect(again.body.message).toBe(`job "${id}" has already been cancelled`);
  });

  it('streams progress live while the job runs', async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const release = deferred();
    const id = await startFake(null, async (_input, { progress }) => {
      progress('first');
      await release.promise;
      progress('second');
      return 'ok';
    });

    const received: string[] = [];
    const ended = deferred();
    const firstChunk = deferred();
    httpGet(`http://127.0.0.1:${port}/api/jobs/${id}/events`, { headers: { Authorization: `Bearer ${t.managerToken}` } }, (response) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        received.push(chunk);
        if (/data: .*\n\n/.test(received.join(''))) firstChunk.resolve();
      });
      response.on('end', () => ended.resolve());
    });

    await firstChunk.promise;
    // the job is still waiting: what arrived so far is only the first event
    expect((await jobs.get(id)).status).toBe('running');
    expect(parseEvents(received.join(''))).toEqual([['progress', { at: expect.any(String), stage: 'first' }]]);

    release.resolve();
    await ended.promise;
    expect(parseEvents(received.join(''))).toEqual([
      ['progress', { at: expect.any(String), stage: 'first' }],
      ['progress', { at: expect.any(String), stage: 'second' }],
      ['done', { status: 'succeeded', result: 'ok' }],
    ]);
  });

  it('answers 404 for an unknown job', async () => {
    const message = { statusCode: 404, error: 'Not Found', message: 'job "nope" not found' };
    await t.http().get('/api/jobs/nope').expect(404, message);
    await t.http().get('/api/jobs/nope/events').expect(404, message);
    await t.http().post('/api/jobs/nope/cancel').expect(404, message);
  });
});
