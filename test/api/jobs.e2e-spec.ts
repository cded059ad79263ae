import { get as httpGet } from 'http';
import { AddressInfo } from 'net';
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

  beforeAll(async () => {
    t = await startTestApp();
    jobs = t.app.get(JobsService);
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs a job to its result, recording its progress', async () => {
    const id = jobs.start('fake', { n: 2 }, async ({ progress }) => {
      progress('load');
      progress('solve', { iteration: 1, gap: 0.5 });
      return { answer: 42 };
    });
    expect(jobs.get(id).status).toBe('queued');
    await jobs.wait(id);

    const response = await t.http().get(`/api/jobs/${id}`).expect(200);
    expect(response.body).toEqual({
      id,
      kind: 'fake',
      status: 'succeeded',
      createdAt: expect.any(String),
      startedAt: expect.any(String),
      finishedAt: expect.any(String),
      events: [
        { at: expect.any(String), stage: 'load' },
        { at: expect.any(String), stage: 'solve', detail: { iteration: 1, gap: 0.5 } },
      ],
      result: { answer: 42 },
    });
    expect(jobs.input(id)).toEqual({ n: 2 });

    // a late subscriber gets every event, then the final one, and the stream ends
    const stream = await t.http().get(`/api/jobs/${id}/events`).expect(200).expect('Content-Type', /text\/event-stream/);
    expect(parseEvents(stream.text)).toEqual([
      ['progress', { at: expect.any(String), stage: 'load' }],
      ['progress', { at: expect.any(String), stage: 'solve', detail: { iteration: 1, gap: 0.5 } }],
      ['done', { status: 'succeeded', result: { answer: 42 } }],
    ]);
  });

  it('records why a job failed', async () => {
    const id = jobs.start('fake', null, async ({ progress }) => {
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
    const id = jobs.start('fake', null, ({ signal, progress }) => {
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
    expect(jobs.get(id).status).toBe('running');

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
    const id = jobs.start('fake', null, async ({ progress }) => {
      progress('first');
      await release.promise;
      progress('second');
      return 'ok';
    });

    const received: string[] = [];
    const ended = deferred();
    const firstChunk = deferred();
    httpGet(`http://127.0.0.1:${port}/api/jobs/${id}/events`, (response) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        received.push(chunk);
        firstChunk.resolve();
      });
      response.on('end', () => ended.resolve());
    });

    await firstChunk.promise;
    // the job is still waiting: what arrived so far is only the first event
    expect(jobs.get(id).status).toBe('running');
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
