import { forecastArrivals } from './adapters/forecast.adapter';
import { planWithOptimizer } from './adapters/planner.adapter';
import { simulatePlan } from './adapters/simulation.adapter';
import type { ScenarioPipeline } from './pipeline.types';

/**
 * The real forecast → plan → simulate chain, all in this thread: what the CLI and benchmarks
 * run. The API builds its own from the same adapters with the plan step in a worker.
 */
export function createDefaultPipeline(): ScenarioPipeline {
  return { forecast: forecastArrivals, plan: planWithOptimizer, simulate: simulatePlan };
}
