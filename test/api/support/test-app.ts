import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AppConfig } from '../../../apps/api/src/config/app-config';
import { createApp } from '../../../apps/api/src/create-app';
import { TestDatabase, createTestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  database: TestDatabase;
  /** supertest bound to the app's HTTP server. */
  http(): ReturnType<typeof request>;
  /** Stops the app and drops its database. */
  close(): Promise<void>;
}

export interface TestAppOptions {
  seedDemo?: boolean;
  /** The web UI's build folder (default: a stand-in build, so every test runs with the UI's fallback routes mounted, as users do). */
  webDist?: string;
  /** Reuse a database (e.g. to start a second app on the same data); it is not dropped on close. */
  database?: TestDatabase;
  /** Schedule of the refresh of live scenarios (UTC cron); absent: none. */
  refreshCron?: string;
}

/** A web UI without a build: the API serves its "how to build it" page instead. */
export const NO_WEB_BUILD = '/nonexistent/followsun-web-dist';

let standInBuild: string | undefined;

/** One small index.html per test process: the single-page fallback is mounted exactly as with the real build. */
function standInWebBuild(): string {
  if (!standInBuild) {
    standInBuild = mkdtempSync(join(tmpdir(), 'followsun-web-stand-in-'));
    writeFileSync(join(standInBuild, 'index.html'), '<!doctype html><title>followsun (stand-in build)</title><div id="root"></div>');
    process.once('exit', () => rmSync(standInBuild!, { recursive: true, force: true }));
  }
  return standInBuild;
}

/** The real app (createApp: same modules, pipes, migrations) on a fresh test database. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config: AppConfig = {
    port: 0,
    database: database.config,
    seedDemo: options.seedDemo ?? false,
    webDist: options.webDist ?? standInWebBuild(),
    refreshCron: options.refreshCron ?? null,
  };
  const app = await createApp({ config, logger: false });
  return {
    app,
    database,
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
