import type { ScenarioPipeline } from '@app/scenarios';
import { Clock } from '../../apps/api/src/common/clock';
import { JobsService } from '../../apps/api/src/jobs/jobs.service';
import { PlanningDataModule } from '../../apps/api/src/planning-data.module';
import { RefreshRunEntity } from '../../apps/api/src/refresh/refresh-run.entity';
import { RefreshRepository } from '../../apps/api/src/refresh/refresh.repository';
import { RefreshScheduler } from '../../apps/api/src/refresh/refresh.scheduler';
import { SCENARIO_PIPELINE } from '../../apps/api/src/scenarios/scenario-pipeline.token';
import { comparedSetup } from './scenarios-setup.fixture';
import { TestApp, startTestApp } from './support/test-app';

/** A promise the test settles by hand. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('nightly refresh of live scenarios', () => {
  let t: TestApp;
  let scheduler: RefreshScheduler;
  let jobs: JobsService;
  /** The fake clock's time: what Clock.now() answers. */
  let now: Date;
  const at = (instant: string) => (now = new Date(instant));

  beforeAll(async () => {
    t = await startTestApp({ refreshCron: '0 */2 * * *' }); // every two hours, UTC
    at('2026-03-01T01:59:00Z');
    jest.spyOn(t.app.select(PlanningDataModule).get(Clock, { strict: true }), 'now').mockImplementation(() => new Date(now));
    scheduler = t.app.get(RefreshScheduler);
    jobs = t.app.get(JobsService);
    await t.http().post('/api/scenario/import').send(comparedSetup()).expect(200);
    await t.http().post('/api/scenarios').send({ id: 'live-plan', name: 'The live plan', live: true, overrides: [] }).expect(201);
    await t
      .http()
      .post('/api/scenarios')
      .send({ id: 'what-if', name: 'Not live', overrides: [{ kind: 'deflection', marketplaceId: 'amazon-de', classId: 'standard', rate: 0.2 }] })
      .expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  let firstRunId: string;
  let firstLiveRunId: string;

  it('says when it runs next', async () => {
    await t.http().get('/api/refresh').expect(200, { enabled: true, cron: '0 */2 * * *', timeZone: 'UTC', nextRunAt: '2026-03-01T02:00:00.000Z', running: null });
  });

  it('runs at the scheduled time, skips a trigger while it runs, and keeps its result', async () => {
    expect(await scheduler.tick()).toBeNull(); // the first look only notes the time
    at('2026-03-01T01:59:50Z');
    expect(await scheduler.tick()).toBeNull();
    await t.http().get('/api/refresh/runs').expect(200, []);

    // hold the refresh inside its forecast until the concurrent triggers have been tried
    const pipeline = t.app.get<ScenarioPipeline>(SCENARIO_PIPELINE);
    const forecast = pipeline.forecast;
    const gate = deferred();
    pipeline.forecast = async (...args) => {
      await gate.promise;
      return forecast(...args);
    };

    at('2026-03-01T02:00:20Z');
    const started = await scheduler.tick();
    expect(started).toEqual({ started: true, runId: expect.any(String), jobId: expect.any(String) });
    if (!started?.started) throw new Error('the refresh did not start');
    firstRunId = started.runId;
    await t.http().get('/api/refresh').expect(200, {
      enabled: true,
      cron: '0 */2 * * *',
      timeZone: 'UTC',
      nextRunAt: '2026-03-01T04:00:00.000Z',
      running: { runId: firstRunId, since: '2026-03-01T02:00:20.000Z' },
    });

    const manual = await t.http().post('/api/refresh/run').expect(409);
    expect(manual.body.message).toBe(`a refresh is already running (run ${firstRunId}, since 2026-03-01T02:00:20.000Z); try again when it has finished`);
    at('2026-03-01T04:00:05Z');
    const skipped = await scheduler.tick();
    expect(skipped).toEqual({ started: false, runId: expect.any(String), heldBy: firstRunId, since: '2026-03-01T02:00:20.000Z' });

    gate.resolve();
    pipeline.forecast = forecast;
    const job = await jobs.wait(started.jobId);
    expect(job.status).toBe('succeeded');

    const { body: runs } = await t.http().get('/api/refresh/runs').expect(200);
    expect(runs).toEqual([
      expect.objectContaining({
        id: skipped!.runId,
        trigger: 'schedule',
        status: 'skipped',
        scheduledFor: '2026-03-01T04:00:00.000Z',
        message: `skipped: refresh ${firstRunId} has been running since 2026-03-01T02:00:20.000Z`,
        changes: [],
      }),
      expect.objectContaining({ id: firstRunId, trigger: 'schedule', status: 'succeeded', scheduledFor: '2026-03-01T02:00:00.000Z', startedAt: '2026-03-01T02:00:20.000Z', jobId: started.jobId }),
    ]);
    const { body: run } = await t.http().get(`/api/refresh/runs/${firstRunId}`).expect(200);
    // only the live scenario, planned from the day after the refresh, with nothing before it to compare
    expect(run.changes).toEqual([{ scenarioId: 'live-plan', name: 'The live plan', liveRunId: expect.any(String), previousLiveRunId: null, costPerMonthChange: null, slaChange: null }]);
    expect(run.scenarios).toHaveLength(1);
    expect(run.scenarios[0]).toMatchObject({ scenarioId: 'live-plan', previous: null, current: { ranAt: '2026-03-01T02:00:20.000Z', horizonStart: '2026-03-02' } });
    expect(['optimal', 'feasible']).toContain(run.scenarios[0].current.column.status);
    firstLiveRunId = run.changes[0].liveRunId;

    // the skipped occurrence is not made up for: the next is at 06:00
    at('2026-03-01T05:00:00Z');
    expect(await scheduler.tick()).toBeNull();
    expect(scheduler.nextRunAt()?.toISOString()).toBe('2026-03-01T06:00:00.000Z');
  });

  it('re-plans on demand beside the previous run, which is kept', async () => {
    at('2026-03-02T10:00:00Z');
    const { body } = await t.http().post('/api/refresh/run').expect(202);
    expect(body).toEqual({ runId: expect.any(String), jobId: expect.any(String) });
    expect((await jobs.wait(body.jobId)).status).toBe('succeeded');
    const { body: run } = await t.http().get(`/api/refresh/runs/${body.runId}`).expect(200);
    expect(run).toMatchObject({ trigger: 'manual', status: 'succeeded', scheduledFor: null });
    const [scenario] = run.scenarios;
    expect(scenario.previous).toMatchObject({ id: firstLiveRunId, ranAt: '2026-03-01T02:00:20.000Z', horizonStart: '2026-03-02' });
    expect(scenario.current).toMatchObject({ ranAt: '2026-03-02T10:00:00.000Z', horizonStart: '2026-03-03' });
    expect(scenario.costPerMonthChange).toBeCloseTo(scenario.current.column.cost.perMonth - scenario.previous.column.cost.perMonth, 9);
    expect(run.changes[0].previousLiveRunId).toBe(firstLiveRunId);
    const { body: first } = await t.http().get(`/api/refresh/runs/${firstRunId}`).expect(200);
    expect(first.scenarios[0].current.id).toBe(firstLiveRunId);
  });

  it('takes over a lock left by a process that died mid-refresh, and marks its run failed', async () => {
    await t.http().put('/api/scenarios/live-plan').send({ id: 'live-plan', name: 'The live plan', live: false, overrides: [] }).expect(200);
    const repository = t.app.get(RefreshRepository);
    expect(await repository.acquireLock('crashed-run', now.toISOString(), '2000-01-01T00:00:00.000Z')).toEqual({ acquired: true });
    await repository.insertRun(
      Object.assign(new RefreshRunEntity(), { id: 'crashed-run', trigger: 'schedule', status: 'running', scheduledFor: null, startedAt: now.toISOString(), finishedAt: null, jobId: null, message: null, changes: [] }),
    );
    const held = await t.http().post('/api/refresh/run').expect(409);
    expect(held.body.message).toMatch(/^a refresh is already running \(run crashed-run, since/);

    at('2026-03-02T16:00:01Z'); // six hours on
    const { body } = await t.http().post('/api/refresh/run').expect(202);
    expect((await jobs.wait(body.jobId)).status).toBe('succeeded');
    const { body: run } = await t.http().get(`/api/refresh/runs/${body.runId}`).expect(200);
    expect(run).toMatchObject({ status: 'succeeded', changes: [], scenarios: [] }); // nothing live any more
    const { body: crashed } = await t.http().get('/api/refresh/runs/crashed-run').expect(200);
    expect(crashed).toMatchObject({ status: 'failed', message: 'the server stopped before this refresh finished', finishedAt: '2026-03-02T16:00:01.000Z' });
    await t.http().get('/api/refresh').expect(200).expect((response) => expect(response.body.running).toBeNull());
  });

  it('releases at once a lock whose run’s job ended without releasing it (the process died in it twice), and marks the run failed', async () => {
    jobs.register('refresh-that-died', async () => {
      throw new Error('the server stopped while running it 2 times');
    });
    const deadJob = await jobs.start('refresh-that-died', {});
    expect((await jobs.wait(deadJob)).status).toBe('failed');
    const repository = t.app.get(RefreshRepository);
    expect(await repository.acquireLock('died-run', now.toISOString(), '2000-01-01T00:00:00.000Z')).toEqual({ acquired: true });
    await repository.insertRun(
      Object.assign(new RefreshRunEntity(), { id: 'died-run', trigger: 'manual', status: 'running', scheduledFor: null, startedAt: now.toISOString(), finishedAt: null, jobId: deadJob, message: null, changes: [] }),
    );

    const { body } = await t.http().post('/api/refresh/run').expect(202); // no six-hour wait
    expect((await jobs.wait(body.jobId)).status).toBe('succeeded');
    const { body: died } = await t.http().get('/api/refresh/runs/died-run').expect(200);
    expect(died).toMatchObject({ status: 'failed', message: 'the server stopped before this refresh finished' });
    await t.http().get('/api/refresh').expect(200).expect((response) => expect(response.body.running).toBeNull());
  });

  it('answers an unknown run with 404', async () => {
    const response = await t.http().get('/api/refresh/runs/nothing').expect(404);
    expect(response.body.message).toBe('refresh run "nothing" not found');
  });
});
