import { mkdtempSync, rmSync } from 'fs';
import type { AddressInfo } from 'net';
import type { INestApplication } from '@nestjs/common';
import { tmpdir } from 'os';
import { join } from 'path';
import { defaultAuthConfig, type AppConfig } from '../../../apps/api/src/config/app-config';
// The API's own bootstrap (modules, pipes, migrations, demo seed, static web UI): the same
// function main.ts uses, so the browser tests exercise the real server, only in-process.
import { createApp } from '../../../apps/api/src/create-app';
import { WEB_DIST } from './paths';

/** The first manager of every browser-test API (created on the first start, as `FOLLOWSUN_ADMIN_*` would). */
export const WEB_TEST_MANAGER = { email: 'manager@followsun.test', password: 'browser-test-manager-password', name: 'Administrator' };

export interface RunningApi {
  /** "http://127.0.0.1:<port>" — the web UI at /, the API under /api. */
  baseUrl: string;
  databasePath: string;
  /** The first manager's email and password (what the sign-in page is given). */
  manager: { email: string; password: string; name: string };
  /** The first manager's bearer token, from POST /api/auth/login. */
  token: string;
  /**
   * `fetch` of an API path ("/plans" → `${baseUrl}/api/plans`) as the first manager: the bearer
   * token added to whatever headers `init` has.
   */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Signs in by POST /api/auth/login and answers the bearer token (throws unless 200). */
  signIn(email: string, password: string): Promise<string>;
  /** Like `fetch`, with another user's bearer token. */
  fetchAs(token: string, path: string, init?: RequestInit): Promise<Response>;
  /** The Nest app itself, for a suite that reaches a provider (e.g. pins the planning clock). */
  app: INestApplication;
  close(): Promise<void>;
}

/**
 * The real API on a free port with a fresh SQLite file in a temporary folder, the demo
 * organisation seeded on start, serving the built web UI from dist/web; its first manager is
 * {@link WEB_TEST_MANAGER}, signed in once for the tests' own API calls.
 */
export async function startApi(options: { seedDemo?: boolean; demoStart?: string } = {}): Promise<RunningApi> {
  const folder = mkdtempSync(join(tmpdir(), 'followsun-web-e2e-'));
  const databasePath = join(folder, 'followsun.sqlite');
  const config: AppConfig = {
    port: 0,
    database: { kind: 'sqlite', path: databasePath },
    seedDemo: options.seedDemo ?? true,
    demoStart: options.demoStart ?? null,
    webDist: WEB_DIST,
    auth: { ...defaultAuthConfig(), adminEmail: WEB_TEST_MANAGER.email, adminPassword: WEB_TEST_MANAGER.password, initialAdminFile: null },
  };
  const app = await createApp({ config, logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const apiUrl = (path: string) => `${baseUrl}/api${path.startsWith('/') ? path : `/${path}`}`;

  const fetchAs = (token: string, path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return fetch(apiUrl(path), { ...init, headers });
  };
  const signIn = async (email: string, password: string): Promise<string> => {
    const response = await fetch(apiUrl('/auth/login'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  };
  const token = await signIn(WEB_TEST_MANAGER.email, WEB_TEST_MANAGER.password);

  return {
    baseUrl,
    databasePath,
    manager: WEB_TEST_MANAGER,
    token,
    fetch: (path, init) => fetchAs(token, path, init),
    signIn,
    fetchAs,
    app,
    close: async () => {
      await app.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
