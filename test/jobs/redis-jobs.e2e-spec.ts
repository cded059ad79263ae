import { get as httpGet } from 'http';
import { AddressInfo } from 'net';
import { JobRepository } from '../../apps/api/src/jobs/job.repository';
import { planningScenario } from '../api/forecasts-setup.fixture';
import { parseEvents } from '../api/forecasts-job-events.fixture';
import { TestDatabase, createTestDatabase } from '../api/support/test-database';
import { ApiProcess, WorkerProcess, dropPrefix, freshPrefix, redisJobsConfig, sleep, startApi, until } from './support/job-processes';

// Jobs on BullMQ (the Redis on 127.0.0.1:6379) run by two worker processes, the API in this
// process; the database is a SQLite file shared by all three, or PostgreSQL with DATABASE_URL.

/**
 * HiGHS at the thorough effort with no gap allowed searches this week's plan until its cap, which
 * it keeps to the second: a solve of known length. (javascript-lp-solver checks its cap only
 * between branch-and-bound steps, and on some forecasts its LP ran well past a 4 s cap.)
 */
const CAPPED_SOLVE = (seconds: number) => ({ solver: 'highs', mipGap: 0, timeLimitSeconds: seconds, effort: 'thorough' });

describe('jobs on BullMQ workers', () => {
  const prefix = freshPrefix();
  const jobs = redisJobsConfig(prefix);
  let database: TestDatabase;
  let api: ApiProcess;
  let workers: WorkerProcess[] = [];
  let planId: string;

  const job = async (id: string) => (await api.http().get(`/api/jobs/${id}`).expect(200)).body;
  const settled = (id: string, timeoutMs = 60_000) =>
    until(`job ${id} to finish`, async () => {
      const body = await job(id);
      return ['succeeded', 'failed', 'cancelled'].includes(body.status) ? body : undefined;
    }, timeoutMs);
  const solving = (id: string) => until(`job ${id}'s solve to start`, async () => ((await job(id)).events.some((event: any) => event.stage === 'start') ? true : undefined), 60_000);
  const holder = async (id: string) => {
    const worker = (await api.app.get(JobRepository).getById(id))?.worker;
    return workers.find((candidate) => worker === `${require('os').hostname()}:${candidate.pid}`);
  };

  beforeAll(async () => {
    database = await createTestDatabase({ persistent: true });
    api = await startApi(database, jobs);
    workers = await Promise.all([WorkerProcess.start(database, jobs), WorkerProcess.start(database, jobs)]);
    await api.http().post('/api/scenario/import').send(planningScenario()).expect(200);
    const forecast = await api.http().post('/api/forecasts').send({}).expect(202);
    expect((await settled(forecast.body.jobId)).status).toBe('succeeded');
  }, 180_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill('SIGTERM')));
    await api?.close();
    await database?.drop();
    await dropPrefix(prefix);
  }, 60_000);

  it('runs a plan job on a worker process, its progress reaching the SSE stream as it happens', async () => {
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    const started = await api.http().post('/api/plans').send({ effort: 'quick', timeLimitSeconds: 120 }).expect(202);
    const { jobId } = started.body;
    planId = started.body.planId;

    const chunks: Array<{ at: number; text: string }> = [];
    await new Promise<void>((resolve, reject) => {
      httpGet(`http://127.0.0.1:${port}/api/jobs/${jobId}/events`, { headers: { Authorization: `Bearer ${api.token}` } }, (response) => {
        response.setEncoding('utf8');
        response.on('data', (text: string) => chunks.push({ at: Date.now(), text }));
        response.on('end', resolve);
      }).on('error', reject);
    });
    const events = parseEvents(chunks.map((chunk) => chunk.text).join(''));
    const stages = events.filter((event) => event.type === 'progress').map((event) => event.data.stage);
    expect(stages[0]).toBe('start');
    expect(stages.at(-1)).toBe('done');
    expect(events.at(-1)).toMatchObject({ type: 'done', data: { status: 'succeeded', result: { id: planId } } });
    // progress came while the solve ran, not all at the end
    expect(chunks.length).toBeGreaterThan(1);

    // one of the worker processes ran it, once
    const ran = workers.map((worker) => worker.outcomes(jobId));
    expect(ran.flat()).toEqual(['succeeded']);
    const plan = (await api.http().get(`/api/plans/${planId}`).expect(200)).body;
    expect(plan.jobId).toBe(jobId);
    expect(plan.totalCost).toEqual(expect.any(Number));
    expect((await job(jobId)).attempts).toBe(1);
  }, 120_000);

  it('cancelling in the API stops the solve on the worker within a second', async () => {
    const started = await api.http().post('/api/plans').send(CAPPED_SOLVE(300)).expect(202);
    const { jobId } = started.body;
    await solving(jobId);
    const worker = await holder(jobId);
    expect(worker).toBeDefined();
    const cancelledAt = Date.now();
    expect((await api.http().post(`/api/jobs/${jobId}/cancel`).expect(200)).body.status).toBe('cancelled');
    await worker!.waitFor(new RegExp(`job ${jobId} \\(plan\\) cancelled`), 5_000);
    expect(Date.now() - cancelledAt).toBeLessThan(1_000);
    const plan = (await api.http().get(`/api/plans/${started.body.planId}`).expect(200)).body;
    expect(plan).toMatchObject({ status: 'cancelled' });
  }, 120_000);

  it('says where a job waits for a worker, from the queue’s waiting list, as the jobs ahead leave it', async () => {
    const busy: string[] = [];
    for (let i = 0; i < 2; i++) busy.push((await api.http().post('/api/plans').send(CAPPED_SOLVE(120)).expect(202)).body.jobId as string);
    await Promise.all(busy.map(solving));
    const waiting: string[] = [];
    for (let i = 0; i < 3; i++) waiting.push((await api.http().post('/api/plans').send({ effort: 'quick' }).expect(202)).body.jobId as string);
    const place = (ahead: number) => ({ waitingFor: 'job-slot', position: ahead + 1, ahead, message: `Waiting for a job slot: ${ahead === 0 ? 'next in line' : `${ahead} job${ahead === 1 ? '' : 's'} ahead`}` });
    for (const [ahead, id] of waiting.entries()) expect(await job(id)).toMatchObject({ status: 'queued', queue: place(ahead) });
    for (const id of busy) expect(await job(id)).not.toHaveProperty('queue');
    const listed = new Map(((await api.http().get('/api/jobs').expect(200)).body as Array<{ id: string; queue?: unknown }>).map((item) => [item.id, item.queue]));
    expect(waiting.map((id) => listed.get(id))).toEqual([place(0), place(1), place(2)]);

    // one ahead leaves the queue: those behind it move up
    await api.http().post(`/api/jobs/${waiting[0]}/cancel`).expect(200);
    expect((await job(waiting[1])).queue).toEqual(place(0));
    expect((await job(waiting[2])).queue).toEqual(place(1));

    for (const id of [...waiting.slice(1), ...busy]) await api.http().post(`/api/jobs/${id}/cancel`).expect(200);
    for (const id of [...waiting, ...busy]) expect(await job(id)).not.toHaveProperty('queue');
    await Promise.all(busy.map((id) => until(`job ${id} to stop on its worker`, () => (workers.some((worker) => worker.outcomes(id).includes('cancelled')) ? true : undefined))));
  }, 120_000);

  it('retries on the other worker a job whose worker was killed mid-solve, and it succeeds exactly once', async () => {
    const started = await api.http().post('/api/plans').send(CAPPED_SOLVE(6)).expect(202);
    const { jobId } = started.body;
    await solving(jobId);
    const victim = (await holder(jobId))!;
    expect(victim).toBeDefined();
    await victim.kill('SIGKILL');
    const survivor = workers.find((worker) => worker !== victim)!;

    const final = await settled(jobId, 90_000);
    expect(final).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(final.events.filter((event: any) => event.stage === 'retry')).toHaveLength(1);
    expect(victim.outcomes(jobId)).toEqual([]);
    expect(survivor.outcomes(jobId)).toEqual(['succeeded']);
    // the plan the retry solved is stored (the capped solve's answer, whatever it found in its seconds)
    const plan = (await api.http().get(`/api/plans/${started.body.planId}`).expect(200)).body;
    expect(plan.status).not.toMatch(/^(running|failed|cancelled)$/);

    workers = [survivor, await WorkerProcess.start(database, jobs)];
  }, 180_000);

  it('keeps a job and its result through an API restart mid-job', async () => {
    const started = await api.http().post('/api/plans').send(CAPPED_SOLVE(4)).expect(202);
    const { jobId } = started.body;
    await solving(jobId);
    await api.close();
    await sleep(500);
    api = await startApi(database, jobs);
    const listed = (await api.http().get('/api/jobs').expect(200)).body;
    expect(listed.find((item: any) => item.id === jobId)).toMatchObject({ kind: 'plan' });
    expect(listed.find((item: any) => item.id === planJobOf(listed))).toBeDefined();
    const final = await settled(jobId);
    expect(final).toMatchObject({ status: 'succeeded', attempts: 1, result: { id: started.body.planId } });
    expect((await api.http().get(`/api/plans/${started.body.planId}`).expect(200)).body.status).not.toMatch(/^(running|failed|cancelled)$/);
  }, 120_000);

  it('runs 20 queued jobs on 2 workers: all finish, none twice', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const started = await api.http().post('/api/simulations').send({ planId, mode: 'fluid' }).expect(202);
      ids.push(started.body.jobId);
    }
    for (const id of ids) expect((await settled(id)).status).toBe('succeeded');
    for (const id of ids) {
      expect(workers.flatMap((worker) => worker.outcomes(id))).toEqual(['succeeded']);
      expect((await job(id)).attempts).toBe(1);
    }
    // both workers took some
    expect(workers.every((worker) => ids.some((id) => worker.outcomes(id).length > 0))).toBe(true);
  }, 180_000);

  it('on SIGTERM a worker hands back a job it cannot finish within its grace period; another finishes it', async () => {
    const started = await api.http().post('/api/plans').send(CAPPED_SOLVE(8)).expect(202);
    const { jobId } = started.body;
    await solving(jobId);
    const stopping = (await holder(jobId))!;
    const other = workers.find((worker) => worker !== stopping)!;
    // Nest closes the app, then lets the signal end the process
    await stopping.kill('SIGTERM');
    expect(stopping.outcomes(jobId)).toEqual(['handed-back']);
    const final = await settled(jobId, 90_000);
    expect(final.status).toBe('succeeded');
    expect(final.events.map((event: any) => event.stage)).toContain('handed-back');
    expect(other.outcomes(jobId)).toEqual(['succeeded']);
  }, 120_000);
});

/** The first plan job of a listing (any will do: the listing keeps them all). */
function planJobOf(listed: Array<{ id: string; kind: string }>): string | undefined {
  return listed.find((item) => item.kind === 'plan')?.id;
}
