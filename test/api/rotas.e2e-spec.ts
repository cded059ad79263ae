import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import * as ical from 'node-ical';
import { describeDispatch, dispatchDuring } from '@app/domain';
import { checkRota, ROTA_CSV_COLUMNS } from '@app/roster';
import { streamJob } from './forecasts-job-events.fixture';
import { AGENT_COUNT, FORMULA_NAME, FORMULA_NAMED, LEAVE_DATE, ON_LEAVE, resultFromGrid, rotaInput, rotaScenario } from './rotas-setup.fixture';
import { TestApp, startTestApp } from './support/test-app';

const MANILA = 'Asia/Manila';

describe('rotas API on a real plan', () => {
  let t: TestApp;
  let planId: string;
  let plan: { grid: any; shifts: any[] };
  let rotaId: string;
  let rota: any;

  /** Builds (or re-runs) a rota through the API and returns its grid. */
  async function build(start: () => Promise<{ jobId: string; rotaId: string }>): Promise<any> {
    const { jobId, rotaId: id } = await start();
    const events = await streamJob(t, jobId);
    expect(events.at(-1)).toMatchObject({ type: 'done', data: { status: 'succeeded', result: { rotaId: id } } });
    return (await t.http().get(`/api/rotas/${id}`).expect(200)).body;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(rotaScenario()).expect(200);
    const forecast = await t.http().post('/api/forecasts').send({}).expect(202);
    await streamJob(t, forecast.body.jobId);
    const planned = await t.http().post('/api/plans').send({ mipGap: 0.05, timeLimitSeconds: 20 }).expect(202);
    planId = planned.body.planId;
    await streamJob(t, planned.body.jobId);
    plan = (await t.http().get(`/api/plans/${planId}/file`).expect(200)).body;
    rota = await build(async () => {
      const response = await t.http().post('/api/rotas').send({ planId }).expect(202);
      expect(response.body).toEqual({ jobId: expect.any(String), rotaId: expect.any(String) });
      return response.body;
    });
    rotaId = rota.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('fills the stored plan with named agents, every hard rule kept', () => {
    const seats = plan.shifts.reduce((sum, shift) => sum + shift.count, 0);
    expect(rota.summary).toMatchObject({ seatsPlanned: seats, agents: AGENT_COUNT, sites: 1 });
    expect(rota.summary.seatsFilled + rota.summary.seatsUnfilled).toBe(seats);
    expect(rota.status).toBe(rota.summary.seatsUnfilled === 0 ? 'complete' : 'partial');
    // Manila is UTC+8: the grid's week from Monday 00:00 UTC ends at 08:00 on the next Monday there
    expect(rota.dates).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09']);
    expect(rota.agents).toHaveLength(AGENT_COUNT);
    const scenario = rotaScenario();
    expect(checkRota(rotaInput(scenario, plan, [], rota.options), resultFromGrid(rota))).toEqual([]);
  });

  it('marks approved leave in the grid and keeps the agent off that day', () => {
    const agent = rota.agents.find((row: any) => row.id === ON_LEAVE);
    const day = agent.days.find((cell: any) => cell.date === LEAVE_DATE);
    expect(day).toMatchObject({ timeOff: true, shifts: [] });
    expect(agent.days.filter((cell: any) => cell.timeOff)).toHaveLength(1);
  });

  it('lists the rota and serves its fairness report and holiday rotas', async () => {
    const { body: list } = await t.http().get('/api/rotas').expect(200);
    expect(list).toEqual([expect.objectContaining({ id: rotaId, planId, status: rota.status, publishedAt: null, firstDate: '2026-03-02', lastDate: '2026-03-09' })]);

    const { body: fairness } = await t.http().get(`/api/rotas/${rotaId}/fairness`).expect(200);
    expect(fairness.rotaId).toBe(rotaId);
    expect(fairness.agents).toHaveLength(AGENT_COUNT);
    const shiftsInGrid = (agentId: string) =>
      rota.agents.find((row: any) => row.id === agentId).days.reduce((sum: number, day: any) => sum + day.shifts.length, 0);
    for (const agent of fairness.agents) expect(agent.shifts).toBe(shiftsInGrid(agent.agentId));
    const nights = fairness.agents.map((agent: any) => agent.nights);
    expect(fairness.sites).toEqual([
      expect.objectContaining({ siteId: 'manila', agents: AGENT_COUNT, nights: expect.objectContaining({ min: Math.min(...nights), max: Math.max(...nights), total: nights.reduce((a: number, b: number) => a + b, 0) }) }),
    ]);

    // no Philippine public holiday falls in the first week of March 2026
    await t.http().get(`/api/rotas/${rotaId}/holidays`).expect(200, { rotaId, days: [], extraCostReporting: {} });
  });

  it('exports the rota as CSV with the grid’s local times', async () => {
    const response = await t.http().get(`/api/rotas/${rotaId}/export.csv`).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="rota-2026-03-02-${rotaId.slice(0, 8)}.csv"`);
    const rows: Record<string, string>[] = parse(response.text, { columns: true });
    expect(Object.keys(rows[0])).toEqual([...ROTA_CSV_COLUMNS]);
    expect(rows).toHaveLength(rota.summary.seatsFilled);
    for (const agent of rota.agents) {
      for (const day of agent.days) {
        for (const shift of day.shifts) {
          expect(rows).toContainEqual(
            expect.objectContaining({ agent_id: agent.id, date: day.date, start: shift.localStart, end: shift.localEnd, site: 'Manila team', time_zone: MANILA }),
          );
        }
      }
    }
  });

  it('writes a name that would start a formula so a spreadsheet shows it and never runs it', async () => {
    expect(rota.agents.find((row: any) => row.id === FORMULA_NAMED).name).toBe(FORMULA_NAME);
    const rows: Record<string, string>[] = parse((await t.http().get(`/api/rotas/${rotaId}/export.csv`).expect(200)).text, { columns: true });
    const named = rows.filter((row) => row.agent_id === FORMULA_NAMED);
    expect(named.length).toBeGreaterThan(0);
    for (const row of named) expect(row.agent).toBe(`'${FORMULA_NAME}`);
    expect(rows.every((row) => !/^[=+\-@\t\r]/.test(row.agent))).toBe(true);
  });

  it('exports an agent’s and a site’s shifts as iCalendar on Manila time', async () => {
    const agent = rota.agents.find((row: any) => row.days.some((day: any) => day.shifts.length > 0));
    const response = await t.http().get(`/api/rotas/${rotaId}/agents/${agent.id}.ics`).expect(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="agent-${agent.id}.ics"`);
    const events = Object.values(ical.sync.parseICS(response.text)).filter((entry: any) => entry.type === 'VEVENT') as any[];
    const expected = agent.days.flatMap((day: any) => day.shifts.map((shift: any) => `${day.date} ${shift.localStart}–${shift.endDate} ${shift.localEnd}`)).sort();
    const local = (instant: Date) => DateTime.fromJSDate(instant).setZone(MANILA);
    expect(events.map((event) => `${local(event.start).toFormat('yyyy-MM-dd HH:mm')}–${local(event.end).toFormat('yyyy-MM-dd HH:mm')}`).sort()).toEqual(expected);

    const site = await t.http().get(`/api/rotas/${rotaId}/sites/manila.ics`).expect(200);
    expect(site.headers['content-disposition']).toBe('attachment; filename="site-manila.ics"');
    const siteEvents = Object.values(ical.sync.parseICS(site.text)).filter((entry: any) => entry.type === 'VEVENT');
    expect(siteEvents).toHaveLength(rota.summary.seatsFilled);
  });

  it('shows on each shift the dispatch rule of its plan: in the grid cell, as a CSV column and in the calendar event', async () => {
    const { body: stored } = await t.http().get(`/api/plans/${planId}`).expect(200);
    expect(stored.dispatch.length).toBeGreaterThan(0);
    const marketplaces = rotaScenario().marketplaces;
    const csv: Record<string, string>[] = parse((await t.http().get(`/api/rotas/${rotaId}/export.csv`).expect(200)).text, { columns: true });
    const agent = rota.agents.find((row: any) => row.days.some((day: any) => day.shifts.length > 0));
    const events = Object.values(ical.sync.parseICS((await t.http().get(`/api/rotas/${rotaId}/agents/${agent.id}.ics`).expect(200)).text)).filter(
      (entry: any) => entry.type === 'VEVENT',
    ) as any[];
    for (const row of rota.agents) {
      for (const day of row.days) {
        for (const shift of day.shifts) {
          const expected = describeDispatch(dispatchDuring(stored.dispatch, { siteId: row.siteId, startUtc: shift.startUtc, endUtc: shift.endUtc, timeZone: MANILA }), marketplaces);
          expect(shift.dispatch).toEqual(expected);
          // each part naming the queues in order
          // the part of the shift inside the plan's grid (a shift may start before its first hour), on Manila's clock
          const clock = (ms: number) => DateTime.fromMillis(ms, { zone: MANILA }).toFormat('HH:mm');
          const from = clock(Math.max(Date.parse(shift.startUtc), Date.parse(stored.grid.start)));
          const to = clock(Math.min(Date.parse(shift.endUtc), Date.parse(stored.grid.end)));
          expect(shift.dispatch[0].startsWith(`${from}–`)).toBe(true);
          expect(shift.dispatch.at(-1).split(' ')[0].endsWith(`–${to}`)).toBe(true);
          for (const line of shift.dispatch) expect(line).toMatch(/^\d\d:\d\d–\d\d:\d\d amazon-(de|uk) (Standard|Urgent)( → amazon-(de|uk) (Standard|Urgent))*$/);
          expect(csv.find((r) => r.agent_id === row.id && r.date === day.date && r.start === shift.localStart)!.dispatch).toBe(shift.dispatch.join('; '));
          if (row.id !== agent.id) continue;
          const event = events.find((e) => e.start.toISOString() === new Date(shift.startUtc).toISOString());
          expect(event.description).toContain(['Work the queues in this order (oldest message first, the next queue only when the earlier ones are empty):', ...shift.dispatch].join('\n'));
        }
      }
    }
  });

  it('answers unknown rotas, agents and sites with 404 naming them', async () => {
    const missing = await t.http().get('/api/rotas/no-such-rota').expect(404);
    expect(missing.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'rota "no-such-rota" not found' });
    await t.http().get('/api/rotas/no-such-rota/fairness').expect(404);
    await t.http().post('/api/rotas/no-such-rota/rerun').expect(404);
    const agent = await t.http().get(`/api/rotas/${rotaId}/agents/nobody.ics`).expect(404);
    expect(agent.body.message).toBe(`agent in rota "${rotaId}" "nobody" not found`);
    await t.http().get(`/api/rotas/${rotaId}/sites/shenzhen.ics`).expect(404);
  });

  it('refuses a bad build request with the field named', async () => {
    const unknownPlan = await t.http().post('/api/rotas').send({ planId: 'no-such-plan' }).expect(404);
    expect(unknownPlan.body.message).toBe('plan "no-such-plan" not found');
    const badOptions = await t.http().post('/api/rotas').send({ planId, options: { restHours: -1, colour: 'red' } }).expect(400);
    expect(badOptions.body.issues).toHaveLength(2);
    expect(badOptions.body.issues).toEqual(
      expect.arrayContaining([
        { path: '/options/restHours', message: 'restHours must not be less than 0' },
        { path: '/options/colour', message: 'property colour should not exist' },
      ]),
    );
    await t.http().post('/api/rotas').send({}).expect(400);
  });

  it('keeps pins and applies them when the rota is re-run', async () => {
    // the agent on leave is pinned off another day; someone else onto a shift they do not have
    const worked = rota.agents.find((row: any) => row.id === ON_LEAVE).days.find((day: any) => day.shifts.length > 0);
    const target = plan.shifts.find((shift) => {
      const holders = rota.agents.filter((row: any) => row.days.some((day: any) => day.date === shift.date && day.shifts.some((s: any) => s.localStart === shift.localStart)));
      return holders.length > 0 && holders.length < rota.agents.length;
    });
    const pinnedAgent = rota.agents.find(
      (row: any) => row.id !== ON_LEAVE && !row.days.some((day: any) => day.date === target.date && day.shifts.some((s: any) => s.localStart === target.localStart)),
    );
    const shiftPin = { agentId: pinnedAgent.id, shift: { siteId: 'manila', templateId: target.templateId, date: target.date, localStart: target.localStart } };
    const dayOff = { agentId: ON_LEAVE, date: worked.date, off: true };
    const first = await t.http().post('/api/rotas/pins').send(shiftPin).expect(201);
    const second = await t.http().post('/api/rotas/pins').send(dayOff).expect(201);
    expect(first.body).toEqual({ id: expect.any(Number), ...shiftPin, createdAt: expect.any(String) });
    expect(second.body.id).toBeGreaterThan(first.body.id);
    await t.http().get('/api/rotas/pins').expect(200, [first.body, second.body]);

    const rerun = await build(async () => (await t.http().post(`/api/rotas/${rotaId}/rerun`).expect(202)).body);
    expect(rerun.id).toBe(rotaId);
    const cell = (agentId: string, date: string) => rerun.agents.find((row: any) => row.id === agentId).days.find((day: any) => day.date === date);
    expect(cell(pinnedAgent.id, target.date).shifts).toEqual([expect.objectContaining({ localStart: target.localStart, pinned: true })]);
    expect(cell(ON_LEAVE, worked.date).shifts).toEqual([]);
    expect(rerun.pinIssues).toEqual([]);
    const pins = [{ agentId: shiftPin.agentId, shift: shiftPin.shift }, { agentId: ON_LEAVE, date: worked.date, off: true as const }];
    expect(checkRota(rotaInput(rotaScenario(), plan, pins, rerun.options), resultFromGrid(rerun))).toEqual([]);

    await t.http().delete(`/api/rotas/pins/${first.body.id}`).expect(204);
    await t.http().delete(`/api/rotas/pins/${first.body.id}`).expect(404);
    await t.http().get('/api/rotas/pins').expect(200, [second.body]);
  });

  it('refuses pins that do not fit the setup, each problem named', async () => {
    const wrong = await t
      .http()
      .post('/api/rotas/pins')
      .send({ agentId: 'nobody', shift: { siteId: 'manila', templateId: 'manila-8h', date: '2026-03-04', localStart: '09:00' } })
      .expect(400);
    expect(wrong.body.issues).toEqual([
      { path: '/agentId', message: 'Agent "nobody" does not exist.' },
      { path: '/shift/localStart', message: 'Shift template "manila-8h" starts at 00:00, 04:00, 08:00, 12:00, 16:00, 20:00, not 09:00.' },
    ]);
    const both = await t.http().post('/api/rotas/pins').send({ agentId: 'agent-01', date: '2026-03-04', off: true, shift: { siteId: 'manila', templateId: 'manila-8h', date: '2026-03-04', localStart: '08:00' } }).expect(400);
    expect(both.body.issues).toEqual([{ path: '/shift', message: 'A pin is either onto a shift ("shift") or a day off ("date" with "off"), not both.' }]);
    const neither = await t.http().post('/api/rotas/pins').send({ agentId: 'agent-01' }).expect(400);
    expect(neither.body.message).toBe('pin is invalid: A pin needs either "shift" { siteId, templateId, date, localStart } or "date" with "off": true.');
    const badDate = await t.http().post('/api/rotas/pins').send({ agentId: 'agent-01', date: '2026-02-30', off: true }).expect(400);
    expect(badDate.body.issues).toEqual([{ path: '/date', message: '"2026-02-30" is not a date YYYY-MM-DD.' }]);
    const offFalse = await t.http().post('/api/rotas/pins').send({ agentId: 'agent-01', date: '2026-03-04', off: false }).expect(400);
    expect(offFalse.body.issues).toEqual([{ path: '/off', message: 'off must be true (a day-off pin)' }]);
    const twice = { agentId: 'agent-01', date: '2026-03-05', off: true };
    await t.http().post('/api/rotas/pins').send(twice).expect(201);
    const duplicate = await t.http().post('/api/rotas/pins').send(twice).expect(409);
    expect(duplicate.body.message).toMatch(/^the same pin already exists as pin \d+$/);
  });

  it('publishes once; a published rota is final', async () => {
    const { body: published } = await t.http().post(`/api/rotas/${rotaId}/publish`).expect(200);
    expect(published).toMatchObject({ id: rotaId, publishedAt: expect.any(String), holidayDutyRecorded: 0 });
    const again = await t.http().post(`/api/rotas/${rotaId}/publish`).expect(409);
    expect(again.body.message).toBe(`rota "${rotaId}" was already published at ${published.publishedAt}`);
    const rerun = await t.http().post(`/api/rotas/${rotaId}/rerun`).expect(409);
    expect(rerun.body.message).toMatch(/is final; build a new rota from plan/);
  });
});
