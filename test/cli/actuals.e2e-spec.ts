import { Command } from 'commander';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { actualsToCsv, monitorReportCsv, type MonitorReport } from '@app/actuals';
import { formatUtc } from '@app/domain';
import { buildDataSourceOptions } from '../../apps/api/src/database/data-source-options.factory';
import { PlanEntity } from '../../apps/api/src/plans/plan.entity';
import { CliError } from '../../apps/cli/src/cli-error';
import { registerActualsCommand } from '../../apps/cli/src/commands/actuals.command';
import { registerImportCommand } from '../../apps/cli/src/commands/import.command';
import { registerMonitorCommand } from '../../apps/cli/src/commands/monitor.command';
import { PLAN_ID, actualsSetup, generatedWeek, weekPlan } from '../api/actuals-setup.fixture';
import { useCliDatabase } from './support/cli-database';
import { runCli } from './support/run-cli';

/** Runs `followsun <args>` in this process, as `npm run cli -- <args>` would, on the test database. */
async function cli(...args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  registerImportCommand(program);
  registerActualsCommand(program);
  registerMonitorCommand(program);
  await program.parseAsync(args, { from: 'user' });
}

const receipts = generatedWeek().messages.map((message) => message.receivedUtcMs);
const [firstReceipt, lastReceipt] = [Math.min(...receipts), Math.max(...receipts)];

const ZENDESK_CSV = [
  'Ticket ID,Brand,Created at,First reply time in minutes,Assignee email,Group',
  '101,tmall,2026-03-10T02:00:00Z,30,chen,shenzhen',
  '102,tmall,2026-03-10T03:15:00Z,,,',
  '103,amazon-de,2026-03-10T09:00:00+01:00,90,li,',
].join('\n');

describe('CLI actuals import and monitor on the same database as the API', () => {
  const run = useCliDatabase('followsun-cli-actuals-');
  const file = (name: string, text: string) => {
    const path = join(run.folder, name);
    writeFileSync(path, text);
    return path;
  };

  it('imports the setup, then a generated week of actuals in the product’s own layout', async () => {
    await cli('import', file('setup.json', JSON.stringify(actualsSetup())));
    // the plan of the week, stored as the plans module stores one
    const source = await new DataSource(buildDataSourceOptions(run.database.config)).initialize();
    await source.getRepository(PlanEntity).insert(weekPlan());
    await source.destroy();

    run.stdout.length = 0;
    const week = file('week.csv', actualsToCsv(generatedWeek().messages));
    await cli('actuals', 'import', week);
    expect(run.stdout.join('')).toBe(
      `imported ${week} (mapping followsun): 1680 rows → 1680 messages, 0 stored messages replaced\n` +
        `  tmall: 1680 messages received ${formatUtc(firstReceipt)} to ${formatUtc(lastReceipt)} (replaced 0)\n`,
    );
  });

  it('imports a Zendesk export by layout name and a custom one by mapping file; a re-import changes nothing', async () => {
    const zendesk = file('zendesk.csv', ZENDESK_CSV);
    await cli('actuals', 'import', zendesk, '--mapping', 'zendesk');
    expect(run.stdout.join('')).toBe(
      `imported ${zendesk} (mapping zendesk): 3 rows → 3 messages, 0 stored messages replaced\n` +
        '  amazon-de: 1 message received 2026-03-10T08:00:00Z to 2026-03-10T08:00:00Z (replaced 0)\n' +
        '  tmall: 2 messages received 2026-03-10T02:00:00Z to 2026-03-10T03:15:00Z (replaced 0)\n',
    );
    const mapping = file('our-export.json', JSON.stringify({ name: 'our-export', columns: { marketplace: 'Shop', receivedAt: 'Opened', firstReplyAt: 'Answered' }, timeZone: 'Asia/Shanghai' }));
    const custom = file('custom.csv', 'Shop,Opened,Answered\ntmall,2026-03-11 09:00,2026-03-11 09:45\n');
    run.stdout.length = 0;
    await cli('actuals', 'import', custom, '--mapping', mapping);
    expect(run.stdout.join('')).toContain(`imported ${custom} (mapping our-export): 1 row → 1 message`);
    expect(run.stdout.join('')).toContain('tmall: 1 message received 2026-03-11T01:00:00Z to 2026-03-11T01:00:00Z');

    run.stdout.length = 0;
    await cli('actuals', 'summary');
    const before = run.stdout.join('');
    expect(before).toBe(
      'amazon-de: 1 message (1 answered) received 2026-03-10T08:00:00Z to 2026-03-10T08:00:00Z\n' +
        `tmall: 1683 messages (1682 answered) received ${formatUtc(firstReceipt)} to 2026-03-11T01:00:00Z\n`,
    );
    run.stdout.length = 0;
    await cli('actuals', 'import', zendesk, '--mapping', 'zendesk');
    expect(run.stdout.join('')).toContain('3 rows → 3 messages, 3 stored messages replaced');
    run.stdout.length = 0;
    await cli('actuals', 'summary');
    expect(run.stdout.join('')).toBe(before);
  });

  it('prints the rows of a bad export and writes nothing', async () => {
    await cli('actuals', 'summary');
    const before = run.stdout.join('');
    const bad = file('bad.csv', 'Ticket ID,Brand,Created at,First reply time in minutes\n1,tmall,2026-03-12T01:00:00Z,5\n2,ebay-de,2026-03-12T01:00:00Z,5\n');
    await expect(cli('actuals', 'import', bad, '--mapping', 'zendesk')).rejects.toThrow(/^actuals CSV has 1 error: row 3 \(Brand\): .*ebay-de/);
    expect(run.stderr.join('')).toMatch(/^row 3 \(Brand\): .*ebay-de/);
    await expect(cli('actuals', 'import', bad, '--mapping', 'helpscout')).rejects.toThrow(/unknown helpdesk layout "helpscout"/);
    await expect(cli('actuals', 'import', join(run.folder, 'missing.csv'))).rejects.toThrow(new CliError(`cannot read ${join(run.folder, 'missing.csv')}: no such file`));
    run.stdout.length = 0;
    await cli('actuals', 'summary');
    expect(run.stdout.join('')).toBe(before);
  });

  it('writes the week’s report as JSON and CSV, against the plan', async () => {
    const out = join(run.folder, 'week');
    await cli('monitor', '--from', '2026-03-02', '--to', '2026-03-09', '--out', out);
    const report = JSON.parse(readFileSync(`${out}.json`, 'utf8')) as MonitorReport;
    expect(report).toMatchObject({ fromUtc: '2026-03-02T00:00:00Z', toUtc: '2026-03-09T00:00:00Z', planId: PLAN_ID });
    const tmall = report.marketplaces.find((entry) => entry.marketplaceId === 'tmall' && entry.classId === null)!;
    expect(tmall.actual).toMatchObject({ forecast: 1680, received: 1680, answered: 1680, answeredInTime: 1596, late: 84, p90WaitHours: 3 });
    expect(readFileSync(`${out}.csv`, 'utf8')).toBe(monitorReportCsv(report));
    expect(run.stdout[0]).toBe(`2026-03-02T00:00:00Z to 2026-03-09T00:00:00Z (as of ${report.asOfUtc}), plan ${PLAN_ID}\n`);
    expect(run.stdout.join('')).toContain('  tmall: 1680 received, 1680 answered, 84 late, 95.0 % in time (plan 98.0 %)\n');
    expect(run.stderr.join('')).toBe(`wrote ${out}.json and ${out}.csv\n`);
  });

  it('names what is wrong with the period or the plan', async () => {
    await expect(cli('monitor', '--from', '2026-03-09', '--to', '2026-03-02')).rejects.toThrow(/^query is invalid: to: the period must end after it starts/);
    expect(run.stderr.join('')).toBe('to: the period must end after it starts: "2026-03-02" is not after "2026-03-09".\n');
    await expect(cli('monitor', '--from', '2026-03-02', '--to', '2026-03-09', '--plan', 'nope')).rejects.toThrow(new CliError('plan "nope" not found'));
  });

  it('runs as `npm run cli -- monitor`, listed in the help', () => {
    const out = join(run.folder, 'spawned');
    const spawned = runCli(['monitor', '--from', '2026-03-10', '--to', '2026-03-11', '--out', out]);
    expect(spawned.stderr).toBe(`wrote ${out}.json and ${out}.csv\n`);
    expect(spawned.status).toBe(0);
    expect(JSON.parse(readFileSync(`${out}.json`, 'utf8'))).toMatchObject({ fromUtc: '2026-03-10T00:00:00Z', planId: null });
    const help = runCli(['--help']);
    expect(help.stdout).toMatch(/\n {2}actuals\b/);
    expect(help.stdout).toMatch(/\n {2}monitor \[options\]/);
  });
});
