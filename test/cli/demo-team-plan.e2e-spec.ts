import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { ScenarioFile } from '@app/domain';
import type { RotaResult } from '@app/roster';
import type { TeamPlanResult } from '@app/scenarios/adapters/team-plan.adapter';
import { runCli } from './support/run-cli';

/**
 * The demo as a new user tries it: plan, then build the rota from that plan with the CLI. The
 * plan is made for the 40 + 10 named agents, so the rota fills every seat, no hour has more
 * agents on duty at a site than it has people, and the cost is payroll.
 */
const demo = join('docs', 'examples', 'demo-scenario.json');
const scenario = JSON.parse(readFileSync(demo, 'utf8')) as ScenarioFile;

describe('the demo planned for its named team', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'followsun-team-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [1, '20'],
    [4, '60'],
  ])('%i week(s): the rota from the plan fills every seat', (weeks, seconds) => {
    const planFile = join(dir, `plan-${weeks}.json`);
    const rotaFile = join(dir, `rota-${weeks}.json`);
    const planned = runCli(['plan', '--scenario', demo, '--weeks', String(weeks), '--time-limit', seconds, '--out', planFile]);
    expect(planned.status).toBe(0);
    const plan = JSON.parse(readFileSync(planFile, 'utf8')) as TeamPlanResult;
    expect(plan.rotaCheck).not.toBeNull();
    expect(plan.rotaCheck!.seatsFilled).toBe(plan.rotaCheck!.seatsPlanned);
    expect(planned.stdout).toContain(`named rota: ${plan.rotaCheck!.seatsPlanned} of ${plan.rotaCheck!.seatsPlanned} seats filled`);

    // nobody on duty who does not exist
    for (const site of plan.sites) {
      const agents = scenario.agents.filter((agent) => agent.siteId === site.siteId).length;
      expect(Math.max(...site.onDuty)).toBeLessThanOrEqual(agents + 1e-9);
    }
    // payroll: the components add up; the Shenzhen salaries are paid in full (worked or idle), leave included
    let total = 0;
    for (const site of plan.payroll.sites) {
      expect(site.base + site.premiums + site.overtime + site.vendor + site.idleContracted).toBeCloseTo(site.total, 1);
      total += site.total;
    }
    expect(plan.totalCost).toBeCloseTo(total, 1);
    const shenzhenSalaries = 40 * 40 * 45 * 0.14 * weeks; // 40 agents × 40 h × 45 CNY at 0.14 USD
    const shenzhen = plan.payroll.sites.find((site) => site.siteId === 'shenzhen')!;
    expect(shenzhen.base + shenzhen.idleContracted).toBeCloseTo(shenzhenSalaries, -1);

    const rota = runCli(['rota', '--scenario', demo, '--plan', planFile, '--out', rotaFile]);
    expect(rota.status).toBe(0);
    const result = JSON.parse(readFileSync(rotaFile, 'utf8')) as RotaResult;
    expect(result.summary.seatsUnfilled).toBe(0);
    expect(result.summary.seatsPlanned).toBe(plan.rotaCheck!.seatsPlanned);
  }, 400_000);
});
