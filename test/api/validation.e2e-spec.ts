import { TestApp, startTestApp } from './support/test-app';
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
});
