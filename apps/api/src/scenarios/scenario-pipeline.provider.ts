import type { Provider } from '@nestjs/common';
import type { SolverName } from '@app/optimizer';
import type { PlanRequest, ScenarioPipeline } from '@app/scenarios';
import { forecastArrivalsWith } from '@app/scenarios/adapters/forecast.adapter';
import { COMPARISON_MIP_GAP, DEFAULT_PLAN_SECONDS, describePlanProgress, toPlanOutcome } from '@app/scenarios/adapters/planner.adapter';
import { simulatePlan } from '@app/scenarios/adapters/simulation.adapter';
import { ForecastThread } from '../forecasts/forecast-thread';
import { PlanWorkerRunner } from '../plans/plan-worker.runner';
import { SCENARIO_PIPELINE } from './scenario-pipeline.token';

/**
 * The pipeline the API runs: the forecast on the forecasts module's thread (a large history's
 * forecast held the event loop for seconds), each plan solved in a worker thread by the plans
 * module's runner, so a HiGHS solve never holds the API's event loop (frontier points with an
 * SLA target below 100 % included: one solved here blocked /api/health for 20 s), and the
 * simulation adapter in this process (it yields between steps).
 */
export function createApiScenarioPipeline(runner: PlanWorkerRunner, thread: ForecastThread): ScenarioPipeline {
  return {
    forecast: forecastArrivalsWith((scenario, options) => thread.forecast(scenario, options)),
    plan: async (request) => toPlanOutcome(await planInWorker(runner, request)),
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
      mipGap: COMPARISON_MIP_GAP,
      minSlaAttainment: request.minSlaAttainment,
      headcountSiteIds: request.headcountSiteIds,
    },
    { onProgress: (event) => request.onProgress?.(describePlanProgress(event)), signal: request.signal ?? new AbortController().signal },
  );
}

export const scenarioPipelineProvider: Provider = {
  provide: SCENARIO_PIPELINE,
  useFactory: createApiScenarioPipeline,
  inject: [PlanWorkerRunner, ForecastThread],
};
