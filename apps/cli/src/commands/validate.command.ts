import { readFileSync } from 'fs';
import type { Command } from 'commander';
import { scenarioMigrationNote, validateScenario, type ScenarioFile } from '@app/domain';
import { CliError } from '../cli-error';

/**
 * `validate <scenario.json>`: checks a scenario file with the same rules as the API's import.
 * Valid: a one-line summary, exit 0 (an older file: a second line says how it is read).
 * Invalid: one "path: message" line per problem, exit 2.
 */

/** "line L, column C" of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Parses JSON text; a syntax error names its line and column. */
export function parseJsonWithPosition(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? ` at ${lineAndColumn(text.replace(/^\uFEFF/, ''), Number(position[1]))}` : '';
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    throw new CliError(`${file} is not valid JSON${where}: ${reason}`);
  }
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

export function scenarioSummary(scenario: ScenarioFile): string {
  const historyHours = scenario.history.reduce((sum, series) => sum + series.counts.length, 0);
  return [
    plural(scenario.marketplaces.length, 'marketplace'),
    plural(scenario.sites.length, 'site'),
    plural(scenario.shiftTemplates.length, 'shift template'),
    plural(scenario.agents.length, 'agent'),
    plural(scenario.events.length, 'event'),
    plural(scenario.currencyRates.length, 'currency rate'),
    `${plural(scenario.history.length, 'history series', 'history series')} (${historyHours} hours)`,
  ].join(', ');
}

export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description('check a scenario file (JSON) against the scenario format and its rules')
    .argument('<scenario.json>', 'path of the scenario file')
    .action((file: string) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
        throw new CliError(`cannot read ${file}: ${reason}`);
      }
      const json = parseJsonWithPosition(text, file);
      // an older file is migrated by validateScenario; say what that means
      const note = scenarioMigrationNote(json);
      const result = validateScenario(json);
      if (result.ok) {
        process.stdout.write(`valid: ${scenarioSummary(result.scenario)}\n${note ? `${note}\n` : ''}`);
        return;
      }
      for (const issue of result.issues) process.stdout.write(`${issue.path || '/'}: ${issue.message}\n`);
      process.stderr.write(`${file} is not a valid scenario: ${plural(result.issues.length, 'problem')}\n`);
      process.exitCode = 2;
    });
}
