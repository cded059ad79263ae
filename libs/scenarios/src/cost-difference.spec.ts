import type { ScenarioColumn } from './comparison.types';
import { costDifference } from './scenario-column';

/** A column with just what the difference reads: status, cost and how far above the best plan it may be. */
function column(horizon: number, uncertainty: number | undefined, status: ScenarioColumn['status'] = 'feasible'): ScenarioColumn {
  return { status, cost: { horizon, perMonth: 0, perMessageAnswered: 0, bySite: [], uncertainty } } as unknown as ScenarioColumn;
}

describe('a cost difference from the baseline', () => {
  it('is real when even the best plans differ the same way', () => {
    // baseline 1,000 (best ≥ 990), column 1,200 (best ≥ 1,180): the best plans differ by 180 … 210
    expect(costDifference(column(1200, 20), column(1000, 10))).toEqual({ difference: 200, lowest: 180, highest: 210, real: true });
    expect(costDifference(column(800, 20), column(1000, 10))).toEqual({ difference: -200, lowest: -220, highest: -190, real: true });
  });

  it('is within the solvers’ gap when the best plans could differ either way', () => {
    // 1,010 vs 1,000, each up to 15 above its best: −5 … 25
    expect(costDifference(column(1010, 15), column(1000, 15))).toEqual({ difference: 10, lowest: -5, highest: 25, real: false });
  });

  it('leaves a side open for a plan without a proven bound, and is absent without plans', () => {
    expect(costDifference(column(1200, undefined), column(1000, 0))).toEqual({ difference: 200, lowest: null, highest: 200, real: false });
    expect(costDifference(column(1200, 0), column(1000, undefined))).toEqual({ difference: 200, lowest: 200, highest: null, real: true });
    expect(costDifference(column(1200, 0, 'timedout'), column(1000, 0))).toBeNull();
  });
});
