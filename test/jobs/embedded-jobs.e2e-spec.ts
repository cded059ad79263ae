import { defaultJobsConfig } from '../../apps/api/src/config/app-config';
import { JobsService } from '../../apps/api/src/jobs/jobs.service';
import { planningScenario } from '../api/forecasts-setup.fixture';
import { TestDatabase, createTestDatabase } from '../api/support/test-database';
import { ApiProcess, sleep, startApi, until } from './support/job-processes';

// The embedded default (no Redis): jobs in the API process, capped, and durable across a restart.

describe('embedded jobs', () => {
  let database: TestDatabase;
  let api: ApiProcess;
  const jobs = { ...defaultJobsConfig(), concurrency: 1, solveConcurrency: 1 };
  const job = async (id: string) => (await api.http().get(`/api/jobs/${id}`).expect(200)).body;
  const settled = (id: string, timeoutMs = 60_000) =>
    until(`job ${id} to finish`, async () => {
      const body = await job(id);
      return ['succeeded', 'failed', 'cancelled'].includes(body.status) ? body : undefined;
    }, timeoutMs);

  beforeAll(async () => {
    database = await createTestDatabase({ persistent: true });
    api = await startApi(database, jobs);
    await api.http().post('/api/scenario/import').send(planningScenario()).expect(200);
    const forecast = await api.http().post('/api/forecasts').send({}).expect(202);
    expect((await settled(forecast.body.jobId)).status).toBe('succeeded');
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('runs no more jobs at once than its cap; the next waits queued', async () => {
    const service = api.app.get(JobsService);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    service.register('hold', async () => gate);
    service.register('quick', async () => 'done');
    const first = await service.start('hold', null);
    const second = await service.start('quick', null);
    await until('the first to run', async () => ((await job(first)).status === 'running' ? true : undefined));
    await sleep(200);
    expect((await job(second)).status).toBe('queued');
    release();
    expect((await settled(second)).result).toBe('done');
  });

  it('takes a job up again after a restart mid-solve, with its result kept', async () => {
    const started = await api.http().post('/api/plans').send({ solver: 'jslp', mipGap: 0, timeLimitSeconds: 4, effort: 'quick' }).expect(202);
    const { jobId, planId } = started.body;
    await until('the solve to start', async () => ((await job(jobId)).events.some((event: any) => event.stage === 'start') ? true : undefined), 60_000);
    // stopping hands the running job back; the next start runs it again
    await api.close();
    api = await startApi(database, jobs);
    expect((await api.http().get('/api/jobs').expect(200)).body.map((item: any) => item.id)).toContain(jobId);
    const final = await settled(jobId);
    expect(final).toMatchObject({ status: 'succeeded', result: { id: planId } });
    expect(final.events.map((event: any) => event.stage)).toContain('handed-back');
    expect((await api.http().get(`/api/plans/${planId}`).expect(200)).body.status).not.toMatch(/^(running|failed|cancelled)$/);
  }, 120_000);

  it('fails a plan whose solver cannot load, with the reason, starting nothing again', async () => {
    process.env.PLAN_WORKER_FILE = '/nonexistent/plan-solve.worker.js';
    try {
      const started = await api.http().post('/api/plans').send({ effort: 'quick' }).expect(202);
      const final = await settled(started.body.jobId);
      expect(final).toMatchObject({ status: 'failed', attempts: 1, error: expect.stringMatching(/planning worker/) });
      const plan = (await api.http().get(`/api/plans/${started.body.planId}`).expect(200)).body;
      expect(plan.status).toBe('failed');
    } finally {
      delete process.env.PLAN_WORKER_FILE;
    }
  });
});
