import { benchW1 } from '../__fixtures__/bench-w1.fixture';
import { planScenario } from '../plan-scenario';
import type { PlanningModel } from '../planning/planning-model.build';
import { siteDayParts } from './fix-and-optimise.heuristic';

const w1 = benchW1();

describe('rounding a named team', () => {
  it('holds the staffing gap at the LP: the quick plan of the bench W1 stays near its bound', async () => {
    const plan = await planScenario(w1.scenario, { arrivals: w1.arrivals, grid: w1.grid, openingBacklog: w1.openingBacklog, solver: 'highs', effort: 'quick', timeLimitSeconds: 600 });
    expect(plan.status).toBe('feasible');
    expect(plan.integerSource).toBe('rounding');
    // with the gap free the dive took its first rounding and the quick plan was the workload
    // cover's, 32.6 % above the bound (32,806 against 24,735); held, it is 10.9 % above
    expect((plan.objective as number) / (plan.lpBound as number) - 1).toBeLessThan(0.15);
  }, 300_000);
});

describe('siteDayParts', () => {
  const day = 86_400_000;
  const start = Date.UTC(2027, 0, 4);
  const model = {
    problem: {
      grid: { startUtcMs: start, hours: 168 },
      shifts: [
        { siteIndex: 0, startUtcMs: start - 3_600_000 }, // carried in: the first block
        { siteIndex: 0, startUtcMs: start + day + 5 * 3_600_000 },
        { siteIndex: 0, startUtcMs: start + 2 * day },
        { siteIndex: 1, startUtcMs: start + 6 * day + 23 * 3_600_000 },
        { siteIndex: 1, startUtcMs: start },
      ],
    },
  } as unknown as PlanningModel;

  it('numbers each site’s blocks of days, the last block shorter', () => {
    // 7 days in blocks of 2: 4 blocks a site (days 0–1, 2–3, 4–5, 6)
    expect(siteDayParts(model, 2)).toEqual([0, 0, 1, 7, 4]);
    expect(siteDayParts(model, 1)).toEqual([0, 1, 2, 13, 7]);
  });
});
