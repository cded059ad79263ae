import { readFileSync } from 'fs';
import { join } from 'path';
import { ScenarioFile, canonicalizeScenario } from '@app/domain';
import { generateDemoScenario } from '@app/demo';
import { TestApp, startTestApp } from './support/test-app';

const DEMO_FILE = join(__dirname, '../../docs/examples/demo-scenario.json');

describe('the scenario file over HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('has nothing to export before an organisation exists', async () => {
    const response = await t.http().get('/api/scenario/export').expect(404);
    expect(response.body.message).toMatch(/no organisation to export yet/);
  });

  it('round-trips docs/examples/demo-scenario.json: import → export → import → export is identical byte for byte', async () => {
    const file = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as ScenarioFile;
    const imported = await t.http().post('/api/scenario/import').send(file).expect(200);
    expect(imported.body).toEqual({
      counts: {
        marketplaces: file.marketplaces.length,
        sites: file.sites.length,
        shiftTemplates: file.shiftTemplates.length,
        agents: file.agents.length,
        events: file.events.length,
        currencyRates: file.currencyRates.length,
        historySeries: file.history.length,
        historyHours: file.history.reduce((sum, series) => sum + series.counts.filter((count) => count !== null).length, 0),
      },
    });
    expect(imported.body.counts.historyHours).toBeGreaterThan(10_000);

    const first = (await t.http().get('/api/scenario/export').expect(200)).text;
    // nothing lost or changed on the way through the database: the export is the file, in canonical form
    expect(first).toBe(JSON.stringify(canonicalizeScenario(file)));

    await t.http().post('/api/scenario/import').send(JSON.parse(first)).expect(200);
    const second = (await t.http().get('/api/scenario/export').expect(200)).text;
    expect(second).toBe(first);
  });

  it('round-trips a freshly generated demo (another seed and anchor) and replaces the previous setup whole', async () => {
    const scenario = generateDemoScenario({ seed: 7, anchor: '2027-03-01', historyWeeks: 2 });
    await t.http().post('/api/scenario/import').send(scenario).expect(200);
    const first = (await t.http().get('/api/scenario/export').expect(200)).text;
    expect(JSON.parse(first)).toEqual(canonicalizeScenario(scenario));
    await t.http().post('/api/scenario/import').send(JSON.parse(first)).expect(200);
    expect((await t.http().get('/api/scenario/export').expect(200)).text).toBe(first);
  });

  it('keeps missing hours (null) inside a history series apart from zeros', async () => {
    const scenario = generateDemoScenario({ seed: 7, anchor: '2027-03-01', historyWeeks: 1 });
    scenario.history[0].counts[5] = null;
    scenario.history[0].counts[6] = 0;
    await t.http().post('/api/scenario/import').send(scenario).expect(200);
    const exported = (await t.http().get('/api/scenario/export').expect(200)).body as ScenarioFile;
    const series = exported.history.find((h) => h.marketplaceId === scenario.history[0].marketplaceId && h.classId === scenario.history[0].classId);
    expect(series?.counts.slice(4, 8)).toEqual([scenario.history[0].counts[4], null, 0, scenario.history[0].counts[7]]);
  });

  it('keeps every pay term and overtime policy through the database, and leaves absent ones absent', async () => {
    const scenario = generateDemoScenario({ seed: 7, anchor: '2027-03-01', historyWeeks: 1 });
    scenario.sites[0].overtime = { multiplier: 2, maxHoursPerAgentPerWeek: 0 };
    scenario.sites[0].vendorHourlyRate = 61.5;
    Object.assign(scenario.agents[0], { hourlyRate: 52.25, maxDaysPerWeek: 6, shiftTemplateIds: ['shenzhen-8h', 'shenzhen-4h'] });
    delete scenario.agents[1].payBasis;
    delete scenario.agents[1].shiftTemplateIds;
    await t.http().post('/api/scenario/import').send(scenario).expect(200);
    const first = (await t.http().get('/api/scenario/export').expect(200)).text;
    expect(first).toBe(JSON.stringify(canonicalizeScenario(scenario)));
    const exported = JSON.parse(first) as ScenarioFile;
    const agent = (id: string) => exported.agents.find((a) => a.id === id);
    expect(agent(scenario.agents[0].id)).toMatchObject({ payBasis: 'salaried', hourlyRate: 52.25, maxDaysPerWeek: 6, shiftTemplateIds: ['shenzhen-4h', 'shenzhen-8h'] });
    expect(Object.keys(agent(scenario.agents[1].id)!)).toEqual(['id', 'name', 'siteId', 'languages', 'contractHoursPerWeek', 'maxConsecutiveDays', 'timeOff']);
    expect(exported.sites.find((s) => s.id === 'shenzhen')?.overtime).toEqual({ multiplier: 2, maxHoursPerAgentPerWeek: 0 });
    expect('overtime' in exported.sites.find((s) => s.id === 'manila')!).toBe(false);
    expect(exported.sites.find((s) => s.id === 'shenzhen')?.vendorHourlyRate).toBe(61.5);
    expect('vendorHourlyRate' in exported.sites.find((s) => s.id === 'manila')!).toBe(false);
    await t.http().post('/api/scenario/import').send(exported).expect(200);
    expect((await t.http().get('/api/scenario/export').expect(200)).text).toBe(first);
  });

  it('imports a version 1 file as version 2, its agents paid by the hour as version 1 costed them', async () => {
    const current = generateDemoScenario({ seed: 7, anchor: '2027-03-01', historyWeeks: 1 });
    // what followsun 1 wrote: no pay terms, no overtime
    const v1 = {
      ...current,
      schemaVersion: 1,
      sites: current.sites.map(({ overtime: _overtime, ...site }) => site),
      agents: current.agents.map(({ payBasis: _p, hourlyRate: _r, maxDaysPerWeek: _d, shiftTemplateIds: _t, ...agent }) => agent),
    };
    const imported = await t.http().post('/api/scenario/import').send(v1).expect(200);
    expect(imported.body.counts.agents).toBe(50);
    const exported = (await t.http().get('/api/scenario/export').expect(200)).body as ScenarioFile;
    expect(exported.schemaVersion).toBe(2);
    expect(new Set(exported.agents.map((a) => a.payBasis))).toEqual(new Set(['hourly']));
    expect(exported.agents.every((a) => a.shiftTemplateIds === undefined && a.hourlyRate === undefined && a.maxDaysPerWeek === undefined)).toBe(true);
    expect(exported).toEqual(canonicalizeScenario({ ...v1, schemaVersion: 2, agents: v1.agents.map((a) => ({ ...a, payBasis: 'hourly' })) }));
    const agent = await t.http().get(`/api/agents/${exported.agents[0].id}`).expect(200);
    expect(agent.body.payBasis).toBe('hourly');
  });

  it('refuses a file of a newer version, writing nothing', async () => {
    const before = (await t.http().get('/api/scenario/export').expect(200)).text;
    const response = await t.http().post('/api/scenario/import').send({ ...JSON.parse(before), schemaVersion: 3 }).expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'scenario file is invalid: /schemaVersion: This scenario file was written by a newer followsun (version 3); this build reads version 2.',
      issues: [{ path: '/schemaVersion', message: 'This scenario file was written by a newer followsun (version 3); this build reads version 2.' }],
    });
    expect((await t.http().get('/api/scenario/export').expect(200)).text).toBe(before);
  });

  it('refuses an agent allowed a template of another site, writing nothing', async () => {
    const before = (await t.http().get('/api/scenario/export').expect(200)).text;
    const scenario = JSON.parse(before) as ScenarioFile;
    const index = scenario.agents.findIndex((a) => a.siteId === 'shenzhen');
    scenario.agents[index].shiftTemplateIds = ['manila-8h'];
    const response = await t.http().post('/api/scenario/import').send(scenario).expect(400);
    expect(response.body.issues).toEqual([
      {
        path: `/agents/${index}/shiftTemplateIds/0`,
        message: `Agent "${scenario.agents[index].id}" works at site "shenzhen" but may work shift template "manila-8h", which belongs to site "manila"; an agent works only templates of their own site (templates of site "shenzhen": shenzhen-4h, shenzhen-8h).`,
      },
    ]);
    expect((await t.http().get('/api/scenario/export').expect(200)).text).toBe(before);
  });

  it('refuses references to missing entities, listing every one', async () => {
    const before = (await t.http().get('/api/scenario/export').expect(200)).text;
    const scenario = JSON.parse(before) as ScenarioFile;
    scenario.agents[0].siteId = 'atlantis';
    scenario.events[0].marketplaceIds = ['amazon-fr'];
    const response = await t.http().post('/api/scenario/import').send(scenario).expect(400);
    expect(response.body.issues.map((issue: { path: string }) => issue.path)).toEqual(['/agents/0/siteId', '/events/0/marketplaceIds/0']);
    expect((await t.http().get('/api/scenario/export').expect(200)).text).toBe(before);
  });
});
