import { PlanWorkerRunner } from '../../apps/api/src/plans/plan-worker.runner';
import { streamJob } from './forecasts-job-events.fixture';
import { comparedSetup } from './scenarios-setup.fixture';
import { TestApp, startTestApp } from './support/test-app';

describe('cost–service frontier and peak what-if API', () => {
  let t: TestApp;
  /** Cost of the 24-hour, 100 % SLA frontier point. */
  let looseCost: number;

  /** Runs a job to its end and returns its result. */
  async function result(jobId: string): Promise<any> {
    const events = await streamJob(t, jobId);
    const last = events.at(-1)!;
    expect(last.type).toBe('done');
    return last.data.result;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(comparedSetup()).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('plans the setup for each wait target: more wait allowed never costs more', async () => {
    const { body } = await t.http().post('/api/frontier').send({ waitTargets: [24, 6], weeks: 1, timeLimitSeconds: 10 }).expect(202);
    expect(body).toEqual({ jobId: expect.any(String) });
    const frontier = await result(body.jobId);
    expect(frontier).toMatchObject({ scenarioId: 'base', reportingCurrency: 'USD', marketplaceIds: ['amazon-de'], grid: { startUtc: '2026-03-02T00:00:00Z', hours: 168 } });
    expect(frontier.points.map((point: any) => [point.waitTargetHours, point.slaTarget])).toEqual([
      [6, 1],
      [24, 1],
    ]);
    const [strict, loose] = frontier.points;
    for (const point of frontier.points) expect(['optimal', 'feasible']).toContain(point.status);
    expect(loose.cost).toBeLessThanOrEqual(strict.cost);
    looseCost = loose.cost;
  });

  it('plans for an SLA target below 100 % where the user allows it, on a solver thread like every other plan', async () => {
    const solves = jest.spyOn(t.app.get(PlanWorkerRunner), 'run');
    const { body } = await t.http().post('/api/frontier').send({ waitTargets: [24], slaTargets: [0.9], weeks: 1, timeLimitSeconds: 10 }).expect(202);
    const frontier = await result(body.jobId);
    expect(frontier.points).toEqual([expect.objectContaining({ waitTargetHours: 24, slaTarget: 0.9 })]);
    const [point] = frontier.points;
    expect(['optimal', 'feasible']).toContain(point.status);
    expect(point.slaAttainment).toBeGreaterThanOrEqual(0.9);
    // the whole-SLA plan for the same wait (first test) meets this target too: within the 1 % gap, never dearer
    expect(point.cost).toBeLessThanOrEqual(looseCost * 1.01);
    // off the API's event loop: a HiGHS solve here held /api/health for 20 s
    expect(solves).toHaveBeenCalledWith(expect.objectContaining({ minSlaAttainment: 0.9 }), expect.anything());
    solves.mockRestore();
  });

  it('refuses a frontier request with the field named', async () => {
    const empty = await t.http().post('/api/frontier').send({ waitTargets: [] }).expect(400);
    expect(empty.body.issues).toEqual([{ path: '/waitTargets', message: 'waitTargets must contain at least 1 elements' }]);
    const negative = await t.http().post('/api/frontier').send({ waitTargets: [4, -1] }).expect(400);
    expect(negative.body.issues).toEqual([{ path: '/waitTargets', message: 'each value in waitTargets must be a positive number' }]);
    const scenario = await t.http().post('/api/frontier').send({ scenarioId: 'nothing' }).expect(400);
    expect(scenario.body.issues).toEqual([{ path: '/scenarioId', message: 'Scenario "nothing" does not exist.' }]);
    const marketplace = await t.http().post('/api/frontier').send({ marketplaceIds: ['amazon-de', 'amazon-fr'] }).expect(400);
    expect(marketplace.body.issues).toEqual([{ path: '/marketplaceIds/1', message: 'Marketplace "amazon-fr" does not exist.' }]);
  });

  it('sizes a stored peak: extra shifts per day, their cost, and the SLA if nobody is added', async () => {
    const flashSale = { id: 'flash-sale', name: 'Flash sale', kind: 'peak', start: '2026-03-04', end: '2026-03-04', marketplaceIds: ['amazon-de'], siteIds: [], volumeMultiplier: 3 };
    await t.http().post('/api/events').send(flashSale).expect(201);
    const { body } = await t.http().post('/api/what-if').send({ eventId: 'flash-sale', replications: 2, timeLimitSeconds: 10 }).expect(202);
    const whatIf = await result(body.jobId);
    expect(whatIf.event).toBe('Flash sale');
    expect(whatIf.extraCost).toBeCloseTo(whatIf.staffed.cost - whatIf.base.cost, 9);
    expect(whatIf.extraCost).toBeGreaterThan(0);
    expect(whatIf.extraShifts.every((row: any) => row.kind === 'site' && row.id === 'manila')).toBe(true);
    expect(whatIf.extraShifts.reduce((sum: number, row: any) => sum + row.paidHours, 0)).toBe(8 * whatIf.extraShifts.reduce((sum: number, row: any) => sum + row.shifts, 0));
    expect(whatIf.nobodyAdded.slaAttainment.mean).toBeLessThan(1);
  });

  it('refuses a what-if without an event that changes something', async () => {
    const neither = await t.http().post('/api/what-if').send({}).expect(400);
    expect(neither.body.issues).toEqual([{ path: '', message: 'Give either "eventId" (a stored event) or "event" { name, overrides }, not both.' }]);
    const unknown = await t.http().post('/api/what-if').send({ eventId: 'nothing' }).expect(400);
    expect(unknown.body.issues).toEqual([{ path: '/eventId', message: 'Event "nothing" does not exist.' }]);
    await t.http().post('/api/events').send({ id: 'learned', name: 'Learned peak', kind: 'peak', start: '2026-03-05', end: '2026-03-05', marketplaceIds: ['amazon-de'], siteIds: [] }).expect(201);
    const learned = await t.http().post('/api/what-if').send({ eventId: 'learned' }).expect(400);
    expect(learned.body.issues).toEqual([{ path: '/eventId', message: expect.stringContaining('changes neither volume') }]);
    const inline = await t
      .http()
      .post('/api/what-if')
      .send({ event: { name: 'Closure', overrides: [{ kind: 'site-availability', siteId: 'cebu', start: '2026-03-04', end: '2026-03-03', availabilityCap: 0 }] } })
      .expect(400);
    expect(inline.body.issues).toEqual([expect.objectContaining({ path: '/event/overrides/0/end' })]);
    const badStart = await t.http().post('/api/what-if').send({ eventId: 'flash-sale', start: '4 March' }).expect(400);
    expect(badStart.body.issues).toEqual([{ path: '/start', message: '"4 March" is not a date YYYY-MM-DD.' }]);
  });
});
