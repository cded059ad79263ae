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
  webDist?: string;
  /** Reuse a database (e.g. to start a second app on the same data); it is not dropped on close. */
  database?: TestDatabase;
  /** Schedule of the refresh of live scenarios (UTC cron); absent: none. */
  refreshCron?: string;
}

/** The real app (createApp: same modules, pipes, migrations) on a fresh test database. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config: AppConfig = {
    port: 0,
    database: database.config,
    seedDemo: options.seedDemo ?? false,
    webDist: options.webDist ?? '/nonexistent/followsun-web-dist',
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
