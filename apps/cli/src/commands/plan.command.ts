import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { validateScenario } from '@app/domain';
import type { HourGrid, QueueArrivals, ScenarioFile } from '@app/domain';
import { ForecastError, forecastScenario, toQueueArrivals } from '@app/forecast';
import { MAX_PLAN_WEEKS, OptimizerError, PLAN_EFFORTS, closingBacklog, isPlanEffort, defaultPlanOptions, defaultTimeLimitSeconds, gridEndUtc, localToday, resolvePlanWindow } from '@app/optimizer';
import { planForNamedTeam, type TeamPlanResult } from '@app/scenarios/adapters/team-plan.adapter';
import type { PlanProgressEvent, PlanResult, SolverName } from '@app/optimizer';
import { CliError } from '../cli-error';

/**
 * `plan --scenario <file.json> [--start YYYY-MM-DD] [--weeks N] [--previous-plan plan.json]
 * [--solver highs|jslp] [--effort quick|standard|thorough] [--time-limit s] [--mip-gap g] [--arrivals <json>] [--wait-margin h] [--days-off-patterns]
 * [--min-sla share] --out plan.json`
 *
 * The cheapest integer shift mix for a window of the scenario's horizon, placed by the planner's
 * one window rule (default: the next full week) with the planner's defaults. Arrivals come from
 * the forecast of the scenario's history (the window's slice of the horizon's forecast), or from
 * `--arrivals` (a QueueArrivals[] array, or an object with `arrivals` and optionally `grid` and
 * `openingBacklog`, like bench/instances/*.json). The window opens with the closing backlog of
 * `--previous-plan` (the plan of the week before), else with none, and says which. Progress goes
 * to stderr; an infeasible plan is written, explained, and exits 2.
 */

interface PlanCommandOptions {
  scenario: string;
  out: string;
  weeks?: string;
  start?: string;
  solver: string;
  effort: string;
  timeLimit?: string;
  mipGap: string;
  arrivals?: string;
  previousPlan?: string;
  waitMargin?: string;
  minSla?: string;
  daysOffPatterns?: boolean;
}

export function registerPlanCommand(program: Command): void {
  program
    .command('plan')
    .description('Plan the cheapest integer shift mix that answers every message within its deadline (LP bound, gap, service)')
    .requiredOption('--scenario <file>', 'scenario JSON file')
    .requiredOption('--out <file>', 'where to write the plan (JSON)')
    .option('--start <date>', 'first date of the window YYYY-MM-DD, inside the horizon (default: the next full week)')
    .option('--weeks <n>', `weeks the window covers, 1–${MAX_PLAN_WEEKS}`, String(defaultPlanOptions.weeks))
    .option('--previous-plan <file>', 'the plan of the week before (a plan.json ending where the window starts): the window opens with its closing backlog')
    .option('--solver <name>', 'highs or jslp', defaultPlanOptions.solver)
    .option('--effort <level>', `solver work the plan gets, ${PLAN_EFFORTS.join(' | ')}: the same effort gives the same plan on any machine`, defaultPlanOptions.effort)
    .option('--time-limit <seconds>', `wall-clock safety cap of the solve (default: ${defaultPlanOptions.timeLimitSeconds} s for one week, 20 s a week for longer windows)`)
    .option('--mip-gap <share>', 'stop improving within this relative gap of the bound', String(defaultPlanOptions.mipGap))
    .option('--arrivals <file>', 'explicit hourly arrivals instead of the forecast')
    .option('--wait-margin <hours>', 'hours taken off every average-wait target (for an earliest-deadline-first floor)')
    .option('--min-sla <share>', 'least share of messages within their deadline (default 1)')
    .option('--days-off-patterns', 'plan two days off together for five-day contracts (a soft rule; off by default: on the bench it made plans slower without fewer rota breaches)')
    .action(async (options: PlanCommandOptions) => {
      const scenario = readScenario(options.scenario);
      const solver = solverName(options.solver);
      if (!isPlanEffort(options.effort)) throw new CliError(`--effort must be ${PLAN_EFFORTS.join(', ')}, got "${options.effort}"`);
      const effort = options.effort;
      const mipGap = share('--mip-gap', options.mipGap);
      const explicit = options.arrivals ? readArrivals(options.arrivals) : null;
      const grid = explicit?.grid ?? gridFor(scenario, options);
      const timeLimitSeconds = options.timeLimit === undefined ? defaultTimeLimitSeconds(grid.hours / 168) : positive('--time-limit', options.timeLimit);
      const arrivals = explicit?.arrivals ?? (await forecastArrivals(scenario, grid));
      const opening = explicit?.openingBacklog ? { queues: explicit.openingBacklog, note: `Opens with the backlog given in ${options.arrivals}.` } : openingFrom(options.previousPlan, grid);
      let result: TeamPlanResult;
      try {
        ({ plan: result } = await planForNamedTeam(scenario, {
          arrivals,
          grid,
          openingBacklog: opening.queues.length ? opening.queues : undefined,
          solver,
          effort,
          timeLimitSeconds,
          mipGap,
          waitMarginHours: options.waitMargin === undefined ? undefined : nonNegative('--wait-margin', options.waitMargin),
          minSlaAttainment: options.minSla === undefined ? undefined : share('--min-sla', options.minSla),
          daysOffPatterns: options.daysOffPatterns,
          onProgress: (event) => process.stderr.write(`${describeProgress(event, scenario.reportingCurrency)}\n`),
        }));
      } catch (error) {
        if (error instanceof OptimizerError) throw new CliError(error.message);
        throw error;
      }
      // said beside a plan, and without one only when a backlog was carried in (which may be why)
      if (result.status === 'optimal' || result.status === 'feasible' || opening.queues.length) result = { ...result, notes: [opening.note, ...result.notes] };
      writeFileSync(options.out, JSON.stringify(result, null, 2) + '\n');
      if (result.status === 'infeasible') {
        for (const finding of result.infeasibility?.findings ?? []) process.stderr.write(`  - ${finding.message}\n`);
        throw new CliError(result.message);
      }
      if (result.status !== 'optimal' && result.status !== 'feasible') throw new CliError(`${result.message} (status ${result.status})`);
      printSummary(result, options.out);
    });
}

function readScenario(file: string): ScenarioFile {
  const validation = validateScenario(readJson(file, '--scenario'));
  if (!validation.ok) {
    const [first] = validation.issues;
    const more = validation.issues.length > 1 ? ` (and ${validation.issues.length - 1} more; run "validate")` : '';
    throw new CliError(`${file}: ${first.path ? `${first.path}: ` : ''}${first.message}${more}`);
  }
  return validation.scenario;
}

function readArrivals(file: string): { arrivals: QueueArrivals[]; grid?: HourGrid; openingBacklog?: QueueArrivals[] } {
  const parsed = readJson(file, '--arrivals') as unknown;
  if (Array.isArray(parsed)) return { arrivals: parsed as QueueArrivals[] };
  if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { arrivals?: unknown }).arrivals)) {
    const { arrivals, grid, openingBacklog } = parsed as { arrivals: QueueArrivals[]; grid?: HourGrid; openingBacklog?: QueueArrivals[] };
    return { arrivals, grid, openingBacklog };
  }
  throw new CliError(`${file}: expected an array of {marketplaceId, classId, values} or an object with "arrivals"`);
}

function readJson(file: string, flag: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${flag}: cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

function gridFor(scenario: ScenarioFile, options: PlanCommandOptions): HourGrid {
  const weeks = wholeNumber('--weeks', options.weeks ?? String(defaultPlanOptions.weeks), 1, MAX_PLAN_WEEKS);
  const today = localToday(new Date(), scenario.sites[0]?.timeZone ?? 'UTC');
  const outcome = resolvePlanWindow(scenario.horizon, { start: options.start, weeks }, today);
  if (!outcome.ok) throw new CliError(`--${outcome.field}: ${outcome.message}`);
  return outcome.window.grid;
}

/**
 * The closing backlog of the plan of the week before, from its plan file; without one the window
 * opens empty (the CLI keeps no plans of its own) and the plan's notes say so.
 */
function openingFrom(file: string | undefined, grid: HourGrid): { queues: QueueArrivals[]; note: string } {
  if (file === undefined) {
    return { queues: [], note: `Opens with no backlog: no plan of the week before was given (--previous-plan <plan.json> carries its closing backlog into ${grid.startUtc}).` };
  }
  const previous = readJson(file, '--previous-plan') as Partial<PlanResult>;
  if (!previous?.grid || !Array.isArray(previous.queues)) throw new CliError(`${file}: not a plan file (no "grid" and "queues"); write one with "plan --out"`);
  if (previous.grid.mode !== 'dated' || gridEndUtc(previous.grid) !== grid.startUtc) {
    throw new CliError(`--previous-plan: ${file} ends at ${gridEndUtc(previous.grid)}, not where the window starts (${grid.startUtc})`);
  }
  const queues = closingBacklog(previous as PlanResult).filter((queue) => queue.values[0] > 0);
  const messages = queues.reduce((total, queue) => total + queue.values[0], 0);
  return { queues, note: `Opens with ${messages.toLocaleString('en-US', { maximumFractionDigits: 1 })} message${messages === 1 ? '' : 's'} still waiting at the end of ${file}.` };
}

async function forecastArrivals(scenario: ScenarioFile, grid: HourGrid): Promise<QueueArrivals[]> {
  if (!scenario.history.length) throw new CliError('the scenario has no message history to forecast from: give --arrivals <file>');
  process.stderr.write(`forecasting ${grid.hours} hours from the scenario's history…\n`);
  try {
    const forecast = await forecastScenario(scenario, { startUtcMs: Date.parse(grid.startUtc), hours: grid.hours });
    const failed = forecast.marketplaces.filter((m) => m.status !== 'ok');
    if (failed.length) {
      throw new CliError(`cannot forecast ${failed.map((m) => `${m.marketplaceId} (${m.message ?? m.status})`).join('; ')}: give --arrivals <file>`);
    }
    return toQueueArrivals(forecast);
  } catch (error) {
    if (error instanceof ForecastError) throw new CliError(`forecast: ${error.message}`);
    throw error;
  }
}

function describeProgress(event: PlanProgressEvent, currency: string): string {
  const t = (s: number) => `[${s.toFixed(1)} s]`;
  switch (event.kind) {
    case 'start':
      return `solving with ${event.solver}: ${event.variables} variables, ${event.constraints} constraints, ${event.integers} shift options`;
    case 'lp-bound':
      return `${t(event.seconds)} LP bound ${event.bound.toFixed(2)} ${currency}: no plan can cost less`;
    case 'incumbent':
      return `${t(event.seconds)} plan costing ${event.cost.toFixed(2)} ${currency} (${event.source}), gap ${(event.gap * 100).toFixed(2)} %`;
    case 'done':
      return `${t(event.seconds)} ${event.status}`;
  }
}

function printSummary(result: TeamPlanResult, out: string): void {
  const money = (v: number) => `${v.toLocaleString('en-US', { maximumFractionDigits: 0 })} ${result.reportingCurrency}`;
  const lines = [
    result.message,
    `cost ${money(result.totalCost)} (${result.costBySite.map((c) => `${c.siteId} ${money(c.reporting)}`).join(', ')}), ${result.costPerMessage.toFixed(3)} ${result.reportingCurrency} per message`,
    `LP bound ${result.lpBound === null ? '—' : money(result.lpBound)}, gap ${result.gap === null ? '—' : `${(result.gap * 100).toFixed(2)} %`}, ${result.solver}, ${result.timings.total.toFixed(1)} s`,
    ...result.marketplaces.map(
      (m) =>
        `  ${m.marketplaceId}: ${(m.slaAttainment * 100).toFixed(2)} % within deadline, average ${m.averageWaitHours.toFixed(2)} h, p90 ${m.p90WaitHours.toFixed(0)} h` +
        (m.waitTargetHours !== undefined ? ` (target ${m.waitTargetHours} h)` : ''),
    ),
    ...(result.carriedOver ? [carriedOverLine(result)] : []),
    ...(result.promiseRounds
      ? [`dispatch rule replayed: ${result.promiseRounds} solve${result.promiseRounds === 1 ? '' : 's'} until it kept the promises${result.missedTargets.length ? `, ${result.missedTargets.length} target${result.missedTargets.length === 1 ? '' : 's'} still missed (see notes)` : ''}`]
      : []),
    ...result.payroll.sites.map(
      (site) =>
        `  payroll ${site.siteId}: base ${money(site.base)}, premiums ${money(site.premiums)}, overtime ${money(site.overtime)}, vendor ${money(site.vendor)}, idle contracted hours ${money(site.idleContracted)}`,
    ),
    ...(result.rotaCheck ? [`named rota: ${result.rotaCheck.seatsFilled} of ${result.rotaCheck.seatsPlanned} seats filled (${result.rotaCheck.rounds} plan round${result.rotaCheck.rounds === 1 ? '' : 's'})`] : []),
    ...result.staffingGap.flatMap((gap) => [
      `staffing gap: ${gap.message} Cheapest: ${gap.options[0].description} (${money(gap.options[0].cost)}).`,
      ...gap.options.map((option) => `  ${option.kind}: ${option.description}, ${money(option.cost)}`),
      `  ready scenario: ${describeFix(gap.suggestedFix)}`,
    ]),
    ...result.notes.map((note) => `note: ${note}`),
    `plan written to ${out}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/** A gap's cheapest ready override in a line: the scenario to compare with the team as it is. */
function describeFix(fix: PlanResult['staffingGap'][number]['suggestedFix']): string {
  if (fix.kind === 'hire-agents') return `hire-agents ${fix.count} like ${fix.likeAgentId} at ${fix.siteId} from ${fix.from}`;
  const v = fix.vendor;
  const hours = v.serviceHours.map((w) => (w.start === w.end ? 'all day' : `${w.start}–${w.end} ${v.timeZone}`)).join(', ');
  return `vendor "${v.name}" (${v.languages.join(', ')}) ${v.start} – ${v.end}, ${hours}, ${v.pricePerMessage} ${v.currency} a message, up to ${v.capacityPerHour} an hour`;
}

/** The messages a dated plan leaves to the next one, beside what a steady hour holds, next to the SLA lines. */
function carriedOverLine(result: PlanResult): string {
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 0 });
  const carried = result.carriedOver!;
  const each = result.marketplaces.map((m) => `${m.marketplaceId} ${n(m.carriedOver)} (${n(m.averageBacklog)})`).join(', ');
  return `  left to the next plan: ${n(carried.messages)} messages not yet due, a steady hour holds ${n(carried.averageBacklog)} (${each})`;
}

function solverName(text: string): SolverName {
  if (text !== 'highs' && text !== 'jslp') throw new CliError(`--solver must be highs or jslp, got "${text}"`);
  return text;
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new CliError(`${flag} must be a whole number from ${min} to ${max}, got "${text}"`);
  return value;
}

function positive(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new CliError(`${flag} must be a positive number, got "${text}"`);
  return value;
}

function nonNegative(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new CliError(`${flag} must be 0 or more, got "${text}"`);
  return value;
}

function share(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new CliError(`${flag} must be a share from 0 to 1, got "${text}"`);
  return value;
}
