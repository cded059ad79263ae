import { PlanRepository } from '../../apps/api/src/plans/plan.repository';
import { dayShift, shenzhenTeam, storeHandPlan } from './shenzhen-team.fixture';
import { streamJob } from './forecasts-job-events.fixture';
import { TestApp, startTestApp } from './support/test-app';

// Four agents in Shenzhen and a plan written by hand that wants six of them on Tuesday's day
// shift (09:00–17:00 local, 01:00–09:00 UTC): the rota fills four seats and leaves two empty.
// Forty Tmall messages an hour arrive 01:00–05:00 UTC; six agents clear each hour as it comes,
// four fall behind. The auto-reply must promise what the four deliver.

const DATE = '2026-03-03';
const grid = { startUtc: `${DATE}T00:00:00Z`, hours: 24 };
const arrivals = [{ marketplaceId: 'tmall', classId: 'standard', values: Array.from({ length: grid.hours }, (_, h) => (h >= 1 && h < 5 ? 40 : 0)) }];
const dispatch = [{ siteId: 'shenzhen', fromHour: 0, toHour: 24, fromUtc: grid.startUtc, toUtc: '2026-03-04T00:00:00Z', queues: ['tmall/standard'] }];

describe('auto-reply promises come from the rota the team works', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(shenzhenTeam()).expect(200);
    await storeHandPlan(t.app.get(PlanRepository), 'six-seats', DATE, [dayShift(DATE, 6)], { arrivals, dispatch });
  });
  afterAll(async () => {
    await t.close();
  });

  // Tuesday 12:00–13:00 in Shanghai is 04:00 UTC, the last busy hour
  const lastBusyHour = (body: any) => body.rows.find((row: any) => row.receivedUtc === `${DATE}T04:00:00Z`);

  it('before a rota: the planned shifts, said so; once built: the rota with its empty seats, later where seats are empty', async () => {
    const planned = (await t.http().get('/api/plans/six-seats/promises').expect(200)).body;
    expect(planned).toMatchObject({ source: 'plan', rotaId: null, seatsUnfilled: null, simulationId: null, mode: 'fluid' });
    expect(planned.basisNote).toMatch(/no rota has been built from this plan yet/);

    const started = await t.http().post('/api/rotas').send({ planId: 'six-seats' }).expect(202);
    expect((await streamJob(t, started.body.jobId)).at(-1)?.type).toBe('done');
    const rota = (await t.http().get(`/api/rotas/${started.body.rotaId}`).expect(200)).body;
    expect(rota.summary).toMatchObject({ seatsPlanned: 6, seatsFilled: 4, seatsUnfilled: 2 });

    const rostered = (await t.http().get('/api/plans/six-seats/promises').expect(200)).body;
    expect(rostered).toMatchObject({ source: 'rota', rotaId: started.body.rotaId, seatsUnfilled: 2, mode: 'fluid' });
    expect(rostered.basisNote).toBe("From the rota as built (2 seats left empty, counted as nobody), replayed under the plan's dispatch rule.");
    // six agents answer the 04:00 hour within it; four are still working off the earlier hours
    expect(lastBusyHour(planned).promiseHours).toBeLessThanOrEqual(1);
    expect(lastBusyHour(rostered).promiseHours).toBeGreaterThan(lastBusyHour(planned).promiseHours);
    // after the busy hours both staffings answer a new message at once
    const quiet = (body: any) => body.rows.find((row: any) => row.receivedUtc === `${DATE}T07:00:00Z`);
    expect(quiet(rostered).replyByUtc).toBe(quiet(planned).replyByUtc);

    // naming the rota gives the same; a rota of another plan or none at all is refused with the field
    const named = (await t.http().get('/api/plans/six-seats/promises').query({ rotaId: started.body.rotaId }).expect(200)).body;
    expect(named.rows).toEqual(rostered.rows);
    const missing = await t.http().get('/api/plans/six-seats/promises').query({ rotaId: 'nope' }).expect(404);
    expect(missing.body.message).toMatch(/rota "nope" not found/);
  });
});
