import { forecastScenario } from '@app/forecast';
import { ForecastThread, FORECAST_ON_THREAD_FROM_HISTORY_HOURS } from '../../apps/api/src/forecasts/forecast-thread';
import { JobsService } from '../../apps/api/src/jobs/jobs.service';
import { TestApp, startTestApp } from './support/test-app';

/**
 * A forecast of a history as large as the demo's runs on the forecast thread, off the API's
 * event loop, with exactly the figures the engine gives in place; a cancelled one stops it, and
 * the next forecast gets a thread again.
 */
describe('forecasts on the forecast thread', () => {
  let t: TestApp;
  let thread: ForecastThread;
  let jobs: JobsService;

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    thread = t.app.get(ForecastThread);
    jobs = t.app.get(JobsService);
  });
  afterAll(async () => {
    await t.close();
  });

  it('forecasts the demo there, with the same figures as in place', async () => {
    const { body: scenario } = await t.http().get('/api/scenario/export').expect(200);
    expect(scenario.history.reduce((total: number, series: { counts: unknown[] }) => total + series.counts.length, 0)).toBeGreaterThanOrEqual(FORECAST_ON_THREAD_FROM_HISTORY_HOURS);
    const runs = thread.threadRuns;
    const { body } = await t.http().post('/api/forecasts').send({ horizonHours: 168 }).expect(202);
    expect((await jobs.wait(body.jobId)).status).toBe('succeeded');
    expect(thread.threadRuns).toBe(runs + 1);

    const { body: stored } = await t.http().get(`/api/forecasts/${body.forecastId}`).expect(200);
    const { body: series } = await t.http().get(`/api/forecasts/${body.forecastId}/series`).query({ marketplaceId: 'amazon-de', classId: 'standard' }).expect(200);
    const inPlace = await forecastScenario(scenario, { startUtcMs: Date.parse(stored.start), hours: 168 });
    const expected = inPlace.marketplaces.find((entry) => entry.marketplaceId === 'amazon-de')!.queues.find((entry) => entry.classId === 'standard')!;
    expect(series[0].points.map((point: { forecast: number }) => point.forecast)).toEqual(expected.points.map((point) => Math.round(point.forecast * 1e4) / 1e4)); // stored to 4 decimals
  });

  it('stops when the forecast is cancelled, and forecasts again on a new thread', async () => {
    const runs = thread.threadRuns;
    const { body: cancelled } = await t.http().post('/api/forecasts').send({}).expect(202);
    while (thread.threadRuns === runs) await new Promise((resolve) => setTimeout(resolve, 5)); // on the thread now
    await t.http().post(`/api/jobs/${cancelled.jobId}/cancel`).expect(200);
    expect((await jobs.wait(cancelled.jobId)).status).toBe('cancelled');
    const { body } = await t.http().post('/api/forecasts').send({ horizonHours: 24 }).expect(202);
    expect((await jobs.wait(body.jobId)).status).toBe('succeeded');
    expect(thread.threadRuns).toBe(runs + 2);
  });

  it("forecasts a comparison's and a what-if's arrivals there too", async () => {
    for (const start of [
      () => t.http().post('/api/what-if').send({ eventId: 'chinese-new-year', replications: 1, timeLimitSeconds: 5 }),
      async () => {
        await t.http().post('/api/scenarios').send({ id: 'as-is', name: 'As is', overrides: [] }).expect(201);
        await t.http().post('/api/scenarios').send({ id: 'as-is-too', name: 'As is, again', overrides: [] }).expect(201);
        return t.http().post('/api/comparisons').send({ scenarioIds: ['as-is', 'as-is-too'], weeks: 1, replications: 1, timeLimitSeconds: 5 });
      },
    ]) {
      const runs = thread.threadRuns;
      const { status, body } = await start();
      expect({ status, body }).toEqual({ status: 202, body: expect.objectContaining({ jobId: expect.any(String) }) });
      while (thread.threadRuns === runs) await new Promise((resolve) => setTimeout(resolve, 5));
      await t.http().post(`/api/jobs/${body.jobId}/cancel`).expect(200);
      expect((await jobs.wait(body.jobId)).status).toBe('cancelled');
    }
  });
});
