import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ScenarioFile } from '@app/domain';
import { runCli } from './support/run-cli';

/**
 * One marketplace (Amazon US, English, standard 24 h class, 6 min) answered from Manila with
 * 8-hour shifts starting every 4 hours at 5 USD an hour; three weeks of flat history (12 messages
 * an hour); one week repeated (cyclic), so every message of the week must be answered.
 */
function baseScenario(): ScenarioFile {
  return {
    schemaVersion: 2,
    name: 'CLI compare base',
    reportingCurrency: 'USD',
    horizon: { start: '2025-03-03', weeks: 1, mode: 'cyclic' },
    marketplaces: [
      {
        id: 'amazon-us',
        name: 'Amazon US',
        platform: 'amazon',
        timeZone: 'America/New_York',
        country: 'US',
        languages: ['en'],
        replyClock: { kind: 'calendar' },
        classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 24, handleMinutes: 6 }],
        waitTarget: { averageHours: 8 },
      },
    ],
    sites: [
      {
        id: 'manila',
        name: 'Manila',
        timeZone: 'Asia/Manila',
        currency: 'USD',
        hourlyCost: 5,
        premiums: { night: 1, weekend: 1, statutoryHoliday: 1 },
        nightHours: { start: '22:00', end: '06:00' },
        holidayCountry: 'PH',
        languages: ['en'],
        minHeadcount: 0,
        maxHeadcount: 20,
        shrinkage: 0,
        occupancy: 1,
      },
    ],
    shiftTemplates: [
      { id: 'mnl-8h', siteId: 'manila', name: '8 hours', lengthHours: 8, paidHours: 8, startTimes: ['00:00', '04:00', '08:00', '12:00', '16:00', '20:00'], days: [1, 2, 3, 4, 5, 6, 7] },
    ],
    agents: [],
    events: [],
    currencyRates: [],
    history: [{ marketplaceId: 'amazon-us', classId: null, start: '2025-02-10T00:00:00Z', counts: new Array(21 * 24).fill(12) }],
  };
}

describe('npm run cli -- compare', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'followsun-compare-'));
    writeFileSync(join(dir, 'base.json'), JSON.stringify(baseScenario()));
    writeFileSync(
      join(dir, 'self-service.json'),
      JSON.stringify({ id: 'self-service', name: 'Half deflected', base: 'base.json', overrides: [{ kind: 'deflection', marketplaceId: 'amazon-us', classId: 'standard', rate: 0.5 }] }),
    );
    writeFileSync(join(dir, 'bad-site.json'), JSON.stringify({ id: 'x', name: 'X', base: 'base.json', overrides: [{ kind: 'cost-change', siteId: 'tokyo', wageRisePercent: 3 }] }));
    writeFileSync(
      join(dir, 'bad-hire.json'),
      JSON.stringify({ id: 'h', name: 'H', base: 'base.json', overrides: [{ kind: 'hire-agents', siteId: 'manila', count: 2, likeAgentId: 'mnl-07', from: '2025-03-05' }] }),
    );
    writeFileSync(join(dir, 'no-history.json'), JSON.stringify({ ...baseScenario(), history: [] }));
    writeFileSync(join(dir, 'no-base.json'), JSON.stringify({ id: 'y', name: 'Y', overrides: [] }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the comparison as JSON and CSV', () => {
    const out = join(dir, 'comparison.json');
    const csv = join(dir, 'comparison.csv');
    const result = runCli(['compare', '--scenario', join(dir, 'base.json'), '--scenario', join(dir, 'self-service.json'), '--out', out, '--csv', csv, '--replications', '3', '--time-limit', '20']);
    expect(result.stderr).not.toContain('error');
    expect(result.status).toBe(0);
    const comparison = JSON.parse(readFileSync(out, 'utf8'));
    expect(comparison.scenarios.map((column: { id: string; status: string }) => column.id)).toEqual(['base', 'self-service']);
    const [base, deflected] = comparison.scenarios;
    expect(base.status).toMatch(/optimal|feasible/);
    // A flat history forecasts 12 messages an hour: 2016 a week, each 6 minutes = 201.6 agent-hours,
    // so at least 26 eight-hour shifts (1040 USD); within one shift of that at a 1 % MIP gap.
    expect(base.messages.needingReply).toBeCloseTo(2016, 0);
    expect(base.cost.horizon).toBeGreaterThanOrEqual(1040);
    expect(base.cost.horizon).toBeLessThanOrEqual(1080);
    expect(base.headcount[0].paidHours).toBe(base.cost.horizon / 5);
    // Half deflected: 100.8 agent-hours, at least 13 shifts (520 USD).
    expect(deflected.messages.deflected).toBeCloseTo(1008, 0);
    expect(deflected.cost.horizon).toBeGreaterThanOrEqual(520);
    expect(deflected.cost.horizon).toBeLessThanOrEqual(560);
    expect(deflected.sla.planned).toBe(1);
    expect(deflected.sla.simulated.low).toBeGreaterThan(0.9);
    const rows: string[][] = parse(readFileSync(csv, 'utf8'));
    expect(rows[0]).toEqual(['section', 'figure', 'scope', 'unit', 'CLI compare base', 'Half deflected']);
    expect(result.stdout).toContain('Half deflected:');
    // one SLA per scenario, the plan's rule replayed, with the simulated band of the same rule beside it
    const share = (value: number) => `${(value * 100).toFixed(1)}%`;
    expect(result.stdout).toContain(
      `SLA ${share(deflected.sla.planned)} by the plan's dispatch rule (simulated band ${share(deflected.sla.simulated.low)}–${share(deflected.sla.simulated.high)}${deflected.sla.outsideBand ? ', OUTSIDE it' : ''})`,
    );
    for (const note of [...base.serviceNotes, ...deflected.serviceNotes]) expect(result.stdout).toContain(note);
  });

  it('rejects bad input with one line and exit code 2', () => {
    const out = join(dir, 'never.json');
    const cases: Array<[string[], string]> = [
      [['--scenario', join(dir, 'base.json')], 'compare needs 2 to 6 --scenario files, got 1'],
      [['--scenario', join(dir, 'base.json'), '--scenario', join(dir, 'missing.json')], 'no such file'],
      [['--scenario', join(dir, 'base.json'), '--scenario', join(dir, 'bad-site.json')], '/overrides/0/siteId: Unknown site "tokyo"'],
      [['--scenario', join(dir, 'base.json'), '--scenario', join(dir, 'no-base.json')], 'needs "base"'],
      [['--scenario', join(dir, 'base.json'), '--scenario', join(dir, 'bad-hire.json')], '/overrides/0/likeAgentId: Unknown agent "mnl-07" (the setup has no agents).'],
      [['--scenario', join(dir, 'base.json'), '--scenario', join(dir, 'self-service.json'), '--weeks', '20'], '--weeks must be a whole number from 1 to 13'],
      [['--scenario', join(dir, 'no-history.json'), '--scenario', join(dir, 'no-history.json')], 'cannot forecast every marketplace of "CLI compare base" (amazon-us:'],
    ];
    for (const [args, message] of cases) {
      const result = runCli(['compare', ...args, '--out', out]);
      expect([result.status, result.stderr]).toEqual([2, expect.stringContaining(message)]);
      // progress lines may precede it; the error itself is one line, without a stack trace
      expect(result.stderr.split('\n').filter((line) => line.startsWith('error:'))).toHaveLength(1);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
  });
});
