import { buildPlanningModel } from '../planning/planning-model.build';
import { buildPlanningProblem } from '../planning/planning-problem.build';
import { arrivalsAt, tinyGrid, tinyMarketplace, tinyScenario, tinySite, tinyTemplate } from '../__fixtures__/tiny-planning.fixture';
import { loadHighsDriver } from '../drivers/highs.driver';
import { roundLpSolution } from './lp-rounding.heuristic';
import { SafetyClock, SolveBudget } from './solve-budget';
import { coverLpWorkload } from './workload-cover.heuristic';

const EVERY_HOUR = Array.from({ length: 23 }, (_, h) => `${String(h).padStart(2, '0')}:00`);

/**
 * 2-hour shifts starting every hour, one-minute messages, 60 productive minutes per agent-hour:
 * an LP-like solution that answers 90 messages at 03:00 with 0.75 agent on the 02:00 shift and
 * 0.75 on the 03:00 shift (1.5 agents on duty at 03:00).
 */
function fractionalCase(maxHeadcount: number) {
  const site = tinySite({ maxHeadcount });
  const scenario = tinyScenario({ sites: [site], shiftTemplates: [tinyTemplate(site.id, EVERY_HOUR, 2)] });
  const problem = buildPlanningProblem(scenario, { arrivals: [arrivalsAt({ 3: 90 })], grid: tinyGrid() });
  const model = buildPlanningModel(problem);
  const values = new Array<number>(model.linear.variables.length).fill(0);
  const startingAt = (hour: number) => problem.shifts.findIndex((shift) => shift.localStart === `0${hour}:00`);
  values[model.vars.shifts[startingAt(2)]] = 0.75;
  values[model.vars.shifts[startingAt(3)]] = 0.75;
  values[model.vars.served[0][0][3]] = 90;
  const box = model.vars.shifts.map((v) => model.linear.variables[v].upper);
  return { model, problem, values, box, startingAt };
}

describe('covering the LP workload with whole agents', () => {
  it('rounds 1.5 agents of work at 03:00 up to 2 whole agents on shifts through that hour', () => {
    const { problem, values, box, startingAt } = fractionalCase(100);
    const { counts, capped } = coverLpWorkload(buildPlanningModel(problem), values, box);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(counts[startingAt(2)] + counts[startingAt(3)]).toBe(2);
    expect(capped).toEqual([]);
  });

  it('stops at the on-duty cap and names the shifts through the hour it left short', () => {
    const { problem, values, box, startingAt } = fractionalCase(1);
    const { counts, capped } = coverLpWorkload(buildPlanningModel(problem), values, box);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(capped.sort((a, b) => a - b)).toEqual([startingAt(2), startingAt(3)]);
  });

  it('gives the rounding a whole plan from one LP re-solve, before any dive', async () => {
    // messages at 03:00, 10:00 and 15:00 due within 2 hours: the LP staffs fractions of agents
    const site = tinySite();
    const scenario = tinyScenario({
      marketplaces: [tinyMarketplace({ classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 2, handleMinutes: 1 }] })],
      sites: [site],
      shiftTemplates: [tinyTemplate(site.id, EVERY_HOUR, 2)],
    });
    const model = buildPlanningModel(buildPlanningProblem(scenario, { arrivals: [arrivalsAt({ 3: 90, 10: 45, 15: 100 })], grid: tinyGrid() }));
    const session = (await loadHighsDriver()).open(model.linear);
    try {
      const lp = session.solve({ relax: true, timeLimitSeconds: 10 });
      expect(model.vars.shifts.some((v) => !Number.isInteger(lp.values![v]))).toBe(true);
      let plans = 0;
      const plan = roundLpSolution(session, model, lp, new SolveBudget(1000, new SafetyClock(10, () => plans > 0)), () => plans++);
      expect(plan).not.toBeNull();
      expect(plan!.counts.every((count) => Number.isInteger(count))).toBe(true);
      expect(plan!.lpSolves).toBe(1);
      // each burst fits one agent's two hours (120 minutes) inside its deadline: 3 shifts at 20, the integer optimum
      expect(plan!.objective).toBeCloseTo(60, 6);
      expect(lp.objective!).toBeLessThan(60 - 1);
    } finally {
      session.dispose();
    }
  });
});
