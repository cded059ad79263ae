import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { REPO_ROOT, runCli } from './support/run-cli';

/** Runs the real CLI (`followsun validate …`) in a child process, as `npm run cli` does. */
const cli = (...args: string[]) => runCli(args);

describe('followsun validate', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'followsun-validate-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the demo scenario with a summary and exit code 0', () => {
    const run = cli('validate', 'docs/examples/demo-scenario.json');
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'valid: 5 marketplaces, 2 sites, 4 shift templates, 50 agents, 4 events, 2 currency rates, 5 history series (10080 hours)\n',
    );
    expect(run.status).toBe(0);
  });

  it('accepts a version 1 file, saying how it is read', () => {
    const scenario = JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'examples', 'demo-scenario.json'), 'utf8'));
    scenario.schemaVersion = 1;
    for (const agent of scenario.agents) {
      delete agent.payBasis;
      delete agent.shiftTemplateIds;
    }
    const file = join(dir, 'version-1.json');
    writeFileSync(file, JSON.stringify(scenario));
    const run = cli('validate', file);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'valid: 5 marketplaces, 2 sites, 4 shift templates, 50 agents, 4 events, 2 currency rates, 5 history series (10080 hours)\n' +
        'A version 1 scenario file, read as version 2: version 1 paid every scheduled hour, so every agent is read as paid by the hour (payBasis "hourly").\n',
    );
    expect(run.status).toBe(0);
  });

  it('refuses a file of a newer version with a readable message', () => {
    const file = join(dir, 'version-3.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'examples', 'demo-scenario.json'), 'utf8')), schemaVersion: 3 }));
    const run = cli('validate', file);
    expect(run.stdout).toBe('/schemaVersion: This scenario file was written by a newer followsun (version 3); this build reads version 2.\n');
    expect(run.status).toBe(2);
  });

  it('prints every problem as "path: message" and exits with 2', () => {
    const scenario = JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'examples', 'demo-scenario.json'), 'utf8'));
    scenario.marketplaces[0].classes[0].share = 0.5;
    scenario.agents[0].siteId = 'hangzhou';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(scenario));
    const run = cli('validate', file);
    expect(run.stdout.trim().split('\n')).toEqual([
      '/agents/0/siteId: Agent "mnl-01" belongs to site "hangzhou", which does not exist (known: manila, shenzhen).',
      '/marketplaces/0/classes: The shares of the classes of marketplace "amazon-de" sum to 1.4, not 1.',
    ]);
    expect(run.stderr).toBe(`${file} is not a valid scenario: 2 problems\n`);
    expect(run.status).toBe(2);
  });

  it('names the line and column of a JSON syntax error', () => {
    const file = join(dir, 'syntax.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "name": "x",\n}\n');
    const run = cli('validate', file);
    expect(run.stderr).toMatch(new RegExp(`^error: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON at line 4, column 1: `));
    expect(run.status).toBe(2);
  });

  it('says so when the file cannot be read', () => {
    const run = cli('validate', join(dir, 'missing.json'));
    expect(run.stderr).toBe(`error: cannot read ${join(dir, 'missing.json')}: no such file\n`);
    expect(run.status).toBe(2);
  });
});
