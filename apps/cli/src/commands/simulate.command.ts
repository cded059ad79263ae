import type { Command } from 'commander';
import { simulate, type Band, type SimulationResult } from '@app/simulation';
import {
  parseChoice,
  parseMode,
  parseShare,
  parseWholeNumber,
  readMessages,
  readPlan,
  readScenario,
  runSimulation,
  simulationInput,
  writeOutput,
} from './simulation-files.util';

/**
 * `simulate --scenario <file.json> --plan <plan.json> [--replications N] [--seed S]
 * [--mode fluid|poisson|overdispersed] [--messages real.csv] --out result.json`: replays a plan
 * message by message and prints SLA attainment and waits per marketplace. Without `--mode`,
 * `--replications` asks for Poisson replications and no replications for the fluid (expected)
 * run; `--messages` replays real timestamps instead. A plan for an unknown site, negative
 * staffing or arrivals for an unknown marketplace exit 2 naming the field.
 */

interface SimulateCommandOptions {
  scenario: string;
  plan: string;
  out?: string;
  replications?: string;
  seed?: string;
  mode?: string;
  discipline?: string;
  handleTime?: string;
  dispersion?: string;
  slaTarget?: string;
  messages?: string;
}

const percent = (value: number) => (Number.isNaN(value) ? '–' : `${(value * 100).toFixed(1)} %`);
const hours = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(2)} h`);
const band = (value: Band, format: (value: number) => string) =>
  Number.isNaN(value.mean) || value.low === value.high ? format(value.mean) : `${format(value.mean)} (90 % band ${format(value.low)}–${format(value.high)})`;

export function simulationSummary(result: SimulationResult): string[] {
  const lines = [
    `${result.status}: ${result.mode}, ${result.replications} replication${result.replications === 1 ? '' : 's'}, ${result.discipline === 'dispatch' ? 'by the plan’s dispatch rule' : `${result.discipline.toUpperCase()} dispatch`}; ` +
      `${result.messages.mean.toFixed(0)} messages needing a reply, SLA ${band(result.slaAttainment, percent)}, average wait ${band(result.averageWaitHours, hours)}`,
  ];
  for (const marketplace of result.marketplaces) {
    if (!(marketplace.messages > 0)) continue;
    lines.push(
      `  ${marketplace.marketplaceId}: ${marketplace.messages.toFixed(0)} messages, SLA ${band(marketplace.slaAttainment, percent)}` +
        `${result.replications > 1 ? `, P(SLA < ${percent(result.slaTarget)}) ${percent(marketplace.probabilitySlaBelowTarget)}` : ''}` +
        `, wait ${hours(marketplace.averageWaitHours.mean)} mean / ${hours(marketplace.pooledWait.p90Hours)} p90` +
        (marketplace.worstHour ? `, worst hour ${marketplace.worstHour.label} local (${hours(marketplace.worstHour.averageWaitHours)})` : ''),
    );
  }
  for (const pool of result.pools) {
    lines.push(`  site ${pool.siteId}${pool.languages ? ` (${pool.languages.join('/')})` : ''}: occupancy ${band(pool.occupancy, percent)}`);
  }
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  return lines;
}

export function registerSimulateCommand(program: Command): void {
  program
    .command('simulate')
    .description('replay a plan message by message: SLA attainment, first-reply times, backlog, occupancy')
    .requiredOption('--scenario <file.json>', 'the scenario the plan was made for')
    .requiredOption('--plan <plan.json>', 'the plan: shifts and the arrivals it was planned for (the planner’s output)')
    .option('--out <result.json>', 'write the full result here')
    .option('--replications <N>', 'stochastic replications (default 100 when --mode is poisson or overdispersed)')
    .option('--seed <S>', 'random seed (default 1)')
    .option('--mode <mode>', 'fluid | poisson | overdispersed (default: poisson with --replications, else fluid)')
    .option('--discipline <rule>', 'dispatch | edf | priority | fifo (default dispatch: the plan’s published rule; edf, earliest deadline first, for a plan without one)')
    .option('--handle-time <distribution>', 'exponential | fixed (default exponential)')
    .option('--dispersion <cv>', 'overdispersed mode: coefficient of variation of each day’s volume (default 0.25)')
    .option('--sla-target <share>', 'report the probability that SLA attainment falls below this (default 0.95)')
    .option('--messages <file>', 'replay real messages (CSV received_utc,marketplace_id,class_id or JSON) instead of the plan’s volumes')
    .action((options: SimulateCommandOptions) => {
      const scenario = readScenario(options.scenario);
      const plan = readPlan(options.plan, scenario);
      const messages = options.messages ? readMessages(options.messages) : null;
      const replications = parseWholeNumber(options.replications, '--replications', 1);
      const mode = messages ? 'replay' : parseMode(options.mode, replications ? 'poisson' : 'fluid');
      const dispersion = options.dispersion === undefined ? undefined : Number(options.dispersion);
      const result = runSimulation(() =>
        simulate(simulationInput(scenario, plan, messages), {
          mode,
          replications,
          seed: parseWholeNumber(options.seed, '--seed', 0),
          discipline: parseChoice(options.discipline, '--discipline', ['dispatch', 'edf', 'priority', 'fifo'] as const),
          handleTime: parseChoice(options.handleTime, '--handle-time', ['exponential', 'fixed'] as const),
          dispersion,
          slaTarget: parseShare(options.slaTarget, '--sla-target'),
        }),
      );
      if (options.out) writeOutput(options.out, JSON.stringify(result, null, 2) + '\n');
      process.stdout.write(simulationSummary(result).join('\n') + '\n');
    });
}
