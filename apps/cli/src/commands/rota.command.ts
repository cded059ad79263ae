import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Command } from 'commander';
import { validateScenario } from '@app/domain';
import type { DispatchRun, ScenarioFile } from '@app/domain';
import { buildRota, rotaIcsByAgent, rotaIcsBySite, rotaToCsv, RotaInputError } from '@app/roster';
import type { HolidayDutyRecord, RotaDispatch, RotaPin, RotaPlan, RotaResult } from '@app/roster';
import { CliError } from '../cli-error';
import { parseJsonWithPosition } from './validate.command';

/**
 * `rota --scenario <file.json> --plan <plan.json> --out rota.json [--csv rota.csv]
 * [--ics-dir dir] [--pins pins.json] [--history holiday-history.json] [--history-out file]`:
 * named agents on the planner's shifts. Unreadable or inconsistent input (unknown site in
 * the plan, malformed pins …) exits 2 with the field at fault; a rota with empty seats is
 * written and summarised, its reasons printed.
 */

interface RotaCommandOptions {
  scenario: string;
  plan: string;
  out: string;
  csv?: string;
  icsDir?: string;
  pins?: string;
  history?: string;
  historyOut?: string;
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read the ${what} ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  return parseJsonWithPosition(text, file);
}

/** A list either at the top level of the file or under `key` ({ "pins": [...] }). */
function listIn(value: unknown, key: string, file: string): unknown[] {
  if (Array.isArray(value)) return value;
  const nested = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (Array.isArray(nested)) return nested;
  throw new CliError(`${file} must hold a list (or an object with "${key}": [...])`);
}

function planIn(value: unknown, file: string): RotaPlan {
  const candidate = value && typeof value === 'object' && !('shifts' in value) && 'plan' in value ? (value as { plan: unknown }).plan : value;
  if (!candidate || typeof candidate !== 'object' || !Array.isArray((candidate as RotaPlan).shifts) || !(candidate as RotaPlan).grid) {
    throw new CliError(`${file} is not a plan: it needs "grid" and "shifts" (the planner's output)`);
  }
  return candidate as RotaPlan;
}

/** The plan file's dispatch rule (the planner's `dispatch`), named from the scenario; none in an older or hand-written plan. */
function dispatchIn(plan: RotaPlan, scenario: ScenarioFile): RotaDispatch | undefined {
  const runs = (plan as RotaPlan & { dispatch?: DispatchRun[] }).dispatch;
  return Array.isArray(runs) && runs.length ? { runs, marketplaces: scenario.marketplaces, repeats: plan.grid.mode === 'cyclic' } : undefined;
}

function write(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

export function rotaSummary(result: RotaResult): string[] {
  const { summary } = result;
  const lines = [
    `${result.status}: ${summary.seatsFilled} of ${summary.seatsPlanned} planned shifts filled by ${summary.agents} agents at ${summary.sites} sites; ` +
      `${summary.softBreaches} soft-rule breaches, ${summary.pinIssues} pins not applied`,
  ];
  for (const site of result.fairness.sites) {
    lines.push(
      `  ${site.siteId}: nights ${site.nights.min}–${site.nights.max}, weekends ${site.weekends.min}–${site.weekends.max}, holidays ${site.holidays.min}–${site.holidays.max} per agent`,
    );
  }
  for (const day of result.holidayRotas.filter((d) => d.statutory)) {
    lines.push(
      `  ${day.siteId} ${day.date} ${day.publicHolidays.join(', ')}: crew ${day.crew.length}, ×${day.multiplier} pay, +${day.extraCost} ${day.currency}` +
        (day.extraCostReporting === null ? '' : ` (${day.extraCostReporting} ${day.reportingCurrency})`),
    );
  }
  return [...lines, ...result.messages.slice(1).map((message) => `  ${message}`)];
}

export function registerRotaCommand(program: Command): void {
  program
    .command('rota')
    .description('put named agents on the planned shifts: fair, within labour rules, holiday duty rotated')
    .requiredOption('--scenario <file.json>', 'scenario file (sites, agents, shift templates, events)')
    .requiredOption('--plan <plan.json>', "the planner's output: { grid, shifts }")
    .requiredOption('--out <rota.json>', 'where to write the rota (JSON)')
    .option('--csv <rota.csv>', 'also write the rota as CSV')
    .option('--ics-dir <dir>', 'also write one .ics calendar per agent and per site into this directory')
    .option('--pins <pins.json>', 'pins: [{ agentId, shift: { siteId, templateId, date, localStart } } | { agentId, date, off: true }]')
    .option('--history <holiday-history.json>', 'holiday duty of past seasons: [{ agentId, date, holiday }]')
    .option('--history-out <file.json>', 'write the updated holiday-duty history (past + this rota) here')
    .action((options: RotaCommandOptions) => {
      const checked = validateScenario(readJson(options.scenario, 'scenario'));
      if (!checked.ok) {
        const first = checked.issues.slice(0, 3).map((issue) => `${issue.path || '/'}: ${issue.message}`);
        throw new CliError(`${options.scenario} is not a valid scenario: ${first.join('; ')}${checked.issues.length > 3 ? ` (and ${checked.issues.length - 3} more)` : ''}`);
      }
      const plan = planIn(readJson(options.plan, 'plan'), options.plan);
      const pins = options.pins ? (listIn(readJson(options.pins, 'pins file'), 'pins', options.pins) as RotaPin[]) : [];
      const history = options.history
        ? (listIn(readJson(options.history, 'holiday history'), 'holidayDutyHistory', options.history) as HolidayDutyRecord[])
        : [];

      let result: RotaResult;
      try {
        result = buildRota({ scenario: checked.scenario, plan, pins, holidayDutyHistory: history });
      } catch (error) {
        if (error instanceof RotaInputError) {
          const fileOf = (path: string) => (path.startsWith('plan') ? options.plan : path.startsWith('pins') ? options.pins : path.startsWith('holiday') ? options.history : options.scenario);
          const first = error.issues.slice(0, 3).map((issue) => `${fileOf(issue.path)} ${issue.path}: ${issue.message}`);
          throw new CliError(`cannot build the rota: ${first.join('; ')}${error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : ''}`);
        }
        throw error;
      }

      write(options.out, JSON.stringify(result, null, 2) + '\n');
      const dispatch = dispatchIn(plan, checked.scenario);
      if (options.csv) write(options.csv, rotaToCsv(result.assignments, dispatch));
      if (options.icsDir) {
        try {
          mkdirSync(options.icsDir, { recursive: true });
        } catch (error) {
          throw new CliError(`cannot create ${options.icsDir}: ${(error as Error).message}`);
        }
        const generatedAt = result.options.generatedAt ?? plan.grid.startUtc;
        for (const file of [...rotaIcsByAgent(result.assignments, { generatedAt, dispatch }), ...rotaIcsBySite(result.assignments, { generatedAt, dispatch })]) {
          write(join(options.icsDir, file.fileName), file.ics);
        }
      }
      if (options.historyOut) write(options.historyOut, JSON.stringify(result.holidayDutyHistory, null, 2) + '\n');
      process.stdout.write(rotaSummary(result).join('\n') + '\n');
      process.stdout.write(`rota written to ${options.out}\n`);
    });
}
