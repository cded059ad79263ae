import { Worker } from 'node:worker_threads';
import { benchW1 } from '../__fixtures__/bench-w1.fixture';
import { planScenario } from '../plan-scenario';
import type { PlanResult } from '../plan-result.types';
import { tinyGrid } from '../__fixtures__/tiny-planning.fixture';
import { ROUTING_HOURS, routingScenario } from '../__fixtures__/routing-scenario.fixture';

/**
 * Same inputs, same plan: the planner's effort is solver work (LP re-solves, branch-and-bound
 * nodes), not seconds, so a plan made while another thread keeps a core busy is the plan made
 * on a quiet machine — cost to the cent, same shifts. The instance is the planner bench's W1
 * (three sites, 106 named agents in groups by languages and contract, one week) for the quick
 * effort, and the two-site routing instance for the standard effort's node-limited MIP.
 */
const w1 = benchW1();

/** Busy-loops on `threads` worker threads until stopped: the load of a shared, noisy machine. */
function burnCpu(threads: number): () => Promise<void> {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(
        `const { workerData } = require('node:worker_threads'); const flag = new Int32Array(workerData);
         let x = 0; while (Atomics.load(flag, 0) === 0) { for (let i = 0; i < 1e6; i++) x = (x * 31 + i) % 1000003; }`,
        { eval: true, workerData: flag.buffer },
      ),
  );
  return async () => {
    Atomics.store(flag, 0, 1);
    await Promise.all(workers.map((worker) => worker.terminate()));
  };
}

/** What a plan decides (everything but how long it took). */
function decisions(plan: PlanResult) {
  return {
    status: plan.status,
    objective: plan.objective,
    totalCost: plan.totalCost,
    lpBound: plan.lpBound,
    bound: plan.bound,
    shifts: plan.shifts.map((shift) => [shift.siteId, shift.templateId, shift.startUtc, shift.group, shift.count]),
    payroll: plan.payroll,
    slaAttainment: plan.slaAttainment,
    staffingGap: plan.staffingGap,
  };
}

async function planW1(effort: 'quick' | 'standard'): Promise<PlanResult> {
  return planScenario(w1.scenario, {
    arrivals: w1.arrivals,
    grid: w1.grid,
    openingBacklog: w1.openingBacklog,
    solver: 'highs',
    effort,
    // only a safety cap: generous, so that it never binds even on a loaded CI machine
    timeLimitSeconds: 600,
  });
}

describe('planning effort is solver work, not time', () => {
  it('gives the same quick plan on a quiet and on a loaded machine', async () => {
    const quiet = await planW1('quick');
    const stop = burnCpu(2);
    let loaded: PlanResult;
    try {
      loaded = await planW1('quick');
    } finally {
      await stop();
    }
    expect(quiet.status).toBe('feasible');
    expect(quiet.clockLimitReached).toBe(false);
    expect(loaded.clockLimitReached).toBe(false);
    expect(quiet.effort).toBe('quick');
    expect(quiet.shifts.length).toBeGreaterThan(50);
    expect(decisions(loaded)).toEqual(decisions(quiet));
  }, 300_000);

  it('gives the same standard plan, MIP nodes counted, on a quiet and on a loaded machine', async () => {
    // a headcount model: the standard effort runs the window's MIP, limited by nodes (a zero gap target keeps it searching)
    const { scenario, arrivals } = routingScenario({ waitUs: 2, waitDe: 2 });
    const plan = () => planScenario(scenario, { arrivals, grid: tinyGrid(ROUTING_HOURS), solver: 'highs', effort: 'standard', mipGap: 0, timeLimitSeconds: 600 });
    const quiet = await plan();
    const stop = burnCpu(2);
    let loaded: PlanResult;
    try {
      loaded = await plan();
    } finally {
      await stop();
    }
    expect(quiet.integerSource).toBe('mip');
    expect(quiet.shifts.length).toBeGreaterThan(0);
    expect(quiet.clockLimitReached).toBe(false);
    expect(decisions(loaded)).toEqual(decisions(quiet));
  }, 300_000);

  it('says when the safety cap stopped the work before the effort was spent', async () => {
    const capped = await planScenario(w1.scenario, { arrivals: w1.arrivals, grid: w1.grid, openingBacklog: w1.openingBacklog, solver: 'highs', effort: 'thorough', timeLimitSeconds: 0.5 });
    // a named team always gets a plan (the LP is given the time it needs), but not the thorough one
    expect(capped.shifts.length).toBeGreaterThan(0);
    expect(capped.clockLimitReached).toBe(true);
  }, 300_000);
});
