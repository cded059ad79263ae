import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { Role } from '@app/access';
import type { AuthConfig } from '../../../apps/api/src/auth/auth.config';
import { UsersService } from '../../../apps/api/src/auth/users.service';
import { AppConfig, defaultAuthConfig } from '../../../apps/api/src/config/app-config';
import type { JobsConfig } from '../../../apps/api/src/jobs/jobs.config';
import { createApp } from '../../../apps/api/src/create-app';
import { TestDatabase, createTestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  database: TestDatabase;
  /** supertest bound to the app's HTTP server, signed in as the first manager (bearer token). */
  http(): ReturnType<typeof request>;
  /** supertest without a session. */
  anonymous(): ReturnType<typeof request>;
  /** supertest signed in as a new user of the role (created on first use, one per role). */
  as(role: Role): Promise<ReturnType<typeof request>>;
  /** The first manager's bearer token. */
  managerToken: string;
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
  /** Where and how many jobs run (absent: the embedded default, one per core). */
  jobs?: JobsConfig;
  /** Session length and trusted origins over the defaults (the first manager is always {@link TEST_MANAGER}). */
  auth?: Partial<Pick<AuthConfig, 'sessionHours' | 'trustedOrigins'>>;
}

/** The first manager of every test app. */
export const TEST_MANAGER = { email: 'manager@followsun.test', password: 'test-manager-password' };

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
    ...(options.jobs ? { jobs: options.jobs } : {}),
    auth: { ...defaultAuthConfig(), adminEmail: TEST_MANAGER.email, adminPassword: TEST_MANAGER.password, initialAdminFile: null, ...options.auth },
  };
  const app = await createApp({ config, logger: false });
  const managerToken = await signIn(app, TEST_MANAGER.email, TEST_MANAGER.password);
  const tokens = new Map<Role, Promise<string>>([['manager', Promise.resolve(managerToken)]]);
  const tokenOf = (role: Role): Promise<string> => {
    if (!tokens.has(role)) tokens.set(role, createUserAndSignIn(app, role));
    return tokens.get(role)!;
  };
  return {
    app,
    database,
    managerToken,
    http: () => withBearer(app, managerToken),
    anonymous: () => request(app.getHttpServer()),
    as: async (role) => withBearer(app, await tokenOf(role)),
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/** supertest whose every request carries the token, so tests read as before sign-in existed. */
function withBearer(app: INestApplication, token: string): ReturnType<typeof request> {
  const client = request(app.getHttpServer());
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !HTTP_METHODS.has(property) || typeof value !== 'function') return value;
      return (url: string) => value.call(target, url).set('Authorization', `Bearer ${token}`);
    },
  });
}

async function signIn(app: INestApplication, email: string, password: string): Promise<string> {
  const response = await request(app.getHttpServer()).post('/api/auth/login').send({ email, password });
  if (response.status !== 200) throw new Error(`test sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { token: string }).token;
}

async function createUserAndSignIn(app: INestApplication, role: Role): Promise<string> {
  const email = `${role}@followsun.test`;
  const password = `test-${role}-password`;
  await app.get(UsersService).create({ email, name: `Test ${role}`, role, password });
  return signIn(app, email, password);
}
