import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { validateScenario, type ScenarioFile, type ValidationIssue } from '@app/domain';
import { applyScenarioDefinition, baseEffectiveScenario, validateScenarioDefinition, type EffectiveScenario, type ScenarioDefinitionFile } from '@app/scenarios';
import { CliError } from '../cli-error';

const ISSUES_SHOWN = 3;

/**
 * Reads the `--scenario` files of a comparison: each is either a scenario file (compared as
 * it is) or a scenario definition whose `base` names a scenario file relative to it. A base
 * named by several definitions is read once, so it is forecast once.
 */
export function loadComparedScenarios(paths: string[]): EffectiveScenario[] {
  const bases = new Map<string, ScenarioFile>();
  const loadBase = (path: string, from: string): ScenarioFile => {
    const cached = bases.get(path);
    if (cached) return cached;
    const json = readJson(path, from);
    const result = validateScenario(json);
    if (!result.ok) throw new CliError(`${path}: not a valid scenario file: ${describe(result.issues)}`);
    bases.set(path, result.scenario);
    return result.scenario;
  };

  const scenarios = paths.map((path): EffectiveScenario => {
    const absolute = resolve(path);
    const json = readJson(absolute, path);
    if (isRecord(json) && 'schemaVersion' in json && 'marketplaces' in json) {
      const scenario = loadBase(absolute, path);
      return baseEffectiveScenario(scenario, basename(path, extname(path)), scenario.name);
    }
    if (!isRecord(json) || !('overrides' in json)) {
      throw new CliError(`${path}: neither a scenario file (it has no "schemaVersion" and "marketplaces") nor a scenario definition (it has no "overrides")`);
    }
    const structure = validateScenarioDefinition(json);
    if (!structure.ok) throw new CliError(`${path}: not a valid scenario definition: ${describe(structure.issues)}`);
    const definition = json as unknown as ScenarioDefinitionFile;
    if (typeof definition.base !== 'string') {
      throw new CliError(`${path}: a scenario definition needs "base": the path of its scenario file, relative to ${path}`);
    }
    const base = loadBase(resolve(dirname(absolute), definition.base), `${definition.base} (the base of ${path})`);
    const checked = validateScenarioDefinition(json, base);
    if (!checked.ok) throw new CliError(`${path}: does not fit its base ${definition.base}: ${describe(checked.issues)}`);
    return applyScenarioDefinition(base, definition);
  });
  return uniqueIds(scenarios);
}

function readJson(path: string, shownAs: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${shownAs}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${shownAs} is not JSON: ${(error as Error).message}`);
  }
}

function describe(issues: ValidationIssue[]): string {
  const shown = issues.slice(0, ISSUES_SHOWN).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  const more = issues.length > ISSUES_SHOWN ? ` (and ${issues.length - ISSUES_SHOWN} more)` : '';
  return shown.join('; ') + more;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

/** Two files may carry the same id (two plain scenario files named "a.json" in different folders): number them. */
function uniqueIds(scenarios: EffectiveScenario[]): EffectiveScenario[] {
  const seen = new Map<string, number>();
  return scenarios.map((scenario) => {
    const count = (seen.get(scenario.id) ?? 0) + 1;
    seen.set(scenario.id, count);
    return count === 1 ? scenario : { ...scenario, id: `${scenario.id}-${count}` };
  });
}
