import { defaultPlanOptions, defaultTimeLimitSeconds } from '@app/optimizer';
import { HORIZON_START, planningScenario } from './forecasts-setup.fixture';
import { streamJob } from './forecasts-job-events.fixture';
import { TestApp, startTestApp } from './support/test-app';

const HOUR_MS = 3_600_000;
const WEEK_2 = '2026-03-09';
const WEEK_3 = '2026-03-16';
// plans in these tests stop within 5 % of the bound: the windows are what is tested, not the solver
const QUICK = { mipGap: 0.05, timeLimitSeconds: 20 };

/** The test setup with a three-week horizon and a two-day spring sale in its second week. */
function threeWeekScenario() {
  const file = planningScenario();
  file.horizon = { start: HORIZON_START, weeks: 3, mode: 'dated' };
  file.events = [{ id: 'spring-sale', name: 'Spring sale', kind: 'peak', start: '2026-03-11', end: '2026-03-12', marketplaceIds: ['amazon-uk'], siteIds: [], volumeMultiplier: 1.2 }];
  return file;
}

async function plan(t: TestApp, request: object): Promise<{ summary: any; file: any; coverage: any }> {
  const started = await t.http().post('/api/plans').send(request).expect(202);
  await streamJob(t, started.body.jobId);
  const { body: summary } = await t.http().get(`/api/plans/${started.body.planId}`).expect(200);
  expect({ status: summary.status, error: summary.error }).toEqual({ status: expect.stringMatching(/^(optimal|feasible)$/), error: undefined });
  const { body: file } = await t.http().get(`/api/plans/${started.body.planId}/file`).expect(200);
  const { body: coverage } = await t.http().get(`/api/plans/${started.body.planId}/coverage`).expect(200);
  return { summary, file, coverage };
}

describe('plans API: windows of the horizon', () => {
  let t: TestApp;
  let forecastId: string;
  let forecastSeries: any[];

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(threeWeekScenario()).expect(200);
    const forecast = await t.http().post('/api/forecasts').send({}).expect(202);
    forecastId = forecast.body.forecastId;
    await streamJob(t, forecast.body.jobId);
    forecastSeries = (await t.http().get(`/api/forecasts/${forecastId}/series`).expect(200)).body;
  });
  afterAll(async () => {
    await t.close();
  });

  it('offers the horizon’s three weeks with the spring sale marked in the second, and the default window', async () => {
    const { body } = await t.http().get('/api/plans/windows').expect(200);
    expect(body.horizon).toEqual({ start: HORIZON_START, weeks: 3, mode: 'dated' });
    expect(body.weeks.map((week: any) => [week.week, week.start, week.end])).toEqual([
      [1, '2026-03-02', '2026-03-08'],
      [2, '2026-03-09', '2026-03-15'],
      [3, '2026-03-16', '2026-03-22'],
    ]);
    expect(body.weeks[1].events).toEqual([{ source: 'event', name: 'Spring sale', kind: 'peak', start: '2026-03-11', end: '2026-03-12', countries: [] }]);
    expect(body.weeks[0].events.filter((event: any) => event.source === 'event')).toEqual([]);
    // the next full week, kept inside the horizon (which lies in the past: its last week)
    expect(body.defaultWindow).toEqual({ start: WEEK_3, weeks: defaultPlanOptions.weeks });
  });

  it('plans a week in the middle of the horizon from its slice of the horizon’s forecast; with no plan before it, it opens empty and says so', async () => {
    const { summary, file } = await plan(t, { start: WEEK_2, weeks: 1, ...QUICK });
    expect(summary.grid).toEqual({ start: '2026-03-09T00:00:00Z', end: '2026-03-16T00:00:00Z', hours: 168, mode: 'dated' });
    expect(summary.forecastId).toBe(forecastId);
    const queues = forecastSeries.filter((series) => series.classId !== null);
    expect(file.arrivals).toEqual(
      queues.map((series) => ({ marketplaceId: series.marketplaceId, classId: series.classId, values: series.points.slice(168, 336).map((point: any) => point.forecast) })),
    );
    expect(file.openingBacklog).toBeUndefined();
    expect(summary.notes).toContain('No stored plan ends where this window starts (2026-03-09T00:00:00Z): it opens with no backlog.');
  }, 180_000);

  it("starts a window from the closing backlog of the plan of the week before it", async () => {
    const first = await plan(t, { start: HORIZON_START, weeks: 1, ...QUICK });
    expect(first.summary.grid.end).toBe('2026-03-09T00:00:00Z');
    // what the first week leaves waiting, queue by queue, at the end of its last hour
    const closing = first.coverage.queues.map((queue: any) => ({ marketplaceId: queue.marketplaceId, classId: queue.classId, values: [queue.hours.at(-1).backlog] }));
    const left = closing.filter((queue: any) => queue.values[0] > 0);
    expect(left.length).toBeGreaterThan(0);

    const second = await plan(t, { start: WEEK_2, ...QUICK });
    expect(second.summary.grid.start).toBe('2026-03-09T00:00:00Z');
    expect(second.file.openingBacklog).toEqual(left);
    expect(second.summary.openingBacklogFromPlanId).toBe(first.summary.id);
    expect(first.summary.openingBacklogFromPlanId).toBeNull();
    const waiting = left.reduce((sum: number, queue: any) => sum + queue.values[0], 0);
    expect(second.summary.notes[0]).toMatch(new RegExp(`^Opens with [\\d.,]+ messages? still waiting at the end of plan ${first.summary.id} \\(2026-03-02T00:00:00Z to 2026-03-09T00:00:00Z\\)\\.$`));
    // the opening backlog is planned for: every message of the window, carried-in ones included
    const messages = second.summary.marketplaces.reduce((sum: number, marketplace: any) => sum + marketplace.messages, 0);
    const arrivals = second.file.arrivals.reduce((sum: number, queue: any) => sum + queue.values.reduce((a: number, b: number) => a + b, 0), 0);
    expect(messages).toBeCloseTo(arrivals + waiting, 6);

    const { body } = await t.http().get('/api/plans/windows').expect(200);
    expect(body.weeks[1].backlogFromPlanId).toBe(first.summary.id);
    expect(body.weeks[0].backlogFromPlanId).toBeNull();
  }, 300_000);

  it('refuses a window outside the horizon or a forecast that does not cover it, naming the field', async () => {
    const outside = await t.http().post('/api/plans').send({ start: WEEK_3, weeks: 2 }).expect(400);
    expect(outside.body.issues).toEqual([
      { path: '/start', message: '2 weeks from 2026-03-16 do not lie inside the horizon (2026-03-02 to 2026-03-22): start from 2026-03-02 to 2026-03-09' },
    ]);
    const badDate = await t.http().post('/api/plans').send({ start: '9 March' }).expect(400);
    expect(badDate.body.issues).toEqual([{ path: '/start', message: 'start must be a date YYYY-MM-DD' }]);

    const oneWeek = await t.http().post('/api/forecasts').send({ horizonHours: 168 }).expect(202);
    await streamJob(t, oneWeek.body.jobId);
    const short = await t.http().post('/api/plans').send({ forecastId: oneWeek.body.forecastId, start: WEEK_2 }).expect(400);
    expect(short.body.issues).toEqual([
      {
        path: '/forecastId',
        message: `forecast "${oneWeek.body.forecastId}" covers 2026-03-02T00:00:00Z to 2026-03-09T00:00:00Z, not the window 2026-03-09 + 1 week: forecast the organisation's horizon (POST /api/forecasts) or plan another window`,
      },
    ]);
    // by default the newest forecast covering the window is read, not merely the newest
    const started = await t.http().post('/api/plans').send({ start: WEEK_2, ...QUICK }).expect(202);
    const { body: running } = await t.http().get(`/api/plans/${started.body.planId}`).expect(200);
    expect(running.forecastId).toBe(forecastId);
    await streamJob(t, started.body.jobId);
  }, 180_000);

  it('shows every default in the OpenAPI document as the planner’s defaultPlanOptions', async () => {
    const { body: doc } = await t.http().get('/api/docs-json').expect(200);
    const properties = doc.components.schemas.CreatePlanDto.properties;
    // every planning default is a request field whose documented default is the planner's
    const documented = Object.fromEntries(Object.keys(defaultPlanOptions).map((key) => [key, properties[key]?.default]));
    expect(documented).toEqual({ ...defaultPlanOptions });
    expect(Object.keys(defaultPlanOptions)).toEqual(expect.arrayContaining(['weeks', 'solver', 'timeLimitSeconds', 'mipGap']));
    expect(properties.start).toMatchObject({ type: 'string' });
    // and a plan asked for nothing is solved with them
    const started = await t.http().post('/api/plans').send({ start: WEEK_3 }).expect(202);
    const { body: running } = await t.http().get(`/api/plans/${started.body.planId}`).expect(200);
    expect(running).toMatchObject({ solver: defaultPlanOptions.solver, timeLimitSeconds: defaultPlanOptions.timeLimitSeconds, mipGap: defaultPlanOptions.mipGap });
    expect(Date.parse(running.grid.end) - Date.parse(running.grid.start)).toBe(defaultPlanOptions.weeks * 168 * HOUR_MS);
    await streamJob(t, started.body.jobId);
  }, 180_000);
});

describe('plans API: a cyclic horizon of four weeks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const file = planningScenario();
    file.horizon = { start: HORIZON_START, weeks: 4, mode: 'cyclic' };
    await t.http().post('/api/scenario/import').send(file).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('is planned as its one repeated week, as the window rule, the comparisons and the CLI plan it; more weeks are refused with the same reason', async () => {
    const { summary } = await plan(t, QUICK);
    expect(summary.grid).toEqual({ start: '2026-03-02T00:00:00Z', end: '2026-03-09T00:00:00Z', hours: 168, mode: 'cyclic' });
    const refused = await t.http().post('/api/plans').send({ weeks: 4 }).expect(400);
    expect(refused.body.issues).toEqual([{ path: '/weeks', message: 'the horizon is one week repeated (cyclic): plan 1 week, not 4' }]);
    const { body } = await t.http().get('/api/plans/windows').expect(200);
    expect(body.weeks.map((week: any) => week.start)).toEqual([HORIZON_START]);
  }, 180_000);
});

describe('plans API on the seeded demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('plans the next full week when asked for nothing: POST /api/plans with {} returns a plan', async () => {
    const { body: windows } = await t.http().get('/api/plans/windows').expect(200);
    expect(windows.horizon).toMatchObject({ weeks: 13, mode: 'dated' });
    // the demo's horizon starts this week: the next full week is its second (or third, late on a Sunday in UTC)
    expect([windows.weeks[1].start, windows.weeks[2].start]).toContain(windows.defaultWindow.start);
    // the weeks holding the demo's peaks and its Chinese New Year are marked
    const marked = (holds: (event: any) => boolean) => windows.weeks.filter((week: any) => week.events.some(holds)).map((week: any) => week.week);
    expect(marked((event) => event.source === 'event' && event.kind === 'peak').length).toBeGreaterThan(0);
    expect(marked((event) => /Chinese New Year|Spring Festival/.test(event.name)).length).toBeGreaterThan(0);
    expect(marked((event) => event.source === 'holiday').length).toBeGreaterThan(0);

    const started = await t.http().post('/api/plans').send({}).expect(202);
    const events = await streamJob(t, started.body.jobId);
    expect(events.at(-1)).toMatchObject({ type: 'done', data: { status: 'succeeded' } });
    const { body: summary } = await t.http().get(`/api/plans/${started.body.planId}`).expect(200);
    expect(['optimal', 'feasible']).toContain(summary.status);
    expect(summary.grid).toMatchObject({ start: `${windows.defaultWindow.start}T00:00:00Z`, hours: 168, mode: 'dated' });
    expect(summary.totalCost).toBeGreaterThan(0);
    expect(summary.shiftStarts).toBeGreaterThan(0);
    expect(summary.slaAttainment).toBeGreaterThan(0.99);
    // the default effort, with the default safety cap, and the plan says whether that cap bound
    expect(summary).toMatchObject({ effort: defaultPlanOptions.effort, timeLimitSeconds: defaultTimeLimitSeconds(1) });
    expect(typeof summary.clockLimitReached).toBe('boolean');
    // the job forecast the demo's whole horizon, which the next windows read too
    const { body: forecast } = await t.http().get(`/api/forecasts/${summary.forecastId}`).expect(200);
    expect(forecast.hours).toBe(13 * 168);
  }, 600_000);
});
