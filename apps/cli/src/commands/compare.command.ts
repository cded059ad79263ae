import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { compareEffectiveScenarios, comparisonToCsv, comparisonToJson, ScenarioError, type ScenarioComparison } from '@app/scenarios';
import { createDefaultPipeline } from '@app/scenarios/default-pipeline';
import { ForecastError } from '@app/forecast';
import { OptimizerError, defaultPlanOptions } from '@app/optimizer';
import { SimulationError } from '@app/simulation';
import { CliError } from '../cli-error';
import { loadComparedScenarios } from '../compare/compared-scenario.loader';

interface CompareCommandOptions {
  scenario: string[];
  out: string;
  csv?: string;
  weeks?: string;
  start?: string;
  solver: string;
  timeLimit: string;
  replications: string;
  seed: string;
}

/** `compare --scenario a.json --scenario b.json … --out comparison.json [--csv comparison.csv] [--weeks N]` */
export function registerCompareCommand(program: Command): void {
  program
    .command('compare')
    .description('Forecast, plan and simulate 2–6 scenarios the same way and compare cost and service side by side')
    .option('--scenario <file>', 'a scenario file, or a scenario definition with "base" and "overrides" (repeat 2–6 times)', collect, [])
    .requiredOption('--out <file>', 'where to write the comparison as JSON')
    .option('--csv <file>', 'also write the comparison as CSV (one row per figure, one column per scenario)')
    .option('--weeks <n>', 'weeks to plan (default: the first scenario’s horizon)')
    .option('--start <date>', 'first date of the horizon YYYY-MM-DD (default: the first scenario’s horizon)')
    .option('--solver <name>', 'highs or jslp', defaultPlanOptions.solver)
    .option('--time-limit <seconds>', 'time limit of each plan', String(defaultPlanOptions.timeLimitSeconds))
    .option('--replications <n>', 'stochastic replications of each simulation (0: planned figures only)', '20')
    .option('--seed <n>', 'seed of the simulations', '1')
    .action(async (options: CompareCommandOptions) => {
      if (options.scenario.length < 2 || options.scenario.length > 6) {
        throw new CliError(`compare needs 2 to 6 --scenario files, got ${options.scenario.length}`);
      }
      if (options.solver !== 'highs' && options.solver !== 'jslp') throw new CliError(`--solver must be highs or jslp, got "${options.solver}"`);
      const scenarios = loadComparedScenarios(options.scenario);
      let comparison: ScenarioComparison;
      try {
        comparison = await compareEffectiveScenarios(scenarios, {
          pipeline: createDefaultPipeline(),
          weeks: options.weeks === undefined ? undefined : wholeNumber('--weeks', options.weeks, 1, 13),
          start: options.start,
          solver: options.solver,
          timeLimitSeconds: positiveNumber('--time-limit', options.timeLimit),
          replications: wholeNumber('--replications', options.replications, 0, 10_000),
          seed: wholeNumber('--seed', options.seed, 0, 2 ** 31 - 1),
          onProgress: (progress) => process.stderr.write(`[${Math.round(progress.fraction * 100)}%] ${progress.message}\n`),
        });
      } catch (error) {
        // the libraries' typed errors are about the input (a bad grid, a plan for an unknown site): one line, exit 2
        if (error instanceof ScenarioError || error instanceof ForecastError || error instanceof OptimizerError || error instanceof SimulationError) {
          throw new CliError(error.message);
        }
        throw error;
      }
      writeFileSync(options.out, comparisonToJson(comparison));
      if (options.csv) writeFileSync(options.csv, comparisonToCsv(comparison));
      printSummary(comparison);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new CliError(`${flag} must be a whole number from ${min} to ${max}, got "${text}"`);
  return value;
}

function positiveNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new CliError(`${flag} must be a positive number of seconds, got "${text}"`);
  return value;
}

function printSummary(comparison: ScenarioComparison): void {
  const money = (value: number) => `${value.toFixed(2)} ${comparison.reportingCurrency}`;
  const share = (value: number) => `${(value * 100).toFixed(1)}%`;
  for (const column of comparison.scenarios) {
    if (column.status !== 'optimal' && column.status !== 'feasible') {
      process.stdout.write(`${column.name}: no plan (${column.status}) ${column.message ?? ''}\n`);
      continue;
    }
    const band = column.sla.simulated ? ` (simulated band ${share(column.sla.simulated.low)}–${share(column.sla.simulated.high)}${column.sla.outsideBand ? ', OUTSIDE it' : ''})` : '';
    process.stdout.write(
      `${column.name}: ${money(column.cost.perMonth)} a month, ${money(column.cost.perMessageAnswered)} a message, SLA ${share(column.sla.planned)} by the plan's dispatch rule${band}\n`,
    );
    for (const note of column.serviceNotes) process.stdout.write(`  ${note}\n`);
  }
}
