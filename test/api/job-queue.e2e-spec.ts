import { defaultJobsConfig } from '../../apps/api/src/config/app-config';
import { planningScenario } from './forecasts-setup.fixture';
import { StreamedEvent, parseEvents } from './forecasts-job-events.fixture';
import { TestApp, startTestApp } from './support/test-app';
import { sleep, until } from './support/wait';

// A job waiting for a job slot or a solver says where it is: `queue` in GET /api/jobs/:id and
// the list, `queue` events on its stream and `queue` progress events, updated as the jobs ahead
// start, gone once it runs. Three job slots and one solver: the first plan solves, the next two
// run and wait for the solver, the fourth waits for a slot.

/** HiGHS at the thorough effort with no gap allowed searches until its cap, which it keeps: a solve of known length. */
const CAPPED_SOLVE = (seconds: number) => ({ solver: 'highs', mipGap: 0, timeLimitSeconds: seconds, effort: 'thorough' });
const QUICK = { effort: 'quick', mipGap: 0.05 };

describe('a job’s place in the queue', () => {
  let t: TestApp;
  const job = async (id: string) => (await t.http().get(`/api/jobs/${id}`).expect(200)).body;
  const settled = (id: string) =>
    until(`job ${id} to finish`, async () => {
      const body = await job(id);
      return ['succeeded', 'failed', 'cancelled'].includes(body.status) ? body : undefined;
    });
  const startPlan = async (body: object): Promise<string> => (await t.http().post('/api/plans').send(body).expect(202)).body.jobId;

  beforeAll(async () => {
    t = await startTestApp({ jobs: { ...defaultJobsConfig(), concurrency: 3, solveConcurrency: 1 } });
    await t.http().post('/api/scenario/import').send(planningScenario()).expect(200);
    const forecast = await t.http().post('/api/forecasts').send({}).expect(202);
    expect((await settled(forecast.body.jobId)).status).toBe('succeeded');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('shows jobs waiting for the solver and for a job slot where they are, updated as those ahead start, gone once they run', async () => {
    const first = await startPlan(CAPPED_SOLVE(6));
    await until('the first plan to solve', async () => ((await job(first)).events.some((event: any) => event.stage === 'start') ? true : undefined));
    const second = await startPlan(QUICK);
    const third = await startPlan(QUICK);
    const fourth = await startPlan(QUICK);
    await until('the third plan to wait for the solver', async () => ((await job(third)).queue?.waitingFor === 'solver' ? true : undefined), 10_000);

    expect((await job(first)).queue).toBeUndefined();
    expect((await job(second)).queue).toEqual({ waitingFor: 'solver', position: 1, ahead: 0, message: 'Waiting for a solver: next in line' });
    const waiting = await job(third);
    expect(waiting).toMatchObject({ status: 'running', queue: { waitingFor: 'solver', position: 2, ahead: 1, message: 'Waiting for a solver: 1 job ahead' } });
    expect(waiting.events.at(-1)).toEqual({ at: expect.any(String), stage: 'queue', detail: waiting.queue });
    expect(await job(fourth)).toMatchObject({ status: 'queued', queue: { waitingFor: 'job-slot', position: 1, ahead: 0, message: 'Waiting for a job slot: next in line' } });
    const listed = (await t.http().get('/api/jobs').expect(200)).body as Array<{ id: string; queue?: object }>;
    const listedPlaces = new Map(listed.map((item) => [item.id, item.queue]));
    expect([first, second, third, fourth].map((id) => listedPlaces.get(id))).toEqual([
      undefined,
      { waitingFor: 'solver', position: 1, ahead: 0, message: 'Waiting for a solver: next in line' },
      waiting.queue,
      { waitingFor: 'job-slot', position: 1, ahead: 0, message: 'Waiting for a job slot: next in line' },
    ]);

    // the streams follow them to the end: the third moves up, then solves; the fourth gets a slot, then waits for the solver
    const [thirdStream, fourthStream] = await Promise.all([third, fourth].map(async (id) => parseEvents((await t.http().get(`/api/jobs/${id}/events`).expect(200)).text)));
    for (const id of [first, second, third, fourth]) {
      const final = await job(id);
      expect(final.status).toBe('succeeded');
      expect(final).not.toHaveProperty('queue');
    }

    expect(queueEvents(thirdStream)).toEqual([
      { waitingFor: 'solver', position: 2, ahead: 1, message: 'Waiting for a solver: 1 job ahead' },
      { waitingFor: 'solver', position: 1, ahead: 0, message: 'Waiting for a solver: next in line' },
      null,
    ]);
    expect(progressMessages(thirdStream)).toEqual(['Waiting for a solver: 1 job ahead', 'Waiting for a solver: next in line', 'A solver took it up']);
    // the solve starts after its wait
    const stages = thirdStream.filter((event) => event.type === 'progress').map((event) => event.data.stage);
    expect(stages.indexOf('start')).toBeGreaterThan(stages.lastIndexOf('queue'));
    expect(thirdStream.at(-1)).toMatchObject({ type: 'done', data: { status: 'succeeded' } });

    const fourthPlaces = queueEvents(fourthStream);
    expect(fourthPlaces[0]).toEqual({ waitingFor: 'job-slot', position: 1, ahead: 0, message: 'Waiting for a job slot: next in line' });
    expect(fourthPlaces.at(-1)).toBeNull();
    // with a slot it ran and waited its turn for the solver, behind the third
    expect(fourthPlaces.filter((place) => place?.waitingFor === 'solver').at(-1)).toEqual({ waitingFor: 'solver', position: 1, ahead: 0, message: 'Waiting for a solver: next in line' });
    expect(progressMessages(fourthStream).at(-1)).toBe('A solver took it up');
  }, 120_000);

  it('a cancelled job leaves the solver’s line and those behind it move up', async () => {
    const first = await startPlan(CAPPED_SOLVE(4));
    await until('the first plan to solve', async () => ((await job(first)).events.some((event: any) => event.stage === 'start') ? true : undefined));
    const second = await startPlan(QUICK);
    const third = await startPlan(QUICK);
    await until('the third plan to wait for the solver', async () => ((await job(third)).queue?.ahead === 1 ? true : undefined), 10_000);

    await t.http().post(`/api/jobs/${second}/cancel`).expect(200);
    await until('the third plan to move up', async () => ((await job(third)).queue?.ahead === 0 ? true : undefined), 5_000);
    expect((await job(third)).queue).toEqual({ waitingFor: 'solver', position: 1, ahead: 0, message: 'Waiting for a solver: next in line' });
    expect((await settled(third)).status).toBe('succeeded');
    expect((await settled(first)).status).toBe('succeeded');
  }, 60_000);
});

/** The places a stream's `queue` events gave, in order (null: no longer waiting). */
function queueEvents(events: StreamedEvent[]): Array<{ waitingFor: string; position: number; ahead: number; message: string } | null> {
  return events.filter((event) => event.type === 'queue').map((event) => event.data.queue);
}

/** The messages of a stream's `queue` progress events. */
function progressMessages(events: StreamedEvent[]): string[] {
  return events.filter((event) => event.type === 'progress' && event.data.stage === 'queue').map((event) => event.data.detail.message);
}
