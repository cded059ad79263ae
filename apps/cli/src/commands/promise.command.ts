import { toSpreadsheetSafeCsv } from '@app/domain';
import type { Command } from 'commander';
import { promiseTable, rotaSeatsWords, simulate, simulationInputFromRota, type PromiseTable, type RosteredShift } from '@app/simulation';
import { CliError } from '../cli-error';
import { parseMode, parseShare, parseWholeNumber, readPlan, readScenario, readText, runSimulation, simulationInput, writeOutput } from './simulation-files.util';
import { parseJsonWithPosition } from './validate.command';

/**
 * `promise --scenario <file.json> --plan <plan.json> --marketplace <id> [--week-start YYYY-MM-DD]
 * [--out table.csv|table.json]`: what an off-hours auto-reply can promise, hour by hour for a
 * week in the buyers' time, from replications of the plan (default 200 Poisson replications,
 * 90 % confidence), with the ready sentence in the marketplace's language. With `--rota` the
 * promises are of the rota built from the plan (its named agents; an empty seat is nobody) under
 * the plan's dispatch rule. Without `--out` the CSV goes to standard output.
 */

interface PromiseCommandOptions {
  scenario: string;
  plan: string;
  rota?: string;
  marketplace: string;
  weekStart?: string;
  out?: string;
  replications?: string;
  seed?: string;
  mode?: string;
  confidence?: string;
  language?: string;
  roundTo?: string;
}

const DEFAULT_REPLICATIONS = 200;

export function promiseTableCsv(table: PromiseTable): string {
  return toSpreadsheetSafeCsv(
    table.rows.map((row) => [
      row.label,
      row.receivedLocal,
      row.teamOnline ? 'yes' : 'no',
      row.replyByLocal ?? '',
      row.promiseHours === null ? '' : row.promiseHours.toFixed(2),
      row.language,
      row.sentence ?? '',
      row.basis,
    ]),
    { header: true, columns: ['local_hour', 'received_local', 'team_online', 'reply_by_local', 'promise_hours', 'language', 'sentence', 'basis'] },
  );
}

export function registerPromiseCommand(program: Command): void {
  program
    .command('promise')
    .description('the reply time an auto-reply can promise, hour by hour for a week, with the sentence in the buyers’ language')
    .requiredOption('--scenario <file.json>', 'the scenario the plan was made for')
    .requiredOption('--plan <plan.json>', 'the plan: shifts and the arrivals it was planned for')
    .requiredOption('--marketplace <id>', 'the marketplace whose buyers get the auto-reply')
    .option('--rota <rota.json>', 'promise what the rota built from the plan delivers (the rota command’s --out; its empty seats are nobody)')
    .option('--week-start <YYYY-MM-DD>', 'a date in the buyers’ week to tabulate (default: the week the plan starts in)')
    .option('--out <file>', 'write the table as .csv or .json (default: CSV to standard output)')
    .option('--replications <N>', `replications behind the promise (default ${DEFAULT_REPLICATIONS})`)
    .option('--seed <S>', 'random seed (default 1)')
    .option('--mode <mode>', 'poisson | overdispersed | fluid (default poisson)')
    .option('--confidence <share>', 'share of replies the promise must cover (default 0.9)')
    .option('--language <code>', 'ISO 639-1 language of the sentence (default: the marketplace’s first)')
    .option('--round-to <minutes>', 'round promised times up to this many minutes (default 60)')
    .action((options: PromiseCommandOptions) => {
      const scenario = readScenario(options.scenario);
      if (!scenario.marketplaces.some((marketplace) => marketplace.id === options.marketplace)) {
        throw new CliError(`unknown marketplace "${options.marketplace}" (the scenario has ${scenario.marketplaces.map((m) => `"${m.id}"`).join(', ')})`);
      }
      const plan = readPlan(options.plan, scenario);
      const rota = options.rota ? readRota(options.rota) : null;
      const format = options.out === undefined ? 'csv' : options.out.toLowerCase().endsWith('.json') ? 'json' : options.out.toLowerCase().endsWith('.csv') ? 'csv' : null;
      if (!format) throw new CliError(`--out must end in .csv or .json, not "${options.out}"`);
      const confidence = parseShare(options.confidence, '--confidence');
      if (confidence === 1) throw new CliError('--confidence must be below 1: no roster replies to every message with certainty');
      const table = runSimulation(() => {
        const input = rota ? simulationInputFromRota(scenario, plan, rota.assignments) : simulationInput(scenario, plan, null);
        const result = simulate(input, {
          mode: parseMode(options.mode, 'poisson'),
          replications: parseWholeNumber(options.replications, '--replications', 1) ?? DEFAULT_REPLICATIONS,
          seed: parseWholeNumber(options.seed, '--seed', 0),
          promiseConfidence: confidence,
        });
        return promiseTable(result, options.marketplace, {
          weekStart: options.weekStart,
          language: options.language,
          roundToMinutes: parseWholeNumber(options.roundTo, '--round-to', 1),
        });
      });
      const text = format === 'json' ? JSON.stringify(table, null, 2) + '\n' : promiseTableCsv(table);
      if (rota) {
        process.stderr.write(`promises of the rota in ${options.rota} (${rotaSeatsWords(rota.summary?.seatsUnfilled ?? 0)}), under the plan's dispatch rule\n`);
      }
      if (options.out) {
        writeOutput(options.out, text);
        const offline = table.rows.filter((row) => !row.teamOnline && row.sentence);
        process.stdout.write(
          `${table.marketplaceId}: promise table for the week of ${table.weekStart} (${table.timeZone}, ${table.language}, ${Math.round(table.confidence * 100)} % confidence) written to ${options.out}\n` +
            (offline.length ? `  e.g. ${offline[0].label}: ${offline[0].sentence}\n` : ''),
        );
      } else {
        process.stdout.write(text);
      }
    });
}

/** The rota command's JSON: its assignments are the named staffing the promises are of. */
function readRota(file: string): { assignments: RosteredShift[]; summary?: { seatsUnfilled?: number } } {
  const parsed = parseJsonWithPosition(readText(file, 'rota'), file) as { assignments?: unknown; summary?: { seatsUnfilled?: number } } | null;
  if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.assignments)) {
    throw new CliError(`${file} is not a rota: it needs the "assignments" the rota command writes (rota --out ${file})`);
  }
  return { assignments: parsed.assignments as RosteredShift[], summary: parsed.summary };
}
