import { TestApp, startTestApp } from './support/test-app';
import { MAX_SITE_HEADCOUNT } from '@app/domain';
import { marketplace, site, smallScenario } from './support/fixtures';

/**
 * Bad input gets a 400 naming the field and the reason, and leaves the database exactly as it
 * was: the scenario export before and after is compared byte for byte.
 */
describe('invalid input is refused precisely and writes nothing', () => {
  let t: TestApp;
  let before: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(smallScenario()).expect(200);
    before = (await t.http().get('/api/scenario/export').expect(200)).text;
  });
  afterEach(async () => {
    const after = (await t.http().get('/api/scenario/export').expect(200)).text;
    expect(after).toBe(before);
  });
  afterAll(async () => {
    await t.close();
  });

  it('an invalid time zone', async () => {
    const response = await t.http().post('/api/marketplaces').send(marketplace({ id: 'amazon-mars', timeZone: 'Mars/Olympus_Mons' })).expect(400);
    const issue = {
      path: '/timeZone',
      message:
        'The time zone "Mars/Olympus_Mons" of marketplace "amazon-mars" is not an IANA time zone; use a name such as "America/New_York" or "Asia/Shanghai".',
    };
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: `marketplace is invalid: /timeZone: ${issue.message}`,
      issues: [issue],
    });
  });

  it('an invalid time zone in a PUT', async () => {
    const response = await t.http().put('/api/sites/shenzhen').send(site({ timeZone: 'Asia/Shenzhen' })).expect(400);
    expect(response.body.issues).toEqual([
      {
        path: '/timeZone',
        message: 'The time zone "Asia/Shenzhen" of site "shenzhen" is not an IANA time zone; use a name such as "America/New_York" or "Asia/Shanghai".',
      },
    ]);
  });

  it('negative costs', async () => {
    const response = await t
      .http()
      .put('/api/sites/shenzhen')
      .send(site({ hourlyCost: -45, premiums: { night: 1.2, weekend: -1.5, statutoryHoliday: 3 } }))
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message:
        'site is invalid: /hourlyCost: In site "shenzhen", hourlyCost must be at least 0, not -45; ' +
        '/premiums/weekend: In site "shenzhen", premiums.weekend must be at least 0, not -1.5.',
      issues: [
        { path: '/hourlyCost', message: 'In site "shenzhen", hourlyCost must be at least 0, not -45.' },
        { path: '/premiums/weekend', message: 'In site "shenzhen", premiums.weekend must be at least 0, not -1.5.' },
      ],
    });
  });

  it('shares that do not sum to 1', async () => {
    const shares = marketplace().classes.map((klass, index) => ({ ...klass, share: index === 0 ? 0.05 : klass.share }));
    const response = await t.http().put('/api/marketplaces/amazon-us').send(marketplace({ classes: shares })).expect(400);
    expect(response.body.issues).toEqual([
      { path: '/classes', message: 'The shares of the classes of marketplace "amazon-us" sum to 0.95, not 1.' },
    ]);
  });

  it('a scenario file with an invalid time zone and a negative cost', async () => {
    const scenario = smallScenario();
    scenario.marketplaces[0].timeZone = 'America/Springfield';
    scenario.sites[0].hourlyCost = -1;
    const response = await t.http().post('/api/scenario/import').send(scenario).expect(400);
    expect(response.body.issues).toEqual([
      { path: '/sites/0/hourlyCost', message: 'In site "shenzhen", hourlyCost must be at least 0, not -1.' },
      {
        path: '/marketplaces/0/timeZone',
        message:
          'The time zone "America/Springfield" of marketplace "amazon-us" is not an IANA time zone; use a name such as "America/New_York" or "Asia/Shanghai".',
      },
    ]);
  });

  describe('NUL characters (PostgreSQL cannot store them) are refused in every part of a request, the same on both databases', () => {
    it('in a body string', async () => {
      const response = await t.http().post('/api/marketplaces').send(marketplace({ id: 'amazon-nul', name: 'Amazon\u0000US' })).expect(400);
      expect(response.body.issues).toEqual([{ path: '/name', message: expect.stringContaining('NUL character') }]);
    });

    it('in a path parameter and in a query string', async () => {
      const path = await t.http().get('/api/plans/abc%00def').expect(400);
      expect(path.body.issues).toEqual([{ path: '/id', message: expect.stringContaining('NUL character') }]);
      const query = await t.http().post('/api/history/import?timeZone=Asia%2FShanghai%00').set('Content-Type', 'text/csv').send('marketplace,timestamp,count\n').expect(400);
      expect(query.body.issues).toEqual([{ path: '/timeZone', message: expect.stringContaining('NUL character') }]);
    });
  });

  describe('an optional field given as null is refused, not taken for absent (no job starts)', () => {
    afterEach(async () => {
      await t.http().get('/api/jobs').expect(200, []);
      await t.http().get('/api/plans').expect(200, []);
      await t.http().get('/api/rotas/pins').expect(200, []);
    });

    it.each([
      ['/api/plans', { weeks: null }, '/weeks'],
      ['/api/plans', { timeLimitSeconds: null }, '/timeLimitSeconds'],
      ['/api/forecasts', { horizonHours: null }, '/horizonHours'],
      ['/api/rotas/pins', { agentId: 'sz-01', shift: null }, '/shift'],
    ])('POST %s %j', async (route, body, path) => {
      const response = await t.http().post(route).send(body).expect(400);
      expect(response.body.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    });
  });

  describe('numbers, names and dates are bounded to what the domain allows, the same on both databases', () => {
    it('a headcount of 2³¹ (PostgreSQL’s integer columns answered 500) and a blank name', async () => {
      const response = await t.http().put('/api/sites/shenzhen').send(site({ name: '   ', maxHeadcount: 2 ** 31 })).expect(400);
      expect(response.body.issues).toEqual([
        { path: '/name', message: 'In site "shenzhen", name must be a name with at least one visible character, not "   ".' },
        { path: '/maxHeadcount', message: `In site "shenzhen", maxHeadcount must be at most ${MAX_SITE_HEADCOUNT}, not 2147483648.` },
      ]);
    });

    it('an hour of 10²⁰ messages, in a CSV and in a scenario file', async () => {
      const csv = await t.http().post('/api/history/import').set('Content-Type', 'text/csv').send('hour_start,marketplace,count\n2026-03-02T05:00:00Z,amazon-us,100000000000000000000\n').expect(400);
      expect(csv.body.issues).toEqual([{ row: 2, field: 'count', message: 'count 100000000000000000000 is more than 10,000,000 messages in one hour, the most an hour can hold' }]);
      const scenario = smallScenario();
      scenario.history[0].counts[3] = 1e20;
      const file = await t.http().post('/api/scenario/import').send(scenario).expect(400);
      expect(file.body.issues.map((issue: { path: string }) => issue.path)).toEqual(['/history/0/counts/3']);
    });

    it('a forecast for the year 9999: past the 13 weeks a forecast reaches from the history', async () => {
      const response = await t.http().post('/api/forecasts').send({ start: '9999-01-04' }).expect(400);
      expect(response.body.issues).toEqual([{ path: '/start', message: expect.stringMatching(/^the forecast would end at 9999-01-18T00:00:00Z, more than 13 weeks after the history of "amazon-us" ends/) }]);
      await t.http().get('/api/jobs').expect(200, []);
    });

    it('a horizon given as null', async () => {
      const { body: organisation } = await t.http().get('/api/organisation').expect(200);
      const response = await t.http().put('/api/organisation').send({ ...organisation, horizon: null }).expect(400);
      expect(response.body.issues.map((issue: { path: string }) => issue.path)).toContain('/horizon');
    });
  });
});
