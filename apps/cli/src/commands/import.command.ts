import type { Command } from 'commander';
import { scenarioMigrationNote } from '@app/domain';
import { CliError } from '../cli-error';
import { withPlanningDatabase } from './planning-database.util';
import { parseJsonWithPosition } from './validate.command';
import { readBytes } from './read-file.util';

/**
 * `import <scenario.json>` replaces the whole planning setup in the database (DATABASE_URL) with
 * the file; `import --history <file.csv> [--timezone Zone]` adds message history. Both run the
 * API's own services: same validation (an older scenario file is migrated to the current
 * version first, and the output says so), one transaction, nothing written on error (exit 2).
 */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import a scenario file (replacing the whole setup) and/or a message-history CSV into the database')
    .argument('[scenario.json]', 'scenario file to import; replaces everything stored')
    .option('--history <file.csv>', 'message history CSV (one row per message, or hourly counts)')
    .option('--timezone <zone>', 'IANA time zone of CSV timestamps written without a UTC offset')
    .action(async (file: string | undefined, options: { history?: string; timezone?: string }) => {
      if (!file && !options.history) throw new CliError('give a scenario file to import, or --history <file.csv>');
      if (options.timezone && !options.history) throw new CliError('--timezone applies to --history only');
      const scenario = file ? parseJsonWithPosition(readText(file), file) : undefined;
      const csv = options.history ? readBytes(options.history) : undefined;
      await withPlanningDatabase(async (context) => {
        const { HistoryService } = await import('../../../api/src/history/history.service');
        const { ScenarioService } = await import('../../../api/src/scenario/scenario.service');
        if (scenario !== undefined) {
          const counts = await context.get(ScenarioService).import(scenario);
          process.stdout.write(
            `imported ${file}: ${counts.marketplaces} marketplaces, ${counts.sites} sites, ${counts.shiftTemplates} shift templates, ` +
              `${counts.agents} agents, ${counts.events} events, ${counts.currencyRates} currency rates, ` +
              `${counts.historySeries} history series (${counts.historyHours} hours)\n`,
          );
          const note = scenarioMigrationNote(scenario);
          if (note) process.stdout.write(`${note}\n`);
        }
        if (csv !== undefined) {
          const result = await context.get(HistoryService).importCsv(csv, options.timezone);
          const hours = result.series.reduce((sum, series) => sum + series.hours, 0);
          const messages = result.series.reduce((sum, series) => sum + series.total, 0);
          process.stdout.write(
            `imported ${options.history}: ${result.rows} rows → ${result.series.length} series, ${hours} hours, ${messages} messages\n`,
          );
        }
      });
    });
}

function readText(file: string): string {
  return readBytes(file).toString('utf8');
}

