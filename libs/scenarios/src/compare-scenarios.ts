import type { ScenarioFile } from '@app/domain';
import { applyScenarioDefinition } from './apply-definition';
import type { ScenarioComparison } from './comparison.types';
import { forecastOncePerBase } from './forecast-cache';
import { resolveHorizonGrid } from './horizon-grid';
import type { ScenarioPipeline, ScenarioProgress } from './pipeline.types';
import { runScenario, throwIfAborted } from './run-scenario';
import { buildScenarioColumn, withPayrollVsBaseline } from './scenario-column';
import { ScenarioError, ScenarioErrorCode } from './scenario-error';
import type { EffectiveScenario, ScenarioDefinition } from './scenario-definition.types';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

export interface CompareOptions {
  pipeline: ScenarioPipeline;
  /** Weeks of the horizon (default: the first base's horizon). */
  weeks?: number;
  /** First local date of the horizon (default: the first base's horizon start). */
  start?: string;
  solver?: string;
  timeLimitSeconds?: number;
  /** Stochastic replications per scenario (default 20; 0 = planned figures only). */
  replications?: number;
  seed?: number;
  /** Keep each scenario's plan in its column (default false: comparisons stay small). */
  includePlans?: boolean;
  /**
   * Scenarios run at once (default 1). Worth more than 1 only when the pipeline plans off this
   * thread (the API's worker pipeline): then each core solves one scenario.
   */
  concurrency?: number;
  onProgress?: (progress: ScenarioProgress) => void;
  signal?: AbortSignal;
}

/** Compares 2–6 scenario definitions applied to one base setup. */
export function compareScenarios(base: ScenarioFile, definitions: ScenarioDefinition[], options: CompareOptions): Promise<ScenarioComparison> {
  return compareEffectiveScenarios(
    definitions.map((definition) => applyScenarioDefinition(base, definition)),
    options,
  );
}

/**
 * Forecasts, plans and simulates every scenario the same way on the same hour grid, and lays
 * the results side by side in the order given, each column's payroll also as a difference
 * from the first's (the baseline). A scenario without a plan (infeasible, timed out) keeps its
 * column with its status and reason.
 */
export async function compareEffectiveScenarios(scenarios: EffectiveScenario[], options: CompareOptions): Promise<ScenarioComparison> {
  if (scenarios.length < MIN_COMPARED) {
    throw new ScenarioError(ScenarioErrorCode.TooFewScenarios, `a comparison needs at least ${MIN_COMPARED} scenarios, got ${scenarios.length}`);
  }
  if (scenarios.length > MAX_COMPARED) {
    throw new ScenarioError(ScenarioErrorCode.TooManyScenarios, `a comparison shows at most ${MAX_COMPARED} scenarios, got ${scenarios.length}`);
  }
  const ids = new Set<string>();
  for (const scenario of scenarios) {
    if (ids.has(scenario.id)) throw new ScenarioError(ScenarioErrorCode.DuplicateId, `two scenarios share the id "${scenario.id}"`);
    ids.add(scenario.id);
  }
  const currencies = new Set(scenarios.map((scenario) => scenario.scenario.reportingCurrency));
  if (currencies.size > 1) {
    throw new ScenarioError(ScenarioErrorCode.InvalidDefinition, `scenarios report in different currencies (${[...currencies].join(', ')}): use one reporting currency`);
  }
  const grid = resolveHorizonGrid(scenarios[0].base, { weeks: options.weeks, start: options.start });
  const replications = options.replications ?? 20;
  const seed = options.seed ?? 1;
  const progress = options.onProgress ?? (() => undefined);
  const forecastFor = forecastOncePerBase(options.pipeline.forecast, grid, options.signal);
  // each scenario's share of the bar; with several running at once the bar shows their sum
  const done = scenarios.map(() => 0);
  const share = 0.95 / scenarios.length;

  progress({ stage: 'forecast', fraction: 0, message: 'forecasting' });
  const columns = await inPool(scenarios, options.concurrency ?? 1, async (effective, index) => {
    throwIfAborted(options.signal);
    const forecast = await forecastFor(effective.base);
    const run = await runScenario(
      effective,
      forecast,
      grid,
      options.pipeline,
      { solver: options.solver, timeLimitSeconds: options.timeLimitSeconds, replications, seed, signal: options.signal },
      (stage, doneShare, message) => {
        done[index] = doneShare;
        progress({ scenarioId: effective.id, stage, fraction: 0.05 + share * done.reduce((sum, value) => sum + value, 0), message });
      },
    );
    return buildScenarioColumn({ effective, ...run, grid, simulation: run.simulation, includePlan: options.includePlans ?? false });
  });
  progress({ stage: 'done', fraction: 1, message: 'comparison ready' });
  return {
    reportingCurrency: scenarios[0].scenario.reportingCurrency,
    grid,
    weeks: grid.hours / 168,
    replications,
    seed,
    scenarios: withPayrollVsBaseline(columns),
  };
}

/** Maps items with at most `concurrency` of them in flight; results in the items' order; the first failure rejects. */
async function inPool<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(Math.floor(concurrency), items.length)) }, lane));
  return results;
}
