import { writeFileSync } from 'fs';
import type { Command } from 'commander';
import { serializeScenario } from '@app/domain';
import { CliError } from '../cli-error';
import { withPlanningDatabase } from './planning-database.util';

/** `export [--out file.json]`: the stored setup (DATABASE_URL) as a canonical scenario file, to stdout or a file. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write the stored planning setup, history included, as a scenario file (JSON)')
    .option('--out <file.json>', 'write to this file instead of stdout')
    .action(async (options: { out?: string }) => {
      const text = await withPlanningDatabase(async (context) => {
        const { ScenarioService } = await import('../../../api/src/scenario/scenario.service');
        try {
          return serializeScenario(await context.get(ScenarioService).export());
        } catch (error) {
          if ((error as { status?: number }).status === 404) throw new CliError((error as Error).message);
          throw error;
        }
      });
      if (!options.out) {
        process.stdout.write(text);
        return;
      }
      try {
        writeFileSync(options.out, text);
      } catch (error) {
        throw new CliError(`cannot write ${options.out}: ${(error as Error).message}`);
      }
      process.stderr.write(`exported to ${options.out}\n`);
    });
}
