import { planningScenario } from './forecasts-setup.fixture';
import { streamJob } from './forecasts-job-events.fixture';
import { TestApp, startTestApp } from './support/test-app';

describe('simulations API and auto-reply promises', () => {
  let t: TestApp;
  let planId: string;
  let plan: any;

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(planningScenario()).expect(200);
    const forecast = await t.http().post('/api/forecasts').send({}).expect(202);
    await streamJob(t, forecast.body.jobId);
    // a safety cap that does not bind: the default effort decides the plan
    const started = await t.http().post('/api/plans').send({ mipGap: 0.05, timeLimitSeconds: 300 }).expect(202);
    await streamJob(t, started.body.jobId);
    planId = started.body.planId;
    plan = (await t.http().get(`/api/plans/${planId}`).expect(200)).body;
    // the replay of the published dispatch rule, not the LP's own split: within a fraction of a per cent of every message
    expect(plan.slaAttainment).toBeGreaterThan(0.99);
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  it("promises from a fluid replay before any simulation, in the marketplace's language", async () => {
    const { body } = await t.http().get(`/api/plans/${planId}/promises`).query({ marketplaceId: 'amazon-de' }).expect(200);
    expect(body).toMatchObject({ planId, simulationId: null, mode: 'fluid', marketplaceId: 'amazon-de', timeZone: 'Europe/Berlin', language: 'de', weekStart: '2026-03-02', confidence: 0.9 });
    expect(body.rows).toHaveLength(168);
    // the plan starts at midnight UTC, 01:00 in Berlin: Monday 00:00 there is before it
    expect(body.rows[0]).toMatchObject({ localHourOfWeek: 0, receivedLocal: '2026-03-02T00:00+01:00', basis: 'outside-horizon', sentence: null });
    expect(body.rows[1]).toMatchObject({ localHourOfWeek: 1, receivedUtc: '2026-03-02T00:00:00Z', basis: 'observed' });
    expect(body.rows[167]).toMatchObject({ localHourOfWeek: 167, receivedLocal: '2026-03-08T23:00+01:00' });
    // replies to the week's last day may fall after the horizon: no promise ('none') rather than a guess
    const promised = body.rows.filter((row: any) => row.sentence !== null);
    expect(promised.length).toBeGreaterThanOrEqual(143);
    for (const row of body.rows.slice(1)) expect(['observed', 'later-hour', 'none']).toContain(row.basis);
    for (const row of promised) {
      expect(row.sentence).toMatch(/^Vielen Dank für Ihre Nachricht\. .*Uhr\.$/);
      expect(Date.parse(row.replyByUtc)).toBeGreaterThanOrEqual(Date.parse(row.receivedUtc));
      // every message is answered within its deadline (24 h at most), and the promise keeps 90 % of them; the
      // promise is counted from the hour's start and covers the messages of the whole hour, which under the
      // plan's rule (oldest first) are answered up to its last minute + 24 h
      expect(row.promiseHours).toBeLessThanOrEqual(25);
    }
  });

  it("reproduces the plan's SLA attainment in a fluid replay", async () => {
    const started = await t.http().post('/api/simulations').send({ planId, mode: 'fluid' }).expect(202);
    expect(started.body).toEqual({ jobId: expect.any(String), simulationId: expect.any(String) });
    const events = await streamJob(t, started.body.jobId);
    expect(events.map((event) => (event.type === 'progress' ? event.data.stage : event.type))).toEqual(['replications', 'done']);
    expect(events[0].data.detail).toEqual({ completed: 1, total: 1, fraction: 1 });
    expect(events[1].data.result).toMatchObject({ id: started.body.simulationId, planId, status: 'succeeded', mode: 'fluid', replications: 1 });

    const { body } = await t.http().get(`/api/simulations/${started.body.simulationId}`).expect(200);
    // the plan's figures replay its published rule and the simulation follows the same rule (the plan's
    // dispatch travels with it): they agree within the 0.5 percentage points the promise allows
    expect(plan.dispatch.length).toBeGreaterThan(0);
    expect(body.result.discipline).toBe('dispatch');
    const withinHalfPoint = (simulated: number, planned: number) => expect(Math.abs(simulated - planned)).toBeLessThanOrEqual(0.005);
    withinHalfPoint(body.result.slaAttainment.mean, plan.slaAttainment);
    const planned = new Map(plan.marketplaces.map((marketplace: any) => [marketplace.marketplaceId, marketplace]));
    for (const marketplace of body.result.marketplaces) {
      const own: any = planned.get(marketplace.marketplaceId);
      withinHalfPoint(marketplace.slaAttainment.mean, own.slaAttainment);
      expect(marketplace.messages).toBeCloseTo(own.messages, 3);
      expect(marketplace.waitByLocalHourOfWeek).toHaveLength(168);
      expect(marketplace.backlogByHour.mean).toHaveLength(168);
    }
    expect(body.result.pools.map((pool: any) => pool.siteId)).toEqual(['manila']);
  });

  it('runs seeded random replications reproducibly, reporting them as they finish', async () => {
    const run = async () => {
      const started = await t.http().post('/api/simulations').send({ planId, mode: 'poisson', replications: 30, seed: 7 }).expect(202);
      const events = await streamJob(t, started.body.jobId);
      const progress = events.filter((event) => event.type === 'progress').map((event) => event.data.detail);
      expect(events.at(-1)!.type).toBe('done');
      return { id: started.body.simulationId, progress, body: (await t.http().get(`/api/simulations/${started.body.simulationId}`).expect(200)).body };
    };
    const first = await run();
    const second = await run();
    expect(first.progress.length).toBeGreaterThanOrEqual(1);
    first.progress.forEach((step: any, i: number) => {
      expect(step.total).toBe(30);
      if (i > 0) expect(step.completed).toBeGreaterThan(first.progress[i - 1].completed);
    });
    expect(first.progress.at(-1)).toEqual({ completed: 30, total: 30, fraction: 1 });
    expect(first.body).toMatchObject({ mode: 'poisson', replications: 30, seed: 7, status: 'succeeded' });
    expect(second.body.result).toEqual(first.body.result);
    expect(first.body.result.slaAttainment.low).toBeLessThanOrEqual(first.body.result.slaAttainment.mean);
    expect(first.body.result.slaAttainment.mean).toBeLessThanOrEqual(first.body.result.slaAttainment.high);

    // the promise table now comes from the newest stored simulation
    const { body: promises } = await t.http().get(`/api/plans/${planId}/promises`).query({ marketplaceId: 'amazon-uk' }).expect(200);
    expect(promises).toMatchObject({ simulationId: second.id, mode: 'poisson', language: 'en', timeZone: 'Europe/London' });
    expect(promises.rows).toHaveLength(168);
    expect(promises.rows.filter((row: any) => row.sentence !== null).every((row: any) => row.sentence.startsWith('Thank you for your message.'))).toBe(true);

    const list = await t.http().get('/api/simulations').query({ planId }).expect(200);
    expect(list.body.map((simulation: any) => simulation.id).slice(0, 2)).toEqual([second.id, first.id]);
  });

  it('writes promises in another language on request and leaves weeks outside the plan empty', async () => {
    const japanese = await t.http().get(`/api/plans/${planId}/promises`).query({ marketplaceId: 'amazon-de', language: 'ja' }).expect(200);
    expect(japanese.body.language).toBe('ja');
    expect(japanese.body.rows[10].sentence).toMatch(/^お問い合わせいただきありがとうございます。/);

    const later = await t.http().get(`/api/plans/${planId}/promises`).query({ marketplaceId: 'amazon-de', weekStart: '2026-03-11' }).expect(200);
    expect(later.body.weekStart).toBe('2026-03-09');
    expect(later.body.rows).toHaveLength(168);
    // only its first hour, Monday 00:00 in Berlin (23:00 UTC on Sunday), is inside the plan's week
    expect(later.body.rows[0].receivedUtc).toBe('2026-03-08T23:00:00Z');
    expect(later.body.rows[0].basis).not.toBe('outside-horizon');
    expect(later.body.rows.slice(1).every((row: any) => row.basis === 'outside-horizon' && row.sentence === null)).toBe(true);
  });

  it('refuses bad requests with the field and the reason', async () => {
    await t.http().post('/api/simulations').send({ planId: 'nope' }).expect(404, { statusCode: 404, error: 'Not Found', message: 'plan "nope" not found' });
    const missing = await t.http().post('/api/simulations').send({}).expect(400);
    expect(missing.body.issues).toEqual([{ path: '/planId', message: 'planId must be a string' }]);
    const mode = await t.http().post('/api/simulations').send({ planId, mode: 'chaos', replications: 0 }).expect(400);
    expect(mode.body.issues).toEqual([
      { path: '/mode', message: 'mode must be one of the following values: fluid, poisson, overdispersed' },
      { path: '/replications', message: 'replications must not be less than 1' },
    ]);
    await t.http().get('/api/simulations/nope').expect(404, { statusCode: 404, error: 'Not Found', message: 'simulation "nope" not found' });

    const noMarketplace = await t.http().get(`/api/plans/${planId}/promises`).expect(400);
    expect(noMarketplace.body.issues).toEqual([{ path: 'marketplaceId', message: 'name the marketplace: one of "amazon-de", "amazon-uk"' }]);
    const unknown = await t.http().get(`/api/plans/${planId}/promises`).query({ marketplaceId: 'amazon-fr' }).expect(400);
    expect(unknown.body.issues).toEqual([{ path: 'marketplaceId', message: 'this plan has no marketplace "amazon-fr"; it has "amazon-de", "amazon-uk"' }]);
    const week = await t.http().get(`/api/plans/${planId}/promises`).query({ marketplaceId: 'amazon-de', weekStart: 'soon' }).expect(400);
    expect(week.body.issues).toEqual([{ path: 'weekStart', message: '"soon" is not a date YYYY-MM-DD' }]);
    await t.http().get('/api/plans/nope/promises').expect(404);
  });

  it('has nothing to replay for a plan still being solved or without shifts', async () => {
    const solving = await t.http().post('/api/plans').send({ solver: 'jslp', mipGap: 0, timeLimitSeconds: 600 }).expect(202);
    const busy = await t.http().post('/api/simulations').send({ planId: solving.body.planId }).expect(409);
    expect(busy.body.message).toBe(`plan "${solving.body.planId}" is still being solved`);
    await t.http().post(`/api/jobs/${solving.body.jobId}/cancel`).expect(200);

    await t.http().post('/api/scenario/import').send(planningScenario({ japanese: true })).expect(200);
    const forecast = await t.http().post('/api/forecasts').send({}).expect(202);
    await streamJob(t, forecast.body.jobId);
    const infeasible = await t.http().post('/api/plans').send({}).expect(202);
    await streamJob(t, infeasible.body.jobId);
    const refused = await t.http().post('/api/simulations').send({ planId: infeasible.body.planId }).expect(400);
    expect(refused.body.issues).toEqual([
      { path: '/planId', message: expect.stringMatching(new RegExp(`^plan "${infeasible.body.planId}" is infeasible and has no shifts to replay: No plan meets every rule\\. No site speaks Japanese`)) },
    ]);
  });

  it("deletes a plan's simulations with it", async () => {
    const { body: simulations } = await t.http().get('/api/simulations').query({ planId }).expect(200);
    expect(simulations.length).toBe(3);
    await t.http().delete(`/api/plans/${planId}`).expect(204);
    await t.http().get(`/api/simulations/${simulations[0].id}`).expect(404);
    await t.http().get('/api/simulations').query({ planId }).expect(200, []);
  });
});
