import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse } from 'csv-parse/sync';
import * as nodeIcal from 'node-ical';
import type { RotaResult } from '@app/roster';
import { REPO_ROOT, runCli } from './support/run-cli';

const fixtures = join('test', 'cli', 'fixtures', 'rota');
/** Runs the real CLI (`followsun rota …`) in a child process, as `npm run cli` does. */
const cli = (...args: string[]) => runCli(args);

describe('followsun rota', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'followsun-rota-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the rota, CSV, calendars and the updated holiday history, and explains the empty seat', () => {
    const out = join(dir, 'rota.json');
    const run = cli(
      'rota',
      '--scenario', join(fixtures, 'scenario.json'),
      '--plan', join(fixtures, 'plan.json'),
      '--out', out,
      '--csv', join(dir, 'rota.csv'),
      '--ics-dir', join(dir, 'ics'),
      '--pins', join(fixtures, 'pins.json'),
      '--history', join(fixtures, 'holiday-history.json'),
      '--history-out', join(dir, 'history.json'),
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const explanation =
      '1 of 1 shift 09:00–17:00 on Sunday 2027-02-07 at Shenzhen unfilled: only 1 of 4 agents speaks Japanese and that one is short of 11 h rest before or after (1)';
    expect(run.stdout.split('\n')[0]).toBe('partial: 5 of 6 planned shifts filled by 4 agents at 1 sites; 4 soft-rule breaches, 0 pins not applied');
    expect(run.stdout).toContain('  shenzhen 2027-02-05 Spring Festival: crew 2, ×3 pay, +1280 CNY (179.2 USD)');
    expect(run.stdout).toContain(`  ${explanation}\n`);

    const rota = JSON.parse(readFileSync(out, 'utf8')) as RotaResult;
    expect(rota.status).toBe('partial');
    expect(rota.unfilled.map((u) => u.message)).toEqual([explanation]);
    const pinned = rota.assignments.filter((row) => row.pinned).map((row) => [row.agentId, row.date, row.localStart]);
    expect(pinned).toEqual([['sz-04', '2027-02-05', '09:00']]);
    // pinned off / on leave on the 6th: no shift that starts or ends that day (so not the 5th's night either)
    const touches6th = (agentId: string) => rota.assignments.some((row) => row.agentId === agentId && (row.date === '2027-02-06' || row.endDate === '2027-02-06'));
    expect(touches6th('sz-01')).toBe(false);
    expect(touches6th('sz-03')).toBe(false);

    const csv = parse(readFileSync(join(dir, 'rota.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(5);
    expect(Object.keys(csv[0]).slice(0, 7)).toEqual(['agent', 'agent_id', 'date', 'start', 'end', 'site', 'marketplaces']);
    expect(csv[0]).toMatchObject({ agent: 'Chen Jing', date: '2027-02-05', start: '09:00', end: '17:00', site: 'Shenzhen', pinned: 'yes' });

    const calendars = readdirSync(join(dir, 'ics')).sort();
    expect(calendars).toEqual(['agent-sz-02.ics', 'agent-sz-03.ics', 'agent-sz-04.ics', 'site-shenzhen.ics']);
    const events = Object.values(nodeIcal.sync.parseICS(readFileSync(join(dir, 'ics', 'agent-sz-04.ics'), 'utf8'))).filter(
      (c): c is nodeIcal.VEvent => c !== undefined && c.type === 'VEVENT',
    );
    expect(events[0].start.toISOString()).toBe('2027-02-05T01:00:00.000Z'); // 09:00 in Shenzhen

    const history = JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')) as { agentId: string; date: string }[];
    expect(history.slice(0, 2).map((r) => r.agentId)).toEqual(['sz-01', 'sz-02']);
    expect(history).toHaveLength(2 + rota.newHolidayDuty.length);
  });

  it("shows the plan's dispatch rule on each shift: a CSV column and the calendar event's description", () => {
    // the planner's output carries its rule: Japanese first until 05:00 UTC on the 5th (13:00 in Shenzhen), then US
    const plan = JSON.parse(readFileSync(join(fixtures, 'plan.json'), 'utf8'));
    plan.dispatch = [
      { siteId: 'shenzhen', fromHour: 0, toHour: 5, fromUtc: '2027-02-05T00:00:00Z', toUtc: '2027-02-05T05:00:00Z', queues: ['amazon-jp/standard', 'amazon-us/standard'] },
      { siteId: 'shenzhen', fromHour: 5, toHour: 72, fromUtc: '2027-02-05T05:00:00Z', toUtc: '2027-02-08T00:00:00Z', queues: ['amazon-us/standard', 'amazon-jp/standard'] },
    ];
    writeFileSync(join(dir, 'plan-with-rule.json'), JSON.stringify(plan));
    const run = cli(
      'rota',
      '--scenario', join(fixtures, 'scenario.json'),
      '--plan', join(dir, 'plan-with-rule.json'),
      '--out', join(dir, 'rota-with-rule.json'),
      '--csv', join(dir, 'rota-with-rule.csv'),
      '--ics-dir', join(dir, 'ics-with-rule'),
    );
    expect(run.status).toBe(0);
    const csv = parse(readFileSync(join(dir, 'rota-with-rule.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const first = csv.find((row) => row.date === '2027-02-05' && row.start === '09:00')!;
    expect(first.dispatch).toBe('09:00–13:00 Amazon JP Standard → Amazon US Standard; 13:00–17:00 Amazon US Standard → Amazon JP Standard');
    const site = readFileSync(join(dir, 'ics-with-rule', 'site-shenzhen.ics'), 'utf8');
    const event = Object.values(nodeIcal.sync.parseICS(site)).find(
      (c): c is nodeIcal.VEvent => c !== undefined && c.type === 'VEVENT' && c.start.toISOString() === '2027-02-05T01:00:00.000Z',
    )!;
    expect(event.description).toContain('09:00–13:00 Amazon JP Standard → Amazon US Standard\n13:00–17:00 Amazon US Standard → Amazon JP Standard');
  });

  it('fills every seat when the plan allows it', () => {
    const plan = JSON.parse(readFileSync(join(REPO_ROOT, fixtures, 'plan.json'), 'utf8'));
    for (const shift of plan.shifts) delete shift.languages;
    const file = join(dir, 'plan-any-language.json');
    writeFileSync(file, JSON.stringify(plan));
    const run = cli('rota', '--scenario', join(fixtures, 'scenario.json'), '--plan', file, '--out', join(dir, 'complete.json'));
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^complete: 6 of 6 planned shifts filled/);
  });

  it('exits with 2 and names the field for an unknown site in the plan', () => {
    const plan = JSON.parse(readFileSync(join(REPO_ROOT, fixtures, 'plan.json'), 'utf8'));
    plan.shifts[2].siteId = 'tokyo';
    const file = join(dir, 'plan-unknown-site.json');
    writeFileSync(file, JSON.stringify(plan));
    const out = join(dir, 'never.json');
    const run = cli('rota', '--scenario', join(fixtures, 'scenario.json'), '--plan', file, '--out', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: cannot build the rota: ${file} plan.shifts[2].siteId: unknown site "tokyo" (not in the scenario)\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('exits with 2 for bad pins and for a file that is not a plan', () => {
    const pins = join(dir, 'bad-pins.json');
    writeFileSync(pins, JSON.stringify([{ agentId: 'sz-99', date: '2027-02-06', off: true }]));
    const badPins = cli('rota', '--scenario', join(fixtures, 'scenario.json'), '--plan', join(fixtures, 'plan.json'), '--out', join(dir, 'x.json'), '--pins', pins);
    expect(badPins.status).toBe(2);
    expect(badPins.stderr).toBe(`error: cannot build the rota: ${pins} pins[0].agentId: unknown agent "sz-99"\n`);

    const notPlan = cli('rota', '--scenario', join(fixtures, 'scenario.json'), '--plan', join(fixtures, 'pins.json'), '--out', join(dir, 'y.json'));
    expect(notPlan.status).toBe(2);
    expect(notPlan.stderr).toBe(`error: ${join(fixtures, 'pins.json')} is not a plan: it needs "grid" and "shifts" (the planner's output)\n`);
  });
});
