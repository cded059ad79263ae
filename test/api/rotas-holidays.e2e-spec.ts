import { publicHolidays, type PlannedShift } from '@app/domain';
import { PlanEntity } from '../../apps/api/src/plans/plan.entity';
import { PlanRepository } from '../../apps/api/src/plans/plan.repository';
import { SHENZHEN_AGENTS, dayShift, shenzhenTeam, storeHandPlan } from './shenzhen-team.fixture';
import { streamJob } from './forecasts-job-events.fixture';
import { TestApp, startTestApp } from './support/test-app';

// Four agents in Shenzhen and plans written by hand, stored as the plans module stores them:
// two seats on Chinese New Year's Eve in 2026 and in 2027, and a seat needing Japanese that
// nobody speaks.

const AGENTS = SHENZHEN_AGENTS;

/** Chinese New Year's Eve (day 1 of "Spring Festival") of a year, from the holiday calendar. */
function newYearsEve(year: number): string {
  return publicHolidays('CN', year).find((holiday) => holiday.name === 'Spring Festival')!.date;
}

describe('rotas API: holiday duty across seasons', () => {
  let t: TestApp;
  let plans: PlanRepository;

  const storePlan = (id: string, date: string, shifts: PlannedShift[]) => storeHandPlan(plans, id, date, shifts);

  async function buildRota(planId: string): Promise<any> {
    const { body } = await t.http().post('/api/rotas').send({ planId }).expect(202);
    const events = await streamJob(t, body.jobId);
    expect(events.at(-1)?.type).toBe('done');
    return (await t.http().get(`/api/rotas/${body.rotaId}`).expect(200)).body;
  }

  const crew = (rota: any, date: string) =>
    rota.agents.filter((agent: any) => agent.days.some((day: any) => day.date === date && day.shifts.length > 0)).map((agent: any) => agent.id).sort();

  beforeAll(async () => {
    t = await startTestApp();
    plans = t.app.get(PlanRepository);
    await t.http().post('/api/scenario/import').send(shenzhenTeam()).expect(200);
    await storePlan('cny-2026', newYearsEve(2026), [dayShift(newYearsEve(2026), 2)]);
    await storePlan('cny-2027', newYearsEve(2027), [dayShift(newYearsEve(2027), 2)]);
    await storePlan('japanese', '2026-03-03', [dayShift('2026-03-03', 1), dayShift('2026-03-03', 1, ['ja'])]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the skeleton crew of New Year’s Eve with the 300 % pay and its extra cost', async () => {
    const eve = newYearsEve(2026);
    const rota = await buildRota('cny-2026');
    expect(rota.status).toBe('complete');
    expect(crew(rota, eve)).toHaveLength(2);
    expect(rota.sites[0].holidays).toContainEqual({ date: eve, names: ['Spring Festival'], statutory: true, multiplier: 3 });
    expect(rota.agents[0].days.find((day: any) => day.date === eve).holiday).toBe('Spring Festival');

    const { body: holidays } = await t.http().get(`/api/rotas/${rota.id}/holidays`).expect(200);
    const day = holidays.days.find((entry: any) => entry.date === eve);
    expect(day).toMatchObject({
      siteId: 'shenzhen',
      statutory: true,
      publicHolidays: ['Spring Festival'],
      multiplier: 3,
      paidHours: 16,
      plannedSeats: 2,
      unfilledSeats: 0,
      currency: 'CNY',
      baseCost: 480, // 2 agents × 8 h × 30 CNY
      extraCost: 960, // the same hours × (3 − 1)
      reportingCurrency: 'USD',
    });
    expect(day.extraCostReporting).toBeCloseTo(134.4, 9); // 960 CNY × 0.14
    expect(day.crew.map((member: any) => member.agentId).sort()).toEqual(crew(rota, eve));
    expect(holidays.extraCostReporting.USD).toBeCloseTo(134.4, 9);
  });

  it('records holiday duty on publishing, and the next season’s Eve goes to the others', async () => {
    const first = await buildRota('cny-2026');
    const firstCrew = crew(first, newYearsEve(2026));
    await t.http().get('/api/rotas/holiday-duty').expect(200, []);

    const { body: published } = await t.http().post(`/api/rotas/${first.id}/publish`).expect(200);
    expect(published.holidayDutyRecorded).toBe(2);
    const { body: duty } = await t.http().get('/api/rotas/holiday-duty').expect(200);
    expect(duty).toEqual(firstCrew.map((agentId: string) => ({ agentId, date: newYearsEve(2026), holiday: 'Spring Festival', dayOfHoliday: 1, rotaId: first.id })));

    const second = await buildRota('cny-2027');
    const secondCrew = crew(second, newYearsEve(2027));
    expect(secondCrew).toHaveLength(2);
    expect(secondCrew.filter((id: string) => firstCrew.includes(id))).toEqual([]);
    const { body: fairness } = await t.http().get(`/api/rotas/${second.id}/fairness`).expect(200);
    const pastLoad = Object.fromEntries(fairness.agents.map((agent: any) => [agent.agentId, agent.pastHolidayLoad]));
    expect(pastLoad).toEqual(Object.fromEntries(AGENTS.map((id) => [id, firstCrew.includes(id) ? 1 : 0])));
  });

  it('replaces a season’s duty when another rota of the same dates is published', async () => {
    const again = await buildRota('cny-2026');
    await t.http().post(`/api/rotas/${again.id}/publish`).expect(200);
    const { body: duty } = await t.http().get('/api/rotas/holiday-duty').expect(200);
    expect(duty).toEqual(crew(again, newYearsEve(2026)).map((agentId: string) => expect.objectContaining({ agentId, date: newYearsEve(2026), rotaId: again.id })));
  });

  it('says which seat cannot be filled and why, and keeps the rest', async () => {
    const rota = await buildRota('japanese');
    expect(rota.status).toBe('partial');
    expect(rota.summary).toMatchObject({ seatsPlanned: 2, seatsFilled: 1, seatsUnfilled: 1 });
    expect(rota.unfilled).toEqual([
      expect.objectContaining({
        shift: { siteId: 'shenzhen', templateId: 'sz-day', date: '2026-03-03', localStart: '09:00' },
        languages: ['ja'],
        planned: 1,
        missing: 1,
        blockers: { language: 4 },
        message: expect.stringContaining('none of the 4 agents speaks Japanese'),
      }),
    ]);
    expect(rota.messages[0]).toBe('rota partial: 1 of 2 planned shifts unfilled, 0 pins not applied');
  });

  it('refuses a plan still being solved, and one without a shift mix', async () => {
    await plans.insert(Object.assign(new PlanEntity(), { ...(await plans.getById('japanese'))!, id: 'solving', status: 'running', result: null }));
    const solving = await t.http().post('/api/rotas').send({ planId: 'solving' }).expect(409);
    expect(solving.body.message).toBe('plan "solving" is still being solved');
    const japanese = (await plans.getById('japanese'))!;
    await plans.insert(
      Object.assign(new PlanEntity(), { ...japanese, id: 'infeasible', status: 'infeasible', result: { ...japanese.result!, status: 'infeasible', message: 'No plan meets every rule.', shifts: [] } }),
    );
    const infeasible = await t.http().post('/api/rotas').send({ planId: 'infeasible' }).expect(409);
    expect(infeasible.body.message).toBe('plan "infeasible" has no shift mix to staff (infeasible: No plan meets every rule.)');
  });
});
