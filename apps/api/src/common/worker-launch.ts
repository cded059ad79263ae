import { dirname, join, resolve } from 'path';
import type { WorkerOptions } from 'worker_threads';

/**
 * How to start the worker thread whose entry is `entry` (no extension) beside `callerFile` (the
 * caller's __filename): the compiled build runs the .js; under ts-node or ts-jest (the caller is
 * .ts) the worker is TypeScript too and registers ts-node and the @app/* path aliases itself.
 */
export function workerLaunch(callerFile: string, entry: string): { filename: string; options: WorkerOptions } {
  const directory = dirname(callerFile);
  if (!callerFile.endsWith('.ts')) return { filename: join(directory, `${entry}.js`), options: {} };
  const repositoryRoot = resolve(__dirname, '../../../..');
  return {
    filename: join(directory, `${entry}.ts`),
    options: {
      execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
      env: { ...process.env, TS_NODE_PROJECT: process.env.TS_NODE_PROJECT ?? join(repositoryRoot, 'tsconfig.json') },
    },
  };
}
