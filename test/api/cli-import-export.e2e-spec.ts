import { spawnSync } from 'child_process';
import { Command } from 'commander';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ScenarioFile, serializeScenario } from '@app/domain';
import { CliError } from '../../apps/cli/src/cli-error';
import { registerExportCommand } from '../../apps/cli/src/commands/export.command';
import { registerImportCommand } from '../../apps/cli/src/commands/import.command';
import { smallScenario } from './support/fixtures';
import { useCliDatabase } from '../cli/support/cli-database';

const ROOT = join(__dirname, '../..');

/** Runs `followsun <args>` in this process, as `npm run cli -- <args>` would, on the test database. */
async function cli(...args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  registerImportCommand(program);
  registerExportCommand(program);
  await program.parseAsync(args, { from: 'user' });
}

describe('CLI import and export on the same database as the API', () => {
  const run = useCliDatabase('followsun-cli-');

  it('says there is nothing to export from an empty database', async () => {
    await expect(cli('export')).rejects.toThrow(new CliError('there is no organisation to export yet: PUT /api/organisation or import a scenario first'));
  });

  it('imports a scenario file and exports it back, canonical and identical', async () => {
    const input = join(run.folder, 'in.json');
    const output = join(run.folder, 'out.json');
    writeFileSync(input, JSON.stringify(smallScenario()));
    await cli('import', input);
    expect(run.stdout.join('')).toBe(
      `imported ${input}: 1 marketplaces, 1 sites, 1 shift templates, 1 agents, 1 events, 1 currency rates, 1 history series (48 hours)\n`,
    );
    await cli('export', '--out', output);
    expect(readFileSync(output, 'utf8')).toBe(serializeScenario(smallScenario()));

    // and to run.stdout
    run.stdout.length = 0;
    await cli('export');
    expect(run.stdout.join('')).toBe(serializeScenario(smallScenario()));
  });

  it('imports message history from CSV', async () => {
    const csv = join(run.folder, 'history.csv');
    writeFileSync(csv, 'received_at,marketplace,class\n2026-03-02 09:05,amazon-us,urgent\n2026-03-02 10:15,amazon-us,urgent\n');
    await cli('import', '--history', csv, '--timezone', 'America/New_York');
    expect(run.stdout.join('')).toBe(`imported ${csv}: 2 rows → 1 series, 2 hours, 2 messages\n`);
    await cli('export');
    const exported = JSON.parse(run.stdout.slice(1).join('')) as ScenarioFile;
    expect(exported.history).toEqual([
      smallScenario().history[0],
      { marketplaceId: 'amazon-us', classId: 'urgent', start: '2026-03-02T14:00:00Z', counts: [1, 1] },
    ]);
  });

  it('imports a version 1 file as version 2, saying its agents are read as paid by the hour', async () => {
    const input = join(run.folder, 'v1.json');
    const { payBasis: _payBasis, ...v1Agent } = smallScenario().agents[0];
    writeFileSync(input, JSON.stringify({ ...smallScenario(), schemaVersion: 1, agents: [v1Agent] }));
    await cli('import', input);
    expect(run.stdout.join('')).toBe(
      `imported ${input}: 1 marketplaces, 1 sites, 1 shift templates, 1 agents, 1 events, 1 currency rates, 1 history series (48 hours)\n` +
        'A version 1 scenario file, read as version 2: version 1 paid every scheduled hour, so every agent is read as paid by the hour (payBasis "hourly").\n',
    );
    run.stdout.length = 0;
    await cli('export');
    const exported = JSON.parse(run.stdout.join('')) as ScenarioFile;
    expect(exported.schemaVersion).toBe(2);
    expect(exported.agents).toEqual([{ ...v1Agent, payBasis: 'hourly' }]);
    // back to the version 2 setup the other tests expect
    const current = join(run.folder, 'v2.json');
    writeFileSync(current, JSON.stringify(smallScenario()));
    await cli('import', current);
  });

  it('prints every issue of an invalid file and changes nothing', async () => {
    const before = join(run.folder, 'before.json');
    await cli('export', '--out', before);
    run.stderr.length = 0;
    const bad = smallScenario();
    bad.sites[0].hourlyCost = -3;
    bad.marketplaces[0].timeZone = 'Nowhere/City';
    const input = join(run.folder, 'bad.json');
    writeFileSync(input, JSON.stringify(bad));
    const failure = cli('import', input);
    await expect(failure).rejects.toBeInstanceOf(CliError);
    await expect(failure).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/^scenario file is invalid: /) });
    expect(run.stderr.join('')).toBe(
      '/sites/0/hourlyCost: In site "shenzhen", hourlyCost must be at least 0, not -3.\n' +
        '/marketplaces/0/timeZone: The time zone "Nowhere/City" of marketplace "amazon-us" is not an IANA time zone; use a name such as "America/New_York" or "Asia/Shanghai".\n',
    );
    const after = join(run.folder, 'after.json');
    await cli('export', '--out', after);
    expect(readFileSync(after, 'utf8')).toBe(readFileSync(before, 'utf8'));
  });

  it('prints the rows of a bad CSV', async () => {
    const csv = join(run.folder, 'bad.csv');
    writeFileSync(csv, 'received_at,marketplace\n2026-03-02T10:00:00Z,ebay-de\n');
    await expect(cli('import', '--history', csv)).rejects.toThrow('history CSV has 1 error: row 2 (marketplace): unknown marketplace "ebay-de"; known: amazon-us');
    expect(run.stderr.join('')).toBe('row 2 (marketplace): unknown marketplace "ebay-de"; known: amazon-us\n');
  });

  it('runs as `npm run cli`, exiting 2 on an invalid file', () => {
    const input = join(run.folder, 'invalid.json');
    writeFileSync(input, JSON.stringify({ ...smallScenario(), reportingCurrency: 'usd' }));
    // the command `npm run cli` runs, without npm's own start-up
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/cli/src/main.ts', 'import', input],
      { cwd: ROOT, env: process.env, encoding: 'utf8' },
    );
    expect(result.stderr).toContain('/reportingCurrency: ');
    expect(result.stderr).toMatch(/\nerror: scenario file is invalid: \/reportingCurrency: /);
    expect(result.status).toBe(2);
  });
});
