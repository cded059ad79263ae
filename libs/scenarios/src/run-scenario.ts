import type { HourGrid, QueueArrivals } from '@app/domain';
import { peakArrivals } from './apply-definition';
import { buildPlanningInput, type PlanningInput } from './planning/planning-input';
import type { PlanOutcome, ScenarioPipeline, SimulationOutcome } from './pipeline.types';
import { ScenarioError, ScenarioErrorCode } from './scenario-error';
import type { EffectiveScenario } from './scenario-definition.types';

export interface RunSettings {
  solver?: string;
  timeLimitSeconds?: number;
  /** Stochastic replications of the simulation (0: plan only). */
  replications: number;
  seed: number;
  signal?: AbortSignal;
}

export interface ScenarioRun {
  input: PlanningInput;
  arrivingBeforeDeflection: QueueArrivals[];
  outcome: PlanOutcome;
  simulation: SimulationOutcome | null;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ScenarioError(ScenarioErrorCode.Aborted, 'the run was cancelled');
}

/** Plans one scenario on the base forecast and, when there is a plan and a simulator, replays it the same way as every other scenario. */
export async function runScenario(
  effective: EffectiveScenario,
  forecast: QueueArrivals[],
  grid: HourGrid,
  pipeline: ScenarioPipeline,
  settings: RunSettings,
  report: (stage: 'plan' | 'simulate', done: number, message: string) => void = () => undefined,
): Promise<ScenarioRun> {
  throwIfAborted(settings.signal);
  const input = buildPlanningInput(effective, forecast, grid);
  const arrivingBeforeDeflection = peakArrivals(effective, forecast, grid);
  report('plan', 0, `planning ${effective.name}`);
  const outcome = await pipeline.plan({
    scenario: input.scenario,
    arrivals: input.arrivals,
    grid,
    solver: settings.solver,
    timeLimitSeconds: settings.timeLimitSeconds,
    headcountSiteIds: Object.keys(input.vendorSites),
    onProgress: (message) => report('plan', 0.5, `${effective.name}: ${message}`),
    signal: settings.signal,
  });
  throwIfAborted(settings.signal);
  let simulation: SimulationOutcome | null = null;
  if (outcome.plan && pipeline.simulate && settings.replications > 0) {
    report('simulate', 0.7, `simulating ${effective.name}`);
    simulation = await pipeline.simulate({
      scenario: input.scenario,
      plan: outcome.plan,
      replications: settings.replications,
      seed: settings.seed,
      onProgress: (message) => report('simulate', 0.85, `${effective.name}: ${message}`),
      signal: settings.signal,
    });
    throwIfAborted(settings.signal);
  }
  report('simulate', 1, `${effective.name}: ${outcome.status}`);
  return { input, arrivingBeforeDeflection, outcome, simulation };
}
