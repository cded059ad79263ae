import { interpretPlan } from './interpret/plan-interpret';
import { buildPlanningModel } from './planning/planning-model.build';
import { buildPlanningProblem } from './planning/planning-problem.build';
import type { PlanSolution } from './solve/plan-solve';
import { tinyGrid, tinyMarketplace, tinyScenario } from './__fixtures__/tiny-planning.fixture';

/** A time limit that ended without an integer plan: what the planner says must not read like a plan. */
describe('a result without a plan', () => {
  it('carries no notes about how its (absent) shifts would serve buyers, and no cost', () => {
    const scenario = tinyScenario({ marketplaces: [tinyMarketplace({ waitTarget: { averageHours: 1 } })] });
    const arrivals = [{ marketplaceId: 'shop', classId: 'standard', values: Array.from({ length: 24 }, () => 30) }];
    const model = buildPlanningModel(buildPlanningProblem(scenario, { arrivals, grid: tinyGrid() }));
    // only what a solve without a plan reports; anything else the solver adds is left at its default
    const solution = {
      status: 'timedout',
      values: null,
      objective: null,
      lpBound: 120,
      bound: 120,
      gap: null,
      source: null,
      solver: 'highs',
      seconds: { lp: 1, rounding: 29, mip: 0, total: 30 },
    } as PlanSolution;
    const result = interpretPlan({ scenario, model, solution, arrivals, buildSeconds: 0.1 });
    expect(result.status).toBe('timedout');
    expect(result.shifts).toEqual([]);
    expect(result.message).toBe('No integer plan within the time limit; no plan can cost less than 120 USD.');
    expect(result.notes.filter((note) => /deadline|earliest-deadline-first|wait/.test(note))).toEqual([]);
    expect(result.staffingGap).toEqual([]);
  });
});
