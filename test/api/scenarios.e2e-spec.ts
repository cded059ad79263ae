import { parse } from 'csv-parse/sync';
import { streamJob } from './forecasts-job-events.fixture';
import { comparedSetup } from './scenarios-setup.fixture';
import { TestApp, startTestApp } from './support/test-app';

const asIs = { id: 'as-is', name: 'As is', overrides: [] };
const deflect = {
  id: 'deflect-half',
  name: 'Self-service answers half the standard messages',
  description: 'A help centre deflects 50% of standard messages',
  overrides: [{ kind: 'deflection', marketplaceId: 'amazon-de', classId: 'standard', rate: 0.5 }],
};

describe('scenario definitions and comparisons API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(comparedSetup()).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores definitions checked against the setup', async () => {
    const { body: created } = await t.http().post('/api/scenarios').send(asIs).expect(201);
    expect(created).toEqual({ ...asIs, live: false, createdAt: expect.any(String), updatedAt: created.createdAt });
    await t.http().post('/api/scenarios').send(deflect).expect(201);
    const { body: list } = await t.http().get('/api/scenarios').expect(200);
    expect(list.map((entry: any) => entry.id)).toEqual(['as-is', 'deflect-half']);
    const { body: replaced } = await t.http().put('/api/scenarios/as-is').send({ ...asIs, live: true }).expect(200);
    expect(replaced).toMatchObject({ id: 'as-is', live: true, createdAt: created.createdAt });
    await t.http().get('/api/scenarios/as-is').expect(200, replaced);
  });

  it('refuses definitions that do not fit, naming each problem by its JSON pointer', async () => {
    const unknown = await t
      .http()
      .post('/api/scenarios')
      .send({ id: 'bad', name: 'Bad', overrides: [{ kind: 'deflection', marketplaceId: 'amazon-fr', classId: 'standard', rate: 0.3 }, { kind: 'deflection', marketplaceId: 'amazon-de', classId: 'standard', rate: 1.5 }] })
      .expect(400);
    expect(unknown.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(unknown.body.issues).toEqual([expect.objectContaining({ path: '/overrides/1/rate' })]);
    const missingMarketplace = await t.http().post('/api/scenarios').send({ id: 'bad', name: 'Bad', overrides: [{ kind: 'deflection', marketplaceId: 'amazon-fr', classId: 'standard', rate: 0.3 }] }).expect(400);
    expect(missingMarketplace.body.issues).toEqual([expect.objectContaining({ path: '/overrides/0/marketplaceId', message: expect.stringContaining('amazon-fr') })]);
    const withBase = await t.http().post('/api/scenarios').send({ ...asIs, id: 'x', base: 'setup.json' }).expect(400);
    expect(withBase.body.issues).toEqual([{ path: '/base', message: expect.stringContaining('leave "base" out') }]);
    const noName = await t.http().post('/api/scenarios').send({ id: 'x', overrides: [] }).expect(400);
    expect(noName.body.issues).toEqual([expect.objectContaining({ path: '/name' })]);
    const taken = await t.http().post('/api/scenarios').send(asIs).expect(409);
    expect(taken.body.message).toBe('scenario "as-is" already exists; use PUT /api/scenarios/as-is to change it');
    const renamed = await t.http().put('/api/scenarios/as-is').send({ ...asIs, id: 'other' }).expect(400);
    expect(renamed.body.issues).toEqual([{ path: '/id', message: '"other" does not match "as-is" in the URL (ids cannot be renamed)' }]);
    await t.http().put('/api/scenarios/nothing').send({ ...asIs, id: 'nothing' }).expect(404);
    await t.http().get('/api/scenarios/nothing').expect(404);
    await t.http().delete('/api/scenarios/nothing').expect(404);
  });

  it('stores hiring, leave and moves, and names unknown agents, templates and bad counts by their JSON pointer', async () => {
    const team = {
      id: 'team-changes',
      name: 'Two hires, one on induction, one on the 8-hour shift only',
      overrides: [
        { kind: 'hire-agents', siteId: 'manila', count: 2, from: '2026-03-04' },
        { kind: 'agent-leave', agentIds: ['hire-manila-1'], start: '2026-03-04', end: '2026-03-06', reason: 'induction' },
        { kind: 'move-agents', fromSiteId: 'manila', agentIds: ['hire-manila-2'], shiftTemplateIds: ['manila-8h'] },
      ],
    };
    const { body: stored } = await t.http().post('/api/scenarios').send(team).expect(201);
    expect(stored).toMatchObject({ ...team, live: false });
    const bad = await t
      .http()
      .post('/api/scenarios')
      .send({ id: 'bad', name: 'Bad', overrides: [{ kind: 'hire-agents', siteId: 'manila', count: 0, from: '2026-03-04' }] })
      .expect(400);
    expect(bad.body.issues).toEqual([{ path: '/overrides/0/count', message: '/overrides/0/count must be a whole number of agents from 1 to 1000, not 0.' }]);
    const unknown = await t
      .http()
      .post('/api/scenarios')
      .send({ id: 'bad', name: 'Bad', overrides: [{ kind: 'agent-leave', agentIds: ['mnl-01'], start: '2026-03-04', end: '2026-03-04' }] })
      .expect(400);
    expect(unknown.body.issues).toEqual([{ path: '/overrides/0/agentIds/0', message: 'Unknown agent "mnl-01" (the setup has no agents).' }]);
    const template = await t
      .http()
      .post('/api/scenarios')
      .send({ id: 'bad', name: 'Bad', overrides: [{ kind: 'hire-agents', siteId: 'manila', count: 1, from: '2026-03-04', shiftTemplateIds: ['manila-night'] }] })
      .expect(400);
    expect(template.body.issues).toEqual([{ path: '/overrides/0/shiftTemplateIds/0', message: 'Unknown shift template "manila-night" at site "manila" (its templates: manila-8h).' }]);
    await t.http().delete('/api/scenarios/team-changes').expect(204);
  });

  it('refuses a comparison of too few, unknown or repeated scenarios', async () => {
    const one = await t.http().post('/api/comparisons').send({ scenarioIds: ['as-is'] }).expect(400);
    expect(one.body.issues).toEqual([{ path: '/scenarioIds', message: 'scenarioIds must contain at least 2 elements' }]);
    const unknown = await t.http().post('/api/comparisons').send({ scenarioIds: ['as-is', 'nothing'] }).expect(400);
    expect(unknown.body.issues).toEqual([{ path: '/scenarioIds/1', message: 'Scenario "nothing" does not exist.' }]);
    const twice = await t.http().post('/api/comparisons').send({ scenarioIds: ['as-is', 'as-is'] }).expect(400);
    expect(twice.body.issues).toEqual([{ path: '/scenarioIds', message: "All scenarioIds's elements must be unique" }]);
    const weeks = await t.http().post('/api/comparisons').send({ scenarioIds: ['as-is', 'deflect-half'], weeks: 14 }).expect(400);
    expect(weeks.body.issues).toEqual([{ path: '/weeks', message: 'weeks must not be greater than 13' }]);
    await t.http().get('/api/comparisons/nothing').expect(404);
    await t.http().post('/api/comparisons/nothing/rerun').expect(404);
  });

  describe('a comparison of the setup as is and with half the standard messages deflected', () => {
    let comparisonId: string;
    let comparison: any;

    beforeAll(async () => {
      const { body } = await t.http().post('/api/comparisons').send({ scenarioIds: ['as-is', 'deflect-half'], weeks: 1, replications: 2, timeLimitSeconds: 10 }).expect(202);
      expect(body).toEqual({ jobId: expect.any(String), comparisonId: expect.any(String) });
      comparisonId = body.comparisonId;
      const events = await streamJob(t, body.jobId);
      expect(events.at(-1)?.type).toBe('done');
      const scenariosInProgress = new Set(events.filter((event) => event.type === 'progress').map((event) => event.data.detail?.scenarioId));
      expect([...scenariosInProgress].filter(Boolean)).toEqual(['as-is', 'deflect-half']);
      comparison = (await t.http().get(`/api/comparisons/${comparisonId}`).expect(200)).body;
    });

    it('is stored with both columns planned and simulated', () => {
      expect(comparison).toMatchObject({ id: comparisonId, scenarioIds: ['as-is', 'deflect-half'], weeks: 1, replications: 2, timeLimitSeconds: 10, runs: 1 });
      const [plain, deflected] = comparison.comparison.scenarios;
      expect(plain).toMatchObject({ id: 'as-is', name: 'As is' });
      expect(deflected).toMatchObject({ id: 'deflect-half', name: deflect.name, description: deflect.description });
      for (const column of [plain, deflected]) {
        expect(['optimal', 'feasible']).toContain(column.status);
        expect(column.sla.planned).toBe(1);
        expect(column.sla.simulated).toEqual({ mean: expect.any(Number), low: expect.any(Number), high: expect.any(Number) });
      }
    });

    it('deflects half of the standard messages (90% of the volume) and costs less', () => {
      const [plain, deflected] = comparison.comparison.scenarios;
      expect(deflected.messages.arriving).toBeCloseTo(plain.messages.arriving, 6);
      expect(plain.messages.deflected).toBe(0);
      expect(deflected.messages.deflected).toBeCloseTo(0.5 * 0.9 * plain.messages.arriving, 6);
      expect(deflected.messages.needingReply).toBeCloseTo(plain.messages.needingReply - deflected.messages.deflected, 6);
      expect(deflected.cost.horizon).toBeLessThan(plain.cost.horizon);
      expect(deflected.cost.lpBound).toBeLessThan(plain.cost.lpBound);
    });

    it('carries each column’s payroll by component, its difference from the first column, and its staffing gap', () => {
      const [plain, deflected] = comparison.comparison.scenarios;
      for (const column of [plain, deflected]) {
        const { base, premiums, overtime, vendor, idleContracted, total } = column.payroll;
        expect(base + premiums + overtime + vendor + idleContracted).toBeCloseTo(total, 1);
        expect(total).toBeCloseTo(column.cost.horizon, 6);
        // no named agents in this setup: nobody to be short of
        expect(column.staffingGap).toEqual({ agentHours: 0, gaps: 0, suggestedOverride: null });
      }
      expect(plain.payrollVsBaseline).toEqual({ base: 0, premiums: 0, overtime: 0, vendor: 0, idleContracted: 0, total: 0 });
      for (const key of ['base', 'premiums', 'overtime', 'vendor', 'idleContracted', 'total']) {
        expect(deflected.payrollVsBaseline[key]).toBeCloseTo(deflected.payroll[key] - plain.payroll[key], 2);
      }
      expect(deflected.payrollVsBaseline.total).toBeLessThan(0);
    });

    it('exports one row per figure and one column per scenario', async () => {
      const response = await t.http().get(`/api/comparisons/${comparisonId}/export.csv`).expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="comparison-\\d{4}-\\d{2}-\\d{2}-${comparisonId.slice(0, 8)}\\.csv"$`));
      const rows: string[][] = parse(response.text);
      expect(rows[0]).toEqual(['section', 'figure', 'scope', 'unit', 'As is', deflect.name]);
      const total = rows.find((row) => row[0] === 'cost' && row[1] === 'total over the horizon')!;
      expect(total.slice(3).map(Number).slice(1)).toEqual(comparison.comparison.scenarios.map((column: any) => column.cost.horizon));
      expect(total[3]).toBe('USD');
      const payrollRow = (section: string, figure: string) => rows.find((row) => row[0] === section && row[1] === figure)!.slice(4).map(Number);
      expect(payrollRow('payroll', 'base')).toEqual(comparison.comparison.scenarios.map((column: any) => column.payroll.base));
      expect(payrollRow('payroll vs baseline', 'total')).toEqual(comparison.comparison.scenarios.map((column: any) => column.payrollVsBaseline.total));
      expect(payrollRow('staffing gap', 'agent-hours short')).toEqual([0, 0]);
    });

    it('re-runs on the definitions as they are now, replacing the stored result', async () => {
      await t.http().put('/api/scenarios/deflect-half').send({ ...deflect, overrides: [{ ...deflect.overrides[0], rate: 0.25 }] }).expect(200);
      const { body } = await t.http().post(`/api/comparisons/${comparisonId}/rerun`).expect(202);
      expect(body.comparisonId).toBe(comparisonId);
      await streamJob(t, body.jobId);
      const { body: rerun } = await t.http().get(`/api/comparisons/${comparisonId}`).expect(200);
      expect(rerun).toMatchObject({ id: comparisonId, runs: 2, createdAt: comparison.createdAt });
      expect(rerun.ranAt >= comparison.ranAt).toBe(true);
      const [plain, deflected] = rerun.comparison.scenarios;
      expect(plain.messages.arriving).toBeCloseTo(comparison.comparison.scenarios[0].messages.arriving, 6);
      // a quarter of the standard messages now, half the messages deflected before
      expect(deflected.messages.deflected).toBeCloseTo(comparison.comparison.scenarios[1].messages.deflected / 2, 6);
      const { body: list } = await t.http().get('/api/comparisons').expect(200);
      expect(list).toEqual([expect.objectContaining({ id: comparisonId, runs: 2 })]);
    });

    it('keeps the result when a compared scenario is deleted, and says so on a re-run', async () => {
      await t.http().delete('/api/scenarios/deflect-half').expect(204);
      await t.http().get(`/api/comparisons/${comparisonId}`).expect(200);
      const rerun = await t.http().post(`/api/comparisons/${comparisonId}/rerun`).expect(400);
      expect(rerun.body.issues).toEqual([{ path: '/scenarioIds/1', message: 'Scenario "deflect-half" does not exist.' }]);
    });
  });
});
