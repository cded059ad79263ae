import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse } from 'csv-parse/sync';
import type { PlannedShift, PlannedWorkload, ScenarioFile } from '@app/domain';
import type { SimulationResult } from '@app/simulation';
import { runCli } from './support/run-cli';

/** Runs the real CLI (`followsun simulate|promise …`) in a child process, as `npm run cli` does. */
const cli = (...args: string[]) => runCli(args);

/**
 * Manila answers Amazon UK (English) and Amazon DE (German): two agents 08:00–16:00 UTC on
 * Monday and Tuesday, 2 messages an hour from each marketplace, 6 minutes each (10 per agent-hour).
 */
const scenario: ScenarioFile = {
  schemaVersion: 2,
  name: 'simulate e2e',
  reportingCurrency: 'USD',
  marketplaces: [
    {
      id: 'amazon-uk', name: 'Amazon UK', platform: 'amazon', timeZone: 'Europe/London', country: 'GB', languages: ['en'], replyClock: { kind: 'calendar' },
      classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 24, handleMinutes: 6 }],
    },
    {
      id: 'amazon-de', name: 'Amazon DE', platform: 'amazon', timeZone: 'Europe/Berlin', country: 'DE', languages: ['de'], replyClock: { kind: 'calendar' },
      classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 24, handleMinutes: 6 }],
    },
  ],
  sites: [
    {
      id: 'manila', name: 'Manila', timeZone: 'Asia/Manila', currency: 'USD', hourlyCost: 6, premiums: { night: 1.1, weekend: 1.3, statutoryHoliday: 2 },
      nightHours: { start: '22:00', end: '06:00' }, holidayCountry: 'PH', languages: ['en', 'de'], minHeadcount: 0, maxHeadcount: 10, shrinkage: 0, occupancy: 1,
    },
  ],
  shiftTemplates: [{ id: 'mnl-day', siteId: 'manila', name: 'Day', lengthHours: 8, paidHours: 8, startTimes: ['16:00'], days: [1, 2, 3, 4, 5] }],
  agents: [],
  events: [],
  currencyRates: [],
  history: [],
};

function shift(date: string, count: number, siteId = 'manila'): PlannedShift {
  return { siteId, templateId: 'mnl-day', date, localStart: '16:00', startUtc: `${date}T08:00:00Z`, endUtc: `${date}T16:00:00Z`, count };
}

const plan: PlannedWorkload = {
  scenarioName: 'simulate e2e',
  grid: { startUtc: '2024-03-04T00:00:00Z', hours: 48, mode: 'dated' },
  shifts: [shift('2024-03-04', 2), shift('2024-03-05', 2)],
  arrivals: ['amazon-uk', 'amazon-de'].map((marketplaceId) => ({ marketplaceId, classId: 'standard', values: new Array(48).fill(2) })),
};

describe('followsun simulate / promise', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'followsun-simulate-'));
    writeFileSync(file('scenario.json'), JSON.stringify(scenario));
    writeFileSync(file('plan.json'), JSON.stringify(plan));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replays the plan as expected volumes and writes the result', () => {
    const run = cli('simulate', '--scenario', file('scenario.json'), '--plan', file('plan.json'), '--out', file('fluid.json'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Monday: a message at τ h (τ < 10) is picked up at 8 + τ/5 (20 an hour against 4 arriving): ∫₀¹⁰ (8 − 0.8τ) = 40 h;
    // the night from 16:00 is picked up at 32 + (τ − 16)/5 until 36: ∫₁₆³⁶ (28.8 − 0.8τ) = 160 h; those after 16:00 on
    // Tuesday still wait (not yet due) when the plan ends. 160 answered: (40 + 160) × 4 / 160 = 5 h, + 0.1 h handling
    expect(run.stdout.split('\n')[0]).toBe('completed: fluid, 1 replication, EDF dispatch; 192 messages needing a reply, SLA 100.0 %, average wait 5.10 h');
    const result = JSON.parse(readFileSync(file('fluid.json'), 'utf8')) as SimulationResult;
    const uk = result.marketplaces.find((entry) => entry.marketplaceId === 'amazon-uk')!;
    expect(uk.backlogByHour.mean[7]).toBeCloseTo(16, 6);
    expect(uk.backlogByHour.mean[9]).toBeCloseTo(0, 6);
    expect(uk.unanswered.mean).toBeCloseTo(16, 6);
    expect(result.pools[0].siteId).toBe('manila');
  });

  it('stochastic replications are reproducible from the seed', () => {
    const args = ['simulate', '--scenario', file('scenario.json'), '--plan', file('plan.json'), '--replications', '20', '--seed', '5'];
    const first = cli(...args, '--out', file('a.json'));
    const second = cli(...args, '--out', file('b.json'));
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^completed: poisson, 20 replications, EDF dispatch; \d+ messages needing a reply/);
    expect(readFileSync(file('a.json'), 'utf8')).toBe(readFileSync(file('b.json'), 'utf8'));
    expect(first.stdout).toBe(second.stdout);
  });

  it('rejects a plan for an unknown site, negative staffing and arrivals for an unknown marketplace (exit 2)', () => {
    const bad: PlannedWorkload = {
      ...plan,
      shifts: [shift('2024-03-04', 2, 'shenzen'), shift('2024-03-05', -1)],
      arrivals: [...plan.arrivals, { marketplaceId: 'ebay-us', classId: 'standard', values: new Array(48).fill(1) }],
    };
    writeFileSync(file('bad-plan.json'), JSON.stringify(bad));
    const run = cli('simulate', '--scenario', file('scenario.json'), '--plan', file('bad-plan.json'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `error: ${file('bad-plan.json')} cannot be simulated: plan.shifts[0].siteId: unknown site "shenzen" (the scenario has "manila"); ` +
        'plan.shifts[1].count: negative staffing (-1 agents); plan.arrivals[2].marketplaceId: unknown marketplace "ebay-us" (the scenario has "amazon-uk", "amazon-de")\n',
    );
  });

  it('tabulates the promise for a week in the buyers’ time with the German sentence', () => {
    const run = cli('promise', '--scenario', file('scenario.json'), '--plan', file('plan.json'), '--marketplace', 'amazon-de', '--mode', 'fluid', '--out', file('promise.csv'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = parse(readFileSync(file('promise.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(168);
    // 20:00 Berlin = 19:00 UTC: 12 messages ahead of it on Tuesday morning at 20 an hour, replied by 08:54 UTC
    expect(rows[20]).toMatchObject({
      local_hour: 'Mon 20:00–21:00',
      received_local: '2024-03-04T20:00+01:00',
      team_online: 'no',
      reply_by_local: '2024-03-05T10:00+01:00',
      language: 'de',
      sentence: 'Vielen Dank für Ihre Nachricht. Unser Team ist gerade nicht erreichbar; wir antworten Ihnen bis morgen (Dienstag), 10:00 Uhr.',
      basis: 'observed',
    });
    // the plan covers Monday and Tuesday only
    expect(rows[2 * 24 + 12].basis).toBe('outside-horizon');
    expect(run.stdout).toContain('amazon-de: promise table for the week of 2024-03-04 (Europe/Berlin, de, 90 % confidence)');
  });

  it('with --rota promises what the rota delivers: one named agent a day where the plan wanted two', () => {
    const seat = (date: string) => ({ agentId: 'ana', siteId: 'manila', startUtc: `${date}T08:00:00Z`, endUtc: `${date}T16:00:00Z`, languages: [] });
    writeFileSync(file('rota.json'), JSON.stringify({ status: 'partial', summary: { seatsPlanned: 4, seatsFilled: 2, seatsUnfilled: 2 }, assignments: [seat('2024-03-04'), seat('2024-03-05')] }));
    const run = cli('promise', '--scenario', file('scenario.json'), '--plan', file('plan.json'), '--rota', file('rota.json'), '--marketplace', 'amazon-de', '--mode', 'fluid', '--out', file('rota-promise.csv'));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`promises of the rota in ${file('rota.json')} (2 seats left empty, counted as nobody), under the plan's dispatch rule\n`);
    const rows = parse(readFileSync(file('rota-promise.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    // the 16 messages ahead of it on Tuesday morning take one agent until 09:36 UTC, 10:36 in Berlin: promised by 11:00
    expect(rows[20]).toMatchObject({ local_hour: 'Mon 20:00–21:00', reply_by_local: '2024-03-05T11:00+01:00', basis: 'observed' });

    writeFileSync(file('not-a-rota.json'), JSON.stringify({ shifts: [] }));
    const bad = cli('promise', '--scenario', file('scenario.json'), '--plan', file('plan.json'), '--rota', file('not-a-rota.json'), '--marketplace', 'amazon-de');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain(`${file('not-a-rota.json')} is not a rota: it needs the "assignments" the rota command writes`);
  });
});
