import { HOUR_MS, HOURS_PER_WEEK, addDays, formatUtc, utcMidnight, type ScenarioFile } from '@app/domain';
import { scenarioForecastReachUtcMs } from '@app/forecast';
import { applyScenarioDefinition } from './apply-definition';
import type { ScenarioColumn } from './comparison.types';
import { forecastOncePerBase } from './forecast-cache';
import { resolveHorizonGrid } from './horizon-grid';
import type { ScenarioPipeline, ScenarioProgress } from './pipeline.types';
import { runScenario } from './run-scenario';
import { buildScenarioColumn } from './scenario-column';
import type { ScenarioDefinition } from './scenario-definition.types';

/** One refresh of one live scenario, kept so the next refresh can be compared with it. */
export interface LiveRun {
  scenarioId: string;
  /** When the refresh ran, ISO 8601 UTC. */
  ranAt: string;
  /** First date of the planned horizon. */
  horizonStart: string;
  column: ScenarioColumn;
}

export interface LiveChange {
  scenarioId: string;
  name: string;
  current: LiveRun;
  previous: LiveRun | null;
  /** Monthly cost now minus at the previous run (reporting currency); null without both plans. */
  costPerMonthChange: number | null;
  /** Planned SLA attainment now minus at the previous run. */
  slaChange: number | null;
}

export interface LiveRefreshOptions {
  pipeline: ScenarioPipeline;
  /** The refresh's clock, injected (a fake one in tests). */
  now: Date;
  /** The latest run of each scenario, if any. */
  previousRuns: LiveRun[];
  weeks?: number;
  solver?: string;
  timeLimitSeconds?: number;
  replications?: number;
  seed?: number;
  onProgress?: (progress: ScenarioProgress) => void;
  signal?: AbortSignal;
}

/**
 * Weeks the refresh plans from `start`: the base's horizon, cut to the whole weeks a forecast
 * from the stored history can reach (history that ends today reaches 13 weeks from today, not
 * 13 weeks from tomorrow); at least one, so history too old to reach even that is refused by the
 * forecast with its own reason. A cyclic horizon plans its one week.
 */
export function liveWindowWeeks(base: ScenarioFile, start: string): number | undefined {
  if (base.horizon?.mode === 'cyclic') return undefined;
  const wanted = base.horizon?.weeks ?? 1;
  const reach = scenarioForecastReachUtcMs(base);
  if (reach === null) return wanted;
  const fitting = Math.floor((reach - utcMidnight(start)) / (HOURS_PER_WEEK * HOUR_MS));
  return Math.max(1, Math.min(wanted, fitting));
}

/**
 * The nightly refresh, as a pure step a scheduler calls: re-forecasts the base (with its newest
 * history) from the day after `now`, re-plans and re-simulates every definition marked live, and
 * sets each result beside the scenario's previous run. Storing runs and never running twice at
 * once belong to the caller (the API's scheduled job).
 */
export async function refreshLiveScenarios(base: ScenarioFile, definitions: ScenarioDefinition[], options: LiveRefreshOptions): Promise<LiveChange[]> {
  const live = definitions.filter((definition) => definition.live);
  const horizonStart = addDays(formatUtc(options.now.getTime()).slice(0, 10), 1);
  const grid = resolveHorizonGrid(base, { start: horizonStart, weeks: options.weeks ?? liveWindowWeeks(base, horizonStart) });
  const forecast = live.length ? await forecastOncePerBase(options.pipeline.forecast, grid, options.signal)(base) : [];
  const progress = options.onProgress ?? (() => undefined);
  const changes: LiveChange[] = [];
  for (const [index, definition] of live.entries()) {
    const effective = applyScenarioDefinition(base, definition);
    const run = await runScenario(
      effective,
      forecast,
      grid,
      options.pipeline,
      { solver: options.solver, timeLimitSeconds: options.timeLimitSeconds, replications: options.replications ?? 20, seed: options.seed ?? 1, signal: options.signal },
      (stage, done, message) => progress({ scenarioId: definition.id, stage, fraction: (index + done) / live.length, message }),
    );
    const column = buildScenarioColumn({ effective, ...run, grid, includePlan: false });
    const current: LiveRun = { scenarioId: definition.id, ranAt: options.now.toISOString(), horizonStart, column };
    const previous = latestRun(options.previousRuns, definition.id);
    const planned = (entry: LiveRun | null) => entry !== null && (entry.column.status === 'optimal' || entry.column.status === 'feasible');
    changes.push({
      scenarioId: definition.id,
      name: definition.name,
      current,
      previous,
      costPerMonthChange: planned(current) && planned(previous) ? current.column.cost.perMonth - previous!.column.cost.perMonth : null,
      slaChange: planned(current) && planned(previous) ? current.column.sla.planned - previous!.column.sla.planned : null,
    });
  }
  progress({ stage: 'done', fraction: 1, message: `${live.length} live scenario(s) refreshed` });
  return changes;
}

function latestRun(runs: LiveRun[], scenarioId: string): LiveRun | null {
  return runs.filter((run) => run.scenarioId === scenarioId).sort((a, b) => b.ranAt.localeCompare(a.ranAt))[0] ?? null;
}
