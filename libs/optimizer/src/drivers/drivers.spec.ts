import { createJsLpDriver } from './jslp.driver';
import { loadHighsDriver } from './highs.driver';
import { ModelBuilder } from '../model/model-builder';
import { equalTo, greaterEq, lessEq, sum, term, times } from '../model/linear-expression';
import type { LinearModel, SolverDriver } from '../model/linear-model.types';
import { solveModel } from '../model/solve-model';

/** Small models with optima worked out by hand; every driver must reproduce them. */

function workshop(integer: boolean): LinearModel {
  // maximise 30 chairs + 50 tables (minimise the negative); carpentry c + 2t ≤ 40, finishing 2c + t ≤ 50
  const m = new ModelBuilder('workshop');
  const chairs = m.addVariable('chairs', { integer, cost: -30 });
  const tables = m.addVariable('tables', { integer, cost: -50 });
  m.add(lessEq('carpentry', sum(chairs, term(tables, 2)), 40));
  m.add(lessEq('finishing', sum(term(chairs, 2), tables), 50));
  return m.build();
}

function fractionalMip(): LinearModel {
  // min x + y, 2x + 2y ≥ 3, integers: LP optimum 1.5, integer optimum 2
  const m = new ModelBuilder('fractional');
  const x = m.addVariable('x', { integer: true, cost: 1 });
  const y = m.addVariable('y', { integer: true, cost: 1 });
  m.add(greaterEq('cover', times(2, sum(x, y)), 3));
  return m.build();
}

function boundsAndEquality(): LinearModel {
  // min 2a + 3b − c + 10 with a ∈ [1, 4], b ∈ [0, 2], c ∈ [−5, 5]; a + b = 3, c ≤ a + 1
  // c = a + 1 at the optimum: cost 2a + 3(3 − a) − (a + 1) + 10 = 18 − 2a, best a = 3: 12
  const m = new ModelBuilder('bounds');
  const a = m.addVariable('a', { lower: 1, upper: 4, cost: 2 });
  const b = m.addVariable('b', { upper: 2, cost: 3 });
  const c = m.addVariable('c', { lower: -5, upper: 5, cost: -1 });
  m.addObjectiveConstant(10);
  m.add(equalTo('split', sum(a, b), 3));
  m.add(lessEq('link', sum(c), sum(a, { terms: [], constant: 1 })));
  return m.build();
}

function infeasible(): LinearModel {
  const m = new ModelBuilder('infeasible');
  const x = m.addVariable('x', { upper: 1, cost: 1 });
  m.add(greaterEq('too-much', sum(x), 2));
  return m.build();
}

function unbounded(): LinearModel {
  const m = new ModelBuilder('unbounded');
  const x = m.addVariable('x', { cost: -1 });
  const y = m.addVariable('y', { cost: 0 });
  m.add(greaterEq('link', sum(x), sum(y)));
  return m.build();
}

describe.each<[string, () => Promise<SolverDriver>]>([
  ['highs', () => loadHighsDriver()],
  ['jslp', async () => createJsLpDriver()],
])('%s driver', (_name, load) => {
  let driver: SolverDriver;
  beforeAll(async () => {
    driver = await load();
  });
  const limit = { timeLimitSeconds: 10 };

  it('solves the workshop LP and MIP (profit 1100 at 20 chairs, 10 tables)', () => {
    for (const integer of [false, true]) {
      const result = solveModel(driver, workshop(integer), limit);
      expect(result.status).toBe('optimal');
      expect(result.objective).toBeCloseTo(-1100, 6);
      expect(result.values?.[0]).toBeCloseTo(20, 6);
      expect(result.values?.[1]).toBeCloseTo(10, 6);
    }
  });

  it('tells the LP relaxation (1.5) from the integer optimum (2)', () => {
    const model = fractionalMip();
    expect(solveModel(driver, model, { ...limit, relax: true }).objective).toBeCloseTo(1.5, 6);
    const mip = solveModel(driver, model, limit);
    expect(mip.status).toBe('optimal');
    expect(mip.objective).toBeCloseTo(2, 6);
  });

  it('honours variable bounds, equalities, negative values and the objective constant', () => {
    const result = solveModel(driver, boundsAndEquality(), limit);
    expect(result.status).toBe('optimal');
    expect(result.objective).toBeCloseTo(12, 6);
    expect(result.values).toEqual([expect.closeTo(3, 6), expect.closeTo(0, 6), expect.closeTo(4, 6)]);
  });

  it('reports infeasible and unbounded models as statuses, not exceptions', () => {
    expect(solveModel(driver, infeasible(), limit).status).toBe('infeasible');
    expect(solveModel(driver, unbounded(), limit).status).toBe('unbounded');
  });

  it('re-solves a session after bounds change', () => {
    const session = driver.open(workshop(true));
    try {
      session.setBounds([1], [0], [5]);
      const limited = session.solve(limit);
      // tables ≤ 5: chairs = min(40 − 10, (50 − 5)/2 = 22.5 → 22) = 22: 660 + 250 = 910
      expect(limited.objective).toBeCloseTo(-910, 6);
      session.setBounds([1], [0], [Infinity]);
      expect(session.solve(limit).objective).toBeCloseTo(-1100, 6);
    } finally {
      session.dispose();
    }
  });
});

describe('highs driver extras', () => {
  it('reports the MIP bound and a zero gap at optimality', async () => {
    const driver = await loadHighsDriver();
    const result = solveModel(driver, fractionalMip(), { timeLimitSeconds: 10, mipGap: 0 });
    expect(result.bound).toBeCloseTo(2, 6);
    expect(result.gap).toBe(0);
  });
});
