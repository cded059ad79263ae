import { existsSync } from 'fs';
import type { Command } from 'commander';
import { withPlanningDatabase } from './planning-database.util';
import { readBytes } from './read-file.util';

/**
 * `actuals import <file.csv> [--mapping zendesk|<mapping.json>] [--timezone Zone]`: a helpdesk
 * export of buyer messages into the database (DATABASE_URL), through the API's own service: the
 * same mapping, checks and re-import rule (the file replaces, per marketplace, the stored
 * messages received within its span), one transaction, nothing written on error (exit 2).
 * `actuals summary` lists what is stored.
 */
export function registerActualsCommand(program: Command): void {
  const actuals = program.command('actuals').description('import helpdesk exports of what actually happened (docs/monitor.md)');
  actuals
    .command('import')
    .description('import a helpdesk export (one row per message); per marketplace it replaces the stored messages received within its span')
    .argument('<file.csv>', 'the export')
    .option('--mapping <layout|file.json>', 'a built-in layout (followsun, zendesk, freshdesk, gorgias, edesk, amazon-bsm) or a mapping file', 'followsun')
    .option('--timezone <zone>', 'IANA time zone of timestamps written without a UTC offset')
    .action(async (file: string, options: { mapping: string; timezone?: string }) => {
      const csv = readBytes(file);
      const asFile = options.mapping.toLowerCase().endsWith('.json') || existsSync(options.mapping);
      const mapping = asFile ? { mappingFile: readBytes(options.mapping) } : { mapping: options.mapping };
      await withPlanningDatabase(
        async (context) => {
          const { ActualsService } = await import('../../../api/src/actuals/actuals.service');
          const result = await context.get(ActualsService).importCsv(csv, { ...mapping, timeZone: options.timezone });
          process.stdout.write(`imported ${file} (mapping ${result.mapping}): ${count(result.rows, 'row')} → ${count(result.messages, 'message')}, ${count(result.replaced, 'stored message')} replaced\n`);
          for (const span of result.spans) {
            process.stdout.write(`  ${span.marketplaceId}: ${count(span.messages, 'message')} received ${span.from} to ${span.to} (replaced ${span.replaced})\n`);
          }
        },
        actualsModules,
      );
    });
  actuals
    .command('summary')
    .description('stored actuals per marketplace: first and last receipt, messages, answered')
    .action(async () => {
      await withPlanningDatabase(async (context) => {
        const { ActualsService } = await import('../../../api/src/actuals/actuals.service');
        const summary = await context.get(ActualsService).summary();
        if (summary.length === 0) process.stdout.write('no actuals stored\n');
        for (const row of summary) process.stdout.write(`${row.marketplaceId}: ${count(row.messages, 'message')} (${row.answered} answered) received ${row.from} to ${row.to}\n`);
      }, actualsModules);
    });
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

async function actualsModules() {
  const { ActualsModule } = await import('../../../api/src/actuals/actuals.module');
  return [ActualsModule];
}

