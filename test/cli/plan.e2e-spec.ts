import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueueArrivals, ScenarioFile } from '@app/domain';
import { runCli } from './support/run-cli';

/**
 * One UTC marketplace with a 24 h class of 1-minute messages, one UTC site paying 10 USD an hour
 * with 8-hour shifts at 00:00 every day, no shrinkage, full occupancy: 60 messages at 00:00 each
 * day need one agent on the 00:00 shift (80 USD a day, 560 USD a week); the LP relaxation makes
 * do with an eighth of one (480 minutes a shift): 70 USD.
 */
function scenario(): ScenarioFile {
  return {
    schemaVersion: 2,
    name: 'CLI plan',
    reportingCurrency: 'USD',
    horizon: { start: '2025-01-06', weeks: 1, mode: 'dated' },
    marketplaces: [
      {
        id: 'shop',
        name: 'Shop',
        platform: 'other',
        timeZone: 'UTC',
        country: 'GB',
        languages: ['en'],
        replyClock: { kind: 'calendar' },
        classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 24, handleMinutes: 1 }],
      },
    ],
    sites: [
      {
        id: 'site',
        name: 'Site',
        timeZone: 'UTC',
        currency: 'USD',
        hourlyCost: 10,
        premiums: { night: 1, weekend: 1, statutoryHoliday: 1 },
        nightHours: { start: '22:00', end: '06:00' },
        holidayCountry: 'GB',
        languages: ['en'],
        minHeadcount: 0,
        maxHeadcount: 10,
        shrinkage: 0,
        occupancy: 1,
      },
    ],
    shiftTemplates: [{ id: 'day', siteId: 'site', name: 'Day', lengthHours: 8, paidHours: 8, startTimes: ['00:00'], days: [1, 2, 3, 4, 5, 6, 7] }],
    agents: [],
    events: [],
    currencyRates: [],
    history: [],
  };
}

function arrivals(marketplaceId = 'shop'): QueueArrivals[] {
  return [{ marketplaceId, classId: 'standard', values: Array.from({ length: 168 }, (_, h) => (h % 24 === 0 ? 60 : 0)) }];
}

describe('cli plan', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'followsun-plan-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('plans one agent a day on the 00:00 shift, writes the plan, reports progress on stderr', () => {
    writeFileSync(join(dir, 'scenario.json'), JSON.stringify(scenario()));
    writeFileSync(join(dir, 'arrivals.json'), JSON.stringify(arrivals()));
    const out = join(dir, 'plan.json');
    const run = runCli(['plan', '--scenario', join(dir, 'scenario.json'), '--arrivals', join(dir, 'arrivals.json'), '--time-limit', '20', '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('LP bound 70.00 USD');
    const plan = JSON.parse(readFileSync(out, 'utf8'));
    expect(plan.status).toBe('optimal');
    expect(plan.totalCost).toBeCloseTo(560, 6);
    expect(plan.shifts).toHaveLength(7);
    expect(plan.shifts[0]).toEqual({ siteId: 'site', templateId: 'day', date: '2025-01-06', localStart: '00:00', startUtc: '2025-01-06T00:00:00Z', endUtc: '2025-01-06T08:00:00Z', count: 1 });
    expect(plan.grid).toEqual({ startUtc: '2025-01-06T00:00:00Z', hours: 168, mode: 'dated' });
    // one site, one queue: the dispatch rule is one run over the week
    expect(plan.dispatch).toEqual([{ siteId: 'site', fromHour: 0, toHour: 168, fromUtc: '2025-01-06T00:00:00Z', toUtc: '2025-01-13T00:00:00Z', queues: ['shop/standard'] }]);
    expect(run.stdout).toContain('shop: 100.00 % within deadline');
    // beside the SLA: what the week leaves to the next, and the solves its promise took
    expect(run.stdout).toMatch(/left to the next plan: \d+ messages not yet due, a steady hour holds \d+ \(shop \d+ \(\d+\)\)/);
    expect(run.stdout).toContain(`dispatch rule replayed: ${plan.promiseRounds} solve`);
    expect(plan.carriedOver).toEqual({ messages: plan.marketplaces[0].carriedOver, averageBacklog: plan.marketplaces[0].averageBacklog });
  });

  it('explains a language no site speaks and exits 2', () => {
    const japanese = scenario();
    japanese.marketplaces[0].languages = ['ja'];
    writeFileSync(join(dir, 'japanese.json'), JSON.stringify(japanese));
    writeFileSync(join(dir, 'arrivals.json'), JSON.stringify(arrivals()));
    const run = runCli(['plan', '--scenario', join(dir, 'japanese.json'), '--arrivals', join(dir, 'arrivals.json'), '--out', join(dir, 'none.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No site speaks Japanese, the language Shop buyers write in');
    expect(JSON.parse(readFileSync(join(dir, 'none.json'), 'utf8')).status).toBe('infeasible');
  });

  it('rejects a bad option in one line', () => {
    const run = runCli(['plan', '--scenario', join(dir, 'scenario.json'), '--solver', 'cplex', '--out', join(dir, 'x.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('error: --solver must be highs or jslp, got "cplex"');
  });
});
