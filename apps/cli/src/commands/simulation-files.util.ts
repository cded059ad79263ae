import { readFileSync, writeFileSync } from 'fs';
import { parse } from 'csv-parse/sync';
import { validateScenario, type DispatchRun, type PlannedWorkload, type ScenarioFile } from '@app/domain';
import {
  SimulationError,
  simulationInputFromPlan,
  validatePlannedWorkload,
  type ArrivalMode,
  type ReplayMessage,
  type SimulationInput,
} from '@app/simulation';
import { CliError } from '../cli-error';
import { parseJsonWithPosition } from './validate.command';

/** File handling shared by `simulate` and `promise`: read and check the scenario, the plan and replayed messages. */

export function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read the ${what} ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

export function writeOutput(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

export function readScenario(file: string): ScenarioFile {
  const checked = validateScenario(parseJsonWithPosition(readText(file, 'scenario'), file));
  if (!checked.ok) {
    const first = checked.issues.slice(0, 3).map((issue) => `${issue.path || '/'}: ${issue.message}`);
    throw new CliError(`${file} is not a valid scenario: ${first.join('; ')}${checked.issues.length > 3 ? ` (and ${checked.issues.length - 3} more)` : ''}`);
  }
  return checked.scenario;
}

/** The plan file: a PlannedWorkload (the planner's output, or `{ "plan": … }` around it), checked against the scenario. */
/** A plan file: the planner's output, whose dispatch rule (when it has one) the simulation follows. */
export type RuledPlan = PlannedWorkload & { dispatch?: DispatchRun[] };

export function readPlan(file: string, scenario: ScenarioFile): RuledPlan {
  const parsed = parseJsonWithPosition(readText(file, 'plan'), file);
  const plan = (parsed && typeof parsed === 'object' && !('shifts' in parsed) && 'plan' in parsed ? (parsed as { plan: unknown }).plan : parsed) as RuledPlan;
  const issues = validatePlannedWorkload(plan, scenario.marketplaces, scenario.sites);
  if (issues.length) {
    const first = issues.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`);
    throw new CliError(`${file} cannot be simulated: ${first.join('; ')}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`);
  }
  return plan;
}

/**
 * Real messages to replay: a JSON list of { receivedUtc | receivedUtcMs, marketplaceId, classId }
 * or a CSV with the columns received_utc, marketplace_id, class_id.
 */
export function readMessages(file: string): ReplayMessage[] {
  const text = readText(file, 'messages file');
  const rows: Record<string, unknown>[] = file.toLowerCase().endsWith('.csv')
    ? (parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, unknown>[])
    : (() => {
        const parsed = parseJsonWithPosition(text, file);
        if (!Array.isArray(parsed)) throw new CliError(`${file} must hold a list of messages`);
        return parsed as Record<string, unknown>[];
      })();
  if (rows.length === 0) throw new CliError(`${file} holds no messages`);
  return rows.map((row, index) => {
    const where = file.toLowerCase().endsWith('.csv') ? `${file} line ${index + 2}` : `${file} [${index}]`;
    const received = row.receivedUtcMs ?? row.receivedUtc ?? row.received_utc;
    const receivedUtcMs = typeof received === 'number' ? received : Date.parse(String(received));
    if (!Number.isFinite(receivedUtcMs)) throw new CliError(`${where}: "${String(received)}" is not an ISO 8601 instant`);
    const marketplaceId = String(row.marketplaceId ?? row.marketplace_id ?? '');
    const classId = String(row.classId ?? row.class_id ?? '');
    if (!marketplaceId || !classId) throw new CliError(`${where}: needs a marketplace id and a class id`);
    return { receivedUtcMs, marketplaceId, classId };
  });
}

export function simulationInput(scenario: ScenarioFile, plan: RuledPlan, messages: ReplayMessage[] | null): SimulationInput {
  const input = simulationInputFromPlan(scenario, plan);
  return messages ? { ...input, arrivals: { kind: 'replay', messages } } : input;
}

export function parseWholeNumber(value: string | undefined, option: string, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < minimum) throw new CliError(`${option} must be a whole number of at least ${minimum}, not "${value}"`);
  return parsed;
}

export function parseShare(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!(parsed > 0 && parsed <= 1)) throw new CliError(`${option} must be a share in (0, 1], not "${value}"`);
  return parsed;
}

export function parseMode(value: string | undefined, fallback: ArrivalMode): ArrivalMode {
  if (value === undefined) return fallback;
  if (value !== 'fluid' && value !== 'poisson' && value !== 'overdispersed') throw new CliError(`--mode must be fluid, poisson or overdispersed, not "${value}"`);
  return value;
}

export function parseChoice<T extends string>(value: string | undefined, option: string, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!choices.includes(value as T)) throw new CliError(`${option} must be ${choices.join(', ')}, not "${value}"`);
  return value as T;
}

/** Runs the library, turning its input errors into one-line CLI errors (exit 2). */
export function runSimulation<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SimulationError) throw new CliError(error.message);
    throw error;
  }
}
