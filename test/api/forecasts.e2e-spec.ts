import { HISTORY_WEEKS, localHourVolume, planningScenario } from './forecasts-setup.fixture';
import { streamJob } from './forecasts-job-events.fixture';
import { TestApp, startTestApp } from './support/test-app';

/** Weekday (1 = Monday) and hour of a local time "2026-03-02T09:00+01:00". */
function localClock(local: string): { weekday: number; hour: number } {
  const wallClock = new Date(`${local.slice(0, 16)}Z`);
  return { weekday: ((wallClock.getUTCDay() + 6) % 7) + 1, hour: wallClock.getUTCHours() };
}

describe('forecasts API', () => {
  let t: TestApp;
  let forecastId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(planningScenario()).expect(200);

    const started = await t.http().post('/api/forecasts').send({}).expect(202);
    expect(started.body).toEqual({ jobId: expect.any(String), forecastId: expect.any(String) });
    forecastId = started.body.forecastId;

    const events = await streamJob(t, started.body.jobId);
    // one series per marketplace (their totals, split by class share), in order, then done
    expect(events.map((event) => [event.type, event.data.stage, event.data.detail])).toEqual([
      ['progress', 'series', { done: 1, total: 2, marketplaceId: 'amazon-de', classId: null }],
      ['progress', 'series', { done: 2, total: 2, marketplaceId: 'amazon-uk', classId: null }],
      ['done', undefined, undefined],
    ]);
    expect(events[2].data).toMatchObject({ status: 'succeeded', result: { id: forecastId, status: 'succeeded', hours: 168 } });
  });
  afterAll(async () => {
    await t.close();
  });

  it("defaults to the organisation's horizon and stores each marketplace's method and backtest", async () => {
    const { body } = await t.http().get(`/api/forecasts/${forecastId}`).expect(200);
    expect(body).toMatchObject({
      id: forecastId,
      status: 'succeeded',
      scenarioName: 'Small EU seller',
      start: '2026-03-02T00:00:00Z',
      end: '2026-03-09T00:00:00Z',
      hours: 168,
      marketplaceIds: null,
    });
    expect(body.marketplaces.map((marketplace: any) => [marketplace.marketplaceId, marketplace.status])).toEqual([
      ['amazon-de', 'ok'],
      ['amazon-uk', 'ok'],
    ]);
    const de = body.marketplaces[0];
    expect(de.series.map((series: any) => [series.classId, series.source, series.share])).toEqual([
      [null, 'total', 1],
      ['standard', 'marketplace-share', 0.9],
      ['urgent', 'marketplace-share', 0.1],
    ]);
    // the German history repeats one week exactly: its backtest has no error at all
    expect(de.series[0].backtest).toMatchObject({ wape: 0, smape: 0, bias: 0, points: 168 });
    expect(de.series[0].method).toEqual(expect.any(String));
  });

  it('forecasts a history that repeats one week exactly, hour by hour on the buyers’ clock', async () => {
    const { body } = await t.http().get(`/api/forecasts/${forecastId}/series`).query({ marketplaceId: 'amazon-de', classId: 'standard' }).expect(200);
    expect(body).toHaveLength(1);
    const [series] = body;
    expect(series).toMatchObject({ marketplaceId: 'amazon-de', classId: 'standard', timeZone: 'Europe/Berlin', source: 'marketplace-share' });
    expect(series.points).toHaveLength(168);
    expect(series.points[0]).toMatchObject({ utc: '2026-03-02T00:00:00Z', local: '2026-03-02T01:00+01:00' });
    expect(series.points[167]).toMatchObject({ utc: '2026-03-08T23:00:00Z', local: '2026-03-09T00:00+01:00' });
    for (const point of series.points) {
      const { weekday, hour } = localClock(point.local);
      expect(point.forecast).toBeCloseTo(0.9 * localHourVolume(weekday, hour), 4);
    }
  });

  it('stores 80 % and 95 % bands around every hour, nested', async () => {
    const { body } = await t.http().get(`/api/forecasts/${forecastId}/series`).expect(200);
    // two marketplaces × (total + two classes)
    expect(body.map((series: any) => `${series.marketplaceId}/${series.classId}`)).toEqual([
      'amazon-de/null',
      'amazon-de/standard',
      'amazon-de/urgent',
      'amazon-uk/null',
      'amazon-uk/standard',
      'amazon-uk/urgent',
    ]);
    for (const series of body) {
      expect(series.points).toHaveLength(168);
      for (const point of series.points) {
        expect(point.lo95).toBeLessThanOrEqual(point.lo80);
        expect(point.lo80).toBeLessThanOrEqual(point.forecast);
        expect(point.forecast).toBeLessThanOrEqual(point.hi80);
        expect(point.hi80).toBeLessThanOrEqual(point.hi95);
        expect(point.lo95).toBeGreaterThanOrEqual(0);
      }
    }
    // the noisy British history gets real bands
    const ukTotal = body[3];
    expect(ukTotal.points.every((point: any) => point.hi95 > point.lo95)).toBe(true);
    // each class is its share of the total
    ukTotal.points.forEach((point: any, hour: number) => expect(body[4].points[hour].forecast).toBeCloseTo(0.9 * point.forecast, 3));
  });

  it('cuts the series to the hours asked for, both ends inclusive', async () => {
    const { body } = await t
      .http()
      .get(`/api/forecasts/${forecastId}/series`)
      .query({ marketplaceId: 'amazon-uk', classId: 'urgent', from: '2026-03-02T10:30:00Z', to: '2026-03-02T13:00:00+01:00' })
      .expect(200);
    expect(body[0].points.map((point: any) => [point.utc, point.local])).toEqual([
      ['2026-03-02T11:00:00Z', '2026-03-02T11:00+00:00'],
      ['2026-03-02T12:00:00Z', '2026-03-02T12:00+00:00'],
    ]);
  });

  it('reports the backtest per marketplace and horizon bucket', async () => {
    const { body } = await t.http().get(`/api/forecasts/${forecastId}/backtest`).expect(200);
    expect(body.forecastId).toBe(forecastId);
    // only series forecast from their own history: here each marketplace's total
    expect(body.marketplaces.map((marketplace: any) => [marketplace.marketplaceId, marketplace.series.map((series: any) => series.classId)])).toEqual([
      ['amazon-de', [null]],
      ['amazon-uk', [null]],
    ]);
    const uk = body.marketplaces[1].series[0];
    expect(uk.selectBy).toBe('wape');
    expect(uk.origins.length).toBeGreaterThanOrEqual(1);
    expect(uk.candidates.length).toBeGreaterThanOrEqual(2);
    // auto uses the best candidate, or the combination when no single method is more than 10 % better
    const best = uk.candidates[0];
    const chosen = uk.candidates.find((candidate: any) => candidate.method === uk.method);
    expect(chosen).toBeDefined();
    if (uk.method !== best.method) {
      expect(uk.method).toBe('combination');
      expect(chosen.wape).toBeLessThan(1.1 * best.wape);
    }
    expect(uk.overall.wape).toBeGreaterThan(0);
    expect(uk.buckets.map((bucket: any) => bucket.label)).toContain('1-24h');
    for (const bucket of uk.buckets) expect(Object.keys(bucket).sort()).toEqual(['bias', 'fromHour', 'label', 'mase', 'points', 'smape', 'toHour', 'wape']);
    const de = body.marketplaces[0].series[0];
    expect(de.overall).toMatchObject({ wape: 0, smape: 0, bias: 0 });
  });

  it('forecasts chosen marketplaces from a chosen date for a chosen number of hours', async () => {
    const started = await t.http().post('/api/forecasts').send({ marketplaceIds: ['amazon-uk'], start: '2026-03-09', horizonHours: 24 }).expect(202);
    const events = await streamJob(t, started.body.jobId);
    expect(events.map((event) => event.type)).toEqual(['progress', 'done']);
    const { body } = await t.http().get(`/api/forecasts/${started.body.forecastId}`).expect(200);
    expect(body).toMatchObject({ start: '2026-03-09T00:00:00Z', hours: 24, marketplaceIds: ['amazon-uk'] });
    expect(body.marketplaces.map((marketplace: any) => marketplace.marketplaceId)).toEqual(['amazon-uk']);
    const series = await t.http().get(`/api/forecasts/${started.body.forecastId}/series`).query({ classId: 'standard' }).expect(200);
    expect(series.body[0].points).toHaveLength(24);

    // the newest succeeded run is the latest, and lists come newest first
    const latest = await t.http().get('/api/forecasts/latest').expect(200);
    expect(latest.body.id).toBe(started.body.forecastId);
    const list = await t.http().get('/api/forecasts').expect(200);
    expect(list.body.map((run: any) => run.id)).toEqual([started.body.forecastId, forecastId]);
  });

  it('refuses bad requests with the field and the reason', async () => {
    const zero = await t.http().post('/api/forecasts').send({ horizonHours: 0 }).expect(400);
    expect(zero.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'request body is invalid: /horizonHours: horizonHours must not be less than 1.',
      issues: [{ path: '/horizonHours', message: 'horizonHours must not be less than 1' }],
    });
    const long = await t.http().post('/api/forecasts').send({ horizonHours: 2185 }).expect(400);
    expect(long.body.issues).toEqual([{ path: '/horizonHours', message: 'horizonHours must not be greater than 2184' }]);

    const unknown = await t.http().post('/api/forecasts').send({ marketplaceIds: ['amazon-uk', 'amazon-fr'] }).expect(400);
    expect(unknown.body.message).toBe(
      'forecast request is invalid: /marketplaceIds/1: unknown marketplace "amazon-fr"; the setup has "amazon-de", "amazon-uk".',
    );

    const notADate = await t.http().post('/api/forecasts').send({ start: '2026-02-30' }).expect(400);
    expect(notADate.body.issues).toEqual([{ path: '/start', message: '"2026-02-30" is not a calendar date' }]);

    const historyEnd = new Date(Date.parse('2026-02-09T00:00:00Z') + HISTORY_WEEKS * 7 * 86_400_000).toISOString().replace('.000', '');
    const early = await t.http().post('/api/forecasts').send({ start: '2026-02-20', marketplaceIds: ['amazon-de'] }).expect(400);
    expect(early.body.issues).toEqual([
      {
        path: '/start',
        message: `the forecast would start at 2026-02-20T00:00:00Z, before the history of "amazon-de" ends (${historyEnd}): start on 2026-03-02 or later`,
      },
    ]);

    const extra = await t.http().post('/api/forecasts').send({ horizon: 5 }).expect(400);
    expect(extra.body.issues).toEqual([{ path: '/horizon', message: 'property horizon should not exist' }]);

    await t.http().get('/api/forecasts/nope').expect(404, { statusCode: 404, error: 'Not Found', message: 'forecast "nope" not found' });
    await t.http().get('/api/forecasts/nope/series').expect(404);
    await t.http().get('/api/forecasts/nope/backtest').expect(404);

    const noSuchMarketplace = await t.http().get(`/api/forecasts/${forecastId}/series`).query({ marketplaceId: 'amazon-fr' }).expect(400);
    expect(noSuchMarketplace.body.issues).toEqual([{ path: 'marketplaceId', message: 'this forecast has no marketplace "amazon-fr"; it has "amazon-de", "amazon-uk"' }]);
    const noSuchClass = await t.http().get(`/api/forecasts/${forecastId}/series`).query({ marketplaceId: 'amazon-de', classId: 'vip' }).expect(400);
    expect(noSuchClass.body.issues).toEqual([{ path: 'classId', message: 'this forecast has no class "vip" on "amazon-de"; it has "standard", "urgent"' }]);
    const badInstant = await t.http().get(`/api/forecasts/${forecastId}/series`).query({ from: 'yesterday' }).expect(400);
    expect(badInstant.body.issues).toEqual([{ path: 'from', message: '"yesterday" is not an ISO 8601 instant such as "2026-03-02T00:00:00Z".' }]);
  });
});

describe('forecasts API without a setup', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('asks for an organisation first, and has no latest forecast', async () => {
    const response = await t.http().post('/api/forecasts').send({}).expect(404);
    expect(response.body.message).toMatch(/there is no organisation/);
    const latest = await t.http().get('/api/forecasts/latest').expect(404);
    expect(latest.body.message).toBe('no forecast has succeeded yet: start one with POST /api/forecasts');
    await t.http().get('/api/forecasts').expect(200, []);
  });
});
