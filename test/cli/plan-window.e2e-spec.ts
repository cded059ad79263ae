import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScenarioFile } from '@app/domain';
import { defaultPlanOptions } from '@app/optimizer';
import type { TeamPlanResult } from '@app/scenarios/adapters/team-plan.adapter';
import { runCli } from './support/run-cli';

/**
 * Windows of the demo's 13-week horizon (from 30 Nov 2026) planned with the CLI: a week in the
 * middle, then the week after it carrying in what the first left waiting.
 */
const demo = join('docs', 'examples', 'demo-scenario.json');

function readPlan(file: string): TeamPlanResult {
  return JSON.parse(readFileSync(file, 'utf8')) as TeamPlanResult;
}

describe('cli plan: a window of the horizon', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'followsun-window-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('plans the week of 11 January 2027, opening with no backlog and saying so; the week after opens with what it left', () => {
    const first = join(dir, 'week-7.json');
    // the quick effort leaves a backlog at the week's end for the next week to carry (the standard one may leave none)
    const run = runCli(['plan', '--scenario', demo, '--start', '2027-01-11', '--weeks', '1', '--effort', 'quick', '--time-limit', '300', '--out', first]);
    expect(run.stderr).toContain('forecasting 168 hours');
    expect(run.status).toBe(0);
    const plan = readPlan(first);
    expect(plan.grid).toEqual({ startUtc: '2027-01-11T00:00:00Z', hours: 168, mode: 'dated' });
    expect(plan.arrivals.every((queue) => queue.values.length === 168)).toBe(true);
    expect(plan.openingBacklog).toBeUndefined();
    expect(plan.notes[0]).toBe('Opens with no backlog: no plan of the week before was given (--previous-plan <plan.json> carries its closing backlog into 2027-01-11T00:00:00Z).');
    expect(run.stdout).toContain('note: Opens with no backlog');
    const left = plan.queues
      .filter((queue) => queue.kind === 'deferred' && queue.backlog[167] > 0)
      .map((queue) => ({ marketplaceId: queue.marketplaceId, classId: queue.classId, values: [queue.backlog[167]] }));
    expect(left.length).toBeGreaterThan(0);

    const second = join(dir, 'week-8.json');
    const next = runCli(['plan', '--scenario', demo, '--start', '2027-01-18', '--previous-plan', first, '--effort', 'quick', '--time-limit', '300', '--out', second]);
    expect(next.status).toBe(0);
    const following = readPlan(second);
    expect(following.grid.startUtc).toBe('2027-01-18T00:00:00Z');
    expect(following.openingBacklog).toEqual(left);
    const waiting = left.reduce((sum, queue) => sum + queue.values[0], 0);
    expect(following.notes[0]).toBe(`Opens with ${waiting.toLocaleString('en-US', { maximumFractionDigits: 1 })} messages still waiting at the end of ${first}.`);
    // the carried-in messages are planned for, queue by queue
    for (const queue of following.queues.filter((q) => q.kind === 'deferred')) {
      const carried = left.find((l) => l.marketplaceId === queue.marketplaceId && l.classId === queue.classId)?.values[0] ?? 0;
      expect(queue.messages - queue.arrivals.reduce((a, b) => a + b, 0)).toBeCloseTo(carried, 6);
    }

    // a plan that does not end where the window starts is refused
    const wrong = runCli(['plan', '--scenario', demo, '--start', '2027-01-25', '--previous-plan', first, '--out', join(dir, 'x.json')]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain(`--previous-plan: ${first} ends at 2027-01-18T00:00:00Z, not where the window starts (2027-01-25T00:00:00Z)`);
  }, 400_000);

  it("takes every option default from the planner's defaultPlanOptions", () => {
    const help = runCli(['plan', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(`--weeks <n> weeks the window covers, 1–13 (default: "${defaultPlanOptions.weeks}")`);
    expect(help).toContain(`highs or jslp (default: "${defaultPlanOptions.solver}")`);
    expect(help).toContain(`(default: "${defaultPlanOptions.effort}")`);
    expect(help).toContain(`(default: ${defaultPlanOptions.timeLimitSeconds} s for one week`);
    expect(help).toContain(`relative gap of the bound (default: "${defaultPlanOptions.mipGap}")`);
  });

  it('refuses a window outside the horizon in one line, as the API does', () => {
    const run = runCli(['plan', '--scenario', demo, '--start', '2027-03-01', '--out', join(dir, 'x.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--start: 1 week from 2027-03-01 does not lie inside the horizon (2026-11-30 to 2027-02-28): start from 2026-11-30 to 2027-02-22');
    const tooLong = runCli(['plan', '--scenario', demo, '--weeks', '14', '--out', join(dir, 'x.json')]);
    expect(tooLong.status).toBe(2);
    expect(tooLong.stderr).toContain('--weeks must be a whole number from 1 to 13, got "14"');
  });

  it('plans a 4-week cyclic horizon as its one repeated week, and refuses more weeks with the reason the API gives', () => {
    const scenario = JSON.parse(readFileSync(demo, 'utf8')) as ScenarioFile;
    // Amazon UK answered from Manila (English), without the named team
    const site = scenario.sites.find((s) => s.id === 'manila')!;
    const small: ScenarioFile = {
      ...scenario,
      name: 'cyclic',
      horizon: { start: '2025-01-06', weeks: 4, mode: 'cyclic' },
      marketplaces: scenario.marketplaces.filter((m) => m.id === 'amazon-uk'),
      sites: [site],
      shiftTemplates: scenario.shiftTemplates.filter((template) => template.siteId === site.id),
      agents: [],
      events: [],
      history: [],
    };
    writeFileSync(join(dir, 'cyclic.json'), JSON.stringify(small));
    const arrivals = small.marketplaces[0].classes
      .filter((c) => c.replyDeadlineHours !== null)
      .map((c) => ({ marketplaceId: small.marketplaces[0].id, classId: c.id, values: Array.from({ length: 168 }, (_, h) => (h % 24 >= 12 ? 4 : 1)) }));
    writeFileSync(join(dir, 'cyclic-arrivals.json'), JSON.stringify(arrivals));
    const out = join(dir, 'cyclic-plan.json');
    const run = runCli(['plan', '--scenario', join(dir, 'cyclic.json'), '--arrivals', join(dir, 'cyclic-arrivals.json'), '--time-limit', '20', '--out', out]);
    expect(run.stderr).not.toContain('error');
    expect(run.status).toBe(0);
    expect(readPlan(out).grid).toEqual({ startUtc: '2025-01-06T00:00:00Z', hours: 168, mode: 'cyclic' });
    const refused = runCli(['plan', '--scenario', join(dir, 'cyclic.json'), '--arrivals', join(dir, 'cyclic-arrivals.json'), '--weeks', '4', '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--weeks: the horizon is one week repeated (cyclic): plan 1 week, not 4');
  }, 120_000);
});
