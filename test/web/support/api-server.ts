import { mkdtempSync, rmSync } from 'fs';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import type { AppConfig } from '../../../apps/api/src/config/app-config';
// The API's own bootstrap (modules, pipes, migrations, demo seed, static web UI): the same
// function main.ts uses, so the browser tests exercise the real server, only in-process.
import { createApp } from '../../../apps/api/src/create-app';
import { WEB_DIST } from './paths';

export interface RunningApi {
  /** "http://127.0.0.1:<port>" — the web UI at /, the API under /api. */
  baseUrl: string;
  databasePath: string;
  close(): Promise<void>;
}

/**
 * The real API on a free port with a fresh SQLite file in a temporary folder, the demo
 * organisation seeded on start, serving the built web UI from dist/web.
 */
export async function startApi(options: { seedDemo?: boolean } = {}): Promise<RunningApi> {
  const folder = mkdtempSync(join(tmpdir(), 'followsun-web-e2e-'));
  const databasePath = join(folder, 'followsun.sqlite');
  const config: AppConfig = {
    port: 0,
    database: { kind: 'sqlite', path: databasePath },
    seedDemo: options.seedDemo ?? true,
    webDist: WEB_DIST,
  };
  const app = await createApp({ config, logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    databasePath,
    close: async () => {
      await app.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
