import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run cli -- <args>` as a user runs it: a separate Node process on the TypeScript sources. */
export function runCli(args: readonly string[]): CliRun {
  const result = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/cli/src/main.ts', ...args],
    { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_PROJECT: join(REPO_ROOT, 'tsconfig.json') }, timeout: 180_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
