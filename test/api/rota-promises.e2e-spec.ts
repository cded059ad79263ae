import type { PlannedShift, ScenarioFile } from '@app/domain';
import type { PlanResult } from '@app/optimizer';
import { PlanEntity } from '../../apps/api/src/plans/plan.entity';
import { PlanRepository } from '../../apps/api/src/plans/plan.repository';
import { streamJob } from './forecasts-job-events.fixture';
import { TestApp, startTestApp } from './support/test-app';

// Four agents in Shenzhen and a plan written by hand that wants six of them on Tuesday's day
// shift (09:00–17:00 local, 01:00–09:00 UTC): the rota fills four seats and leaves two empty.
// Forty Tmall messages an hour arrive 01:00–05:00 UTC; six agents clear each hour as it comes,
// four fall behind. The auto-reply must promise what the four deliver.

const DATE = '2026-03-03';
const AGENTS = ['chen', 'li', 'wang', 'zhao'];

function setup(): ScenarioFile {
  return {
    schemaVersion: 2,
    name: 'Shenzhen team',
    reportingCurrency: 'USD',
    marketplaces: [
      {
        id: 'tmall',
        name: 'Tmall',
        platform: 'other',
        timeZone: 'Asia/Shanghai',
        country: 'CN',
        languages: ['zh'],
        replyClock: { kind: 'calendar' },
        classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 24, handleMinutes: 5 }],
      },
    ],
    sites: [
      {
        id: 'shenzhen',
        name: 'Shenzhen',
        timeZone: 'Asia/Shanghai',
        currency: 'CNY',
        hourlyCost: 30,
        premiums: { night: 1.2, weekend: 1.5, statutoryHoliday: 3 },
        nightHours: { start: '22:00', end: '06:00' },
        holidayCountry: 'CN',
        languages: ['zh', 'en'],
        minHeadcount: 0,
        maxHeadcount: 10,
        shrinkage: 0.2,
      },
    ],
    shiftTemplates: [{ id: 'sz-day', siteId: 'shenzhen', name: 'Day', lengthHours: 8, paidHours: 8, startTimes: ['09:00'], days: [1, 2, 3, 4, 5, 6, 7] }],
    agents: AGENTS.map((id) => ({ id, name: id[0].toUpperCase() + id.slice(1), siteId: 'shenzhen', languages: ['zh', 'en'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [] })),
    events: [],
    currencyRates: [{ currency: 'CNY', toReporting: 0.14 }],
    history: [],
  };
}

const shift: PlannedShift = { siteId: 'shenzhen', templateId: 'sz-day', date: DATE, localStart: '09:00', startUtc: `${DATE}T01:00:00Z`, endUtc: `${DATE}T09:00:00Z`, count: 6 };
const grid = { startUtc: `${DATE}T00:00:00Z`, hours: 24, mode: 'dated' as const };
const arrivals = [{ marketplaceId: 'tmall', classId: 'standard', values: Array.from({ length: 24 }, (_, h) => (h >= 1 && h < 5 ? 40 : 0)) }];
const dispatch = [{ siteId: 'shenzhen', fromHour: 0, toHour: 24, fromUtc: grid.startUtc, toUtc: '2026-03-04T00:00:00Z', queues: ['tmall/standard'] }];

describe('auto-reply promises come from the rota the team works', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(setup()).expect(200);
    const scenario = setup();
    await t.app.get(PlanRepository).insert(
      Object.assign(new PlanEntity(), {
        id: 'six-seats',
        jobId: null,
        status: 'optimal',
        message: 'written by hand for the test',
        error: null,
        createdAt: `${DATE}T00:00:00.000Z`,
        finishedAt: `${DATE}T00:00:00.000Z`,
        forecastId: null,
        scenarioName: scenario.name,
        solver: 'highs',
        timeLimitSeconds: 30,
        mipGap: null,
        gridStartUtc: grid.startUtc,
        gridHours: grid.hours,
        gridMode: grid.mode,
        reportingCurrency: 'USD',
        totalCost: null,
        costPerMessage: null,
        slaAttainment: null,
        lpBound: null,
        gap: null,
        solveSeconds: null,
        scenario,
        result: { status: 'optimal', message: 'written by hand', scenarioName: scenario.name, grid, shifts: [shift], arrivals, dispatch } as unknown as PlanResult,
      }),
    );
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
