import type { Provider } from '@nestjs/common';
import { planScenario, type SolverName } from '@app/optimizer';
import type { PlanRequest, ScenarioPipeline } from '@app/scenarios';
import { forecastArrivals } from '@app/scenarios/adapters/forecast.adapter';
import { simulatePlan } from '@app/scenarios/adapters/simulation.adapter';
import { PlanWorkerRunner } from '../plans/plan-worker.runner';
import { describePlanProgress, toPlanOutcome } from './plan-outcome.mapper';
import { SCENARIO_PIPELINE } from './scenario-pipeline.token';

/** Used when a run names no time limit. */
const DEFAULT_PLAN_SECONDS = 30;
/**
 * Comparisons, frontiers, what-ifs and the refresh stop improving a plan once it is within 1 %
 * of the proven bound (the planner's own default is 0.5 %): side-by-side figures need no more,
 * every column reports its bound and gap, and proving the last half percent can take longer
 * than the rest of the solve.
 */
export const ANALYSIS_MIP_GAP = 0.01;

/**
 * The pipeline the API runs: the forecast and simulation adapters of the scenarios library in
 * this process (they yield between steps), and each plan solved in a worker thread by the plans
 * module's runner, so a HiGHS solve never holds the API's event loop.
 */
export function createApiScenarioPipeline(runner: PlanWorkerRunner): ScenarioPipeline {
  return {
    forecast: forecastArrivals,
    plan: async (request) => toPlanOutcome(request.minSlaAttainment === undefined ? await planInWorker(runner, request) : await planHere(request)),
    simulate: simulatePlan,
  };
}

function planInWorker(runner: PlanWorkerRunner, request: PlanRequest) {
  return runner.run(
    {
      scenario: request.scenario,
      arrivals: request.arrivals,
      grid: request.grid,
      solver: (request.solver ?? 'highs') as SolverName,
      timeLimitSeconds: request.timeLimitSeconds ?? DEFAULT_PLAN_SECONDS,
      mipGap: ANALYSIS_MIP_GAP,
    },
    { onProgress: (event) => request.onProgress?.(describePlanProgress(event)), signal: request.signal ?? new AbortController().signal },
  );
}

/**
 * A plan with an SLA target below 100 % (frontier points): the plans worker takes no SLA target
 * yet, so these solve in this process, holding the event loop while HiGHS runs.
 */
function planHere(request: PlanRequest) {
  return planScenario(request.scenario, {
    arrivals: request.arrivals,
    grid: request.grid,
    solver: (request.solver ?? 'highs') as SolverName,
    timeLimitSeconds: request.timeLimitSeconds ?? DEFAULT_PLAN_SECONDS,
    mipGap: ANALYSIS_MIP_GAP,
    minSlaAttainment: request.minSlaAttainment,
    onProgress: (event) => request.onProgress?.(describePlanProgress(event)),
    signal: request.signal,
  });
}

export const scenarioPipelineProvider: Provider = {
  provide: SCENARIO_PIPELINE,
  useFactory: createApiScenarioPipeline,
  inject: [PlanWorkerRunner],
};
