import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tinyScenario } from '../__fixtures__/tiny-scenario.fixture';
import { SCENARIO_DEFINITION_JSON_SCHEMA } from './scenario-definition.schema';
import { validateScenarioDefinition } from './validate-definition';

function issuesOf(input: unknown, withBase = true) {
  const result = validateScenarioDefinition(input, withBase ? tinyScenario() : undefined);
  return result.ok ? [] : result.issues;
}

describe('scenario definition validation', () => {
  it('accepts a definition using every kind of override', () => {
    const definition = {
      id: 'everything',
      name: 'Everything at once',
      base: 'tiny.json',
      overrides: [
        { kind: 'volume-multiplier', name: 'Prime Day', start: '2025-03-04', end: '2025-03-05', marketplaceIds: ['amazon-us'], multiplier: 3 },
        { kind: 'deflection', marketplaceId: 'amazon-us', classId: 'standard', rate: 0.3 },
        { kind: 'site-availability', siteId: 'shenzhen', start: '2025-03-05', end: '2025-03-06', availabilityCap: 0.2 },
        { kind: 'cost-change', siteId: 'manila', wageRisePercent: 5, premiums: { night: 1.3 } },
        {
          kind: 'add-site',
          site: { ...tinyScenario().sites[1], id: 'cebu', name: 'Cebu' },
          shiftTemplates: [{ id: 'cebu-day', siteId: 'cebu', name: 'Day', lengthHours: 8, paidHours: 8, startTimes: ['08:00'], days: [1, 2, 3, 4, 5] }],
        },
        {
          kind: 'vendor',
          vendor: {
            id: 'nightowl', name: 'NightOwl', timeZone: 'Europe/Sofia', country: 'BG', languages: ['en'], currency: 'EUR', pricePerMessage: 0.8, capacityPerHour: 50,
            serviceHours: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '22:00', end: '06:00' }], start: '2025-03-03', end: '2025-03-09',
          },
          currencyRate: { currency: 'EUR', toReporting: 1.08 },
        },
        { kind: 'auto-reply', marketplaceId: 'amazon-de', windows: [{ days: [6, 7], start: '00:00', end: '08:00' }] },
        { kind: 'hire-agents', siteId: 'manila', count: 2, from: '2025-03-05', namePrefix: 'Manila hire', payBasis: 'hourly', shiftTemplateIds: ['mnl-night'] },
        { kind: 'agent-leave', agentIds: ['hire-manila-1'], start: '2025-03-06', end: '2025-03-07', reason: 'induction' },
        { kind: 'move-agents', fromSiteId: 'manila', agentIds: ['hire-manila-2'], toSiteId: 'cebu', shiftTemplateIds: ['cebu-day'] },
        { kind: 'move-agents', fromSiteId: 'cebu', count: 1, shiftTemplateIds: ['cebu-day'] },
      ],
    };
    expect(validateScenarioDefinition(definition, tinyScenario())).toEqual({ ok: true, definition });
  });

  it('reports structural problems with their JSON pointer', () => {
    const issues = issuesOf({
      id: 'bad',
      name: 'Bad',
      overrides: [
        { kind: 'deflection', marketplaceId: 'amazon-us', classId: 'standard', rate: 1.3 },
        { kind: 'teleport', to: 'moon' },
        { kind: 'cost-change', siteId: 'manila', wageRise: 5 },
      ],
    }, false);
    expect(issues.map((issue) => issue.path)).toEqual(['/overrides/0/rate', '/overrides/1/kind', '/overrides/2/wageRise']);
    expect(issues[1].message).toContain('unknown kind');
    expect(issues[2].message).toContain('"wageRise"');
  });

  it('reports rules between values: dates in order, one way to change the wage, real time zones', () => {
    const issues = issuesOf({
      id: 'bad',
      name: 'Bad',
      overrides: [
        { kind: 'volume-multiplier', start: '2025-03-05', end: '2025-03-04', multiplier: 2 },
        { kind: 'cost-change', siteId: 'manila', wageRisePercent: 5, hourlyCost: 300 },
        { kind: 'cost-change', siteId: 'manila' },
        {
          kind: 'vendor',
          vendor: { id: 'v', name: 'V', timeZone: 'Mars/Olympus', country: 'BG', languages: ['en'], currency: 'USD', pricePerMessage: 1, capacityPerHour: 5, serviceHours: [{ days: [1], start: '08:00', end: '12:00' }] },
        },
      ],
    }, false);
    expect(issues.map((issue) => issue.path)).toEqual(['/overrides/0/end', '/overrides/1/hourlyCost', '/overrides/2', '/overrides/3/vendor/timeZone']);
  });

  it('says why a hire, leave or move is malformed: counts of agents, dates, pay basis, empty lists', () => {
    const issues = issuesOf({
      id: 'bad',
      name: 'Bad',
      overrides: [
        { kind: 'hire-agents', siteId: 'manila', count: 2.5, from: '2025-03-05' },
        { kind: 'hire-agents', siteId: 'manila', count: 0, from: '5 March', payBasis: 'weekly', shiftTemplateIds: [] },
        { kind: 'move-agents', fromSiteId: 'shenzhen', count: '3', toSiteId: 'manila' },
        { kind: 'agent-leave', agentIds: [], start: '2025-03-05', end: '2025-03-06' },
        { kind: 'agent-leave', start: '2025-03-05', end: '2025-03-06' },
      ],
    }, false);
    expect(issues).toEqual([
      { path: '/overrides/0/count', message: '/overrides/0/count must be a whole number of agents from 1 to 1000, not 2.5.' },
      { path: '/overrides/1/count', message: '/overrides/1/count must be a whole number of agents from 1 to 1000, not 0.' },
      { path: '/overrides/1/payBasis', message: '/overrides/1/payBasis must be one of "salaried", "hourly", not "weekly".' },
      { path: '/overrides/1/shiftTemplateIds', message: '/overrides/1/shiftTemplateIds must NOT have fewer than 1 items.' },
      { path: '/overrides/1/from', message: '/overrides/1/from must match format "date".' },
      { path: '/overrides/2/count', message: '/overrides/2/count must be a whole number of agents from 1 to 1000, not "3".' },
      { path: '/overrides/3/agentIds', message: '/overrides/3/agentIds must NOT have fewer than 1 items.' },
      { path: '/overrides/4/agentIds', message: '/overrides/4 has no "agentIds", which is required.' },
    ]);
  });

  it('reports rules between the values of a leave or a move', () => {
    const issues = issuesOf({
      id: 'bad',
      name: 'Bad',
      overrides: [
        { kind: 'agent-leave', agentIds: ['sz-01'], start: '2025-03-07', end: '2025-03-05' },
        { kind: 'move-agents', fromSiteId: 'shenzhen', count: 2, agentIds: ['sz-01'], toSiteId: 'manila' },
        { kind: 'move-agents', fromSiteId: 'shenzhen', toSiteId: 'manila' },
        { kind: 'move-agents', fromSiteId: 'shenzhen', count: 2 },
        { kind: 'move-agents', fromSiteId: 'shenzhen', count: 2, toSiteId: 'shenzhen' },
        {
          kind: 'vendor',
          vendor: {
            id: 'nightowl', name: 'NightOwl', timeZone: 'Europe/Sofia', country: 'BG', languages: ['en'], currency: 'EUR', pricePerMessage: 0.8, capacityPerHour: 50,
            serviceHours: [{ days: [1], start: '22:00', end: '06:00' }], start: '2025-03-09', end: '2025-03-03',
          },
        },
      ],
    }, false);
    expect(issues).toEqual([
      { path: '/overrides/0/end', message: 'The leave ends on 2025-03-05, before it starts on 2025-03-07.' },
      { path: '/overrides/1/agentIds', message: 'A move names either "agentIds" or "count", not both.' },
      { path: '/overrides/2', message: 'A move must say who moves: "agentIds", or "count" for the first agents of the site by id.' },
      { path: '/overrides/3', message: 'A move must change something: "toSiteId" (another site) and/or "shiftTemplateIds" (other shifts).' },
      { path: '/overrides/4/toSiteId', message: 'The destination "shenzhen" is where they are already; to change their shifts only, leave toSiteId out.' },
      { path: '/overrides/5/vendor/end', message: 'The contract of vendor "nightowl" ends on 2025-03-03, before it starts on 2025-03-09.' },
    ]);
  });

  it('checks the agents and templates a hire, leave or move names against the base setup', () => {
    const one = (override: object) => issuesOf({ id: 'x', name: 'X', overrides: [override] });
    expect(one({ kind: 'agent-leave', agentIds: ['sz-01'], start: '2025-03-05', end: '2025-03-05' })).toEqual([
      { path: '/overrides/0/agentIds/0', message: 'Unknown agent "sz-01" (the setup has no agents).' },
    ]);
    expect(one({ kind: 'hire-agents', siteId: 'shenzhen', count: 3, from: '2025-03-05', shiftTemplateIds: ['mnl-night'] })).toEqual([
      { path: '/overrides/0/shiftTemplateIds/0', message: 'Shift template "mnl-night" belongs to site "manila", not "shenzhen" (its templates: sz-day).' },
    ]);
    expect(one({ kind: 'move-agents', fromSiteId: 'shenzhen', count: 5, toSiteId: 'manila' })).toEqual([
      { path: '/overrides/0/count', message: 'Site "shenzhen" has 0 agents, so 5 cannot move.' },
    ]);
  });

  it('checks the ids it names against the base setup', () => {
    expect(issuesOf({ id: 'x', name: 'X', overrides: [{ kind: 'site-availability', siteId: 'tokyo', start: '2025-03-05', end: '2025-03-05', availabilityCap: 0 }] })).toEqual([
      { path: '/overrides/0/siteId', message: 'Unknown site "tokyo" (known: shenzhen, manila).' },
    ]);
  });

  it('lets the domain describe a broken site or template inside an override', () => {
    const issues = issuesOf({
      id: 'x',
      name: 'X',
      overrides: [{ kind: 'add-site', site: { ...tinyScenario().sites[1], id: 'cebu', timeZone: 'Asia/Cebu' }, shiftTemplates: [{ id: 'c', siteId: 'cebu' }] }],
    }, false);
    expect(issues.some((issue) => issue.path === '/overrides/0/site/timeZone' && issue.message.includes('Asia/Cebu'))).toBe(true);
    expect(issues.some((issue) => issue.path.startsWith('/overrides/0/shiftTemplates/0/'))).toBe(true);
  });

  it('docs/scenario-definition.schema.json is the schema the code validates with', () => {
    const documented = JSON.parse(readFileSync(join(__dirname, '../../../../docs/scenario-definition.schema.json'), 'utf8'));
    expect(documented).toEqual(JSON.parse(JSON.stringify(SCENARIO_DEFINITION_JSON_SCHEMA)));
  });
});
