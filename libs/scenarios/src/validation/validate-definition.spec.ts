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
            serviceHours: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '22:00', end: '06:00' }],
          },
          currencyRate: { currency: 'EUR', toReporting: 1.08 },
        },
        { kind: 'auto-reply', marketplaceId: 'amazon-de', windows: [{ days: [6, 7], start: '00:00', end: '08:00' }] },
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
