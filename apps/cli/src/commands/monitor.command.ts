import { writeFileSync } from 'fs';
import type { Command } from 'commander';
import { monitorReportCsv, type MonitorReport } from '@app/actuals';
import { CliError } from '../cli-error';
import { withPlanningDatabase } from './planning-database.util';

/**
 * `monitor --from <date|ISO> --to <date|ISO> [--plan id] [--out report]`: the stored actuals of
 * [from, to) against the plan (the one named, else the newest with a shift mix over the period),
 * as GET /api/monitor builds it; writes `<out>.json` and `<out>.csv` and prints the notes.
 */
export function registerMonitorCommand(program: Command): void {
  program
    .command('monitor')
    .description('actual against plan over a period (at most 31 days): writes the report as JSON and CSV (docs/monitor.md)')
    .requiredOption('--from <date|ISO>', 'start of the period: a date (its UTC midnight) or an ISO 8601 instant')
    .requiredOption('--to <date|ISO>', 'end of the period, exclusive')
    .option('--plan <id>', 'the stored plan to compare with (default: the newest with a shift mix over the period)')
    .option('--out <name>', 'write <name>.json and <name>.csv', 'report')
    .action(async (options: { from: string; to: string; plan?: string; out: string }) => {
      const report = await withPlanningDatabase(
        async (context) => {
          const { MonitorService } = await import('../../../api/src/monitor/monitor.service');
          return context.get(MonitorService).report({ from: options.from, to: options.to, planId: options.plan });
        },
        async () => [(await import('../../../api/src/monitor/monitor.module')).MonitorModule],
      );
      const base = options.out.replace(/\.(json|csv)$/i, '');
      write(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
      write(`${base}.csv`, monitorReportCsv(report));
      for (const line of summaryLines(report)) process.stdout.write(`${line}\n`);
      process.stderr.write(`wrote ${base}.json and ${base}.csv\n`);
    });
}

function summaryLines(report: MonitorReport): string[] {
  const lines = [`${report.fromUtc} to ${report.toUtc} (as of ${report.asOfUtc}), plan ${report.planId ?? 'none'}`];
  for (const entry of report.marketplaces.filter((marketplace) => marketplace.classId === null)) {
    const { actual } = entry;
    const sla = actual.slaAttainment === null ? 'nothing due' : `${(actual.slaAttainment * 100).toFixed(1)} % in time`;
    const planned = entry.planned ? ` (plan ${(entry.planned.slaAttainment * 100).toFixed(1)} %)` : '';
    lines.push(`  ${entry.marketplaceId}: ${actual.received} received, ${actual.answered} answered, ${actual.late} late, ${sla}${planned}`);
  }
  return [...lines, ...report.notes.map((note) => `  ${note}`)];
}

function write(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${(error as Error).message}`);
  }
}
