import type { Page } from 'playwright-core';
import { startApi, type RunningApi } from './api-server';
import { LAPTOP, openBrowser, type BrowserSession } from './browser';
import { signInByApi } from './sign-in';
import { ensureWebBuild } from './web-build';

export interface DemoSession {
  api: RunningApi;
  browser: BrowserSession;
  page: Page;
}

export interface DemoSessionOptions {
  /**
   * How the browser starts: signed in as the first manager by POST /api/auth/login from the page
   * (default), or signed out, for a suite that signs in through the sign-in page itself.
   */
  signIn?: 'api' | 'none';
  /** The Monday the demo's horizon starts on, for a suite whose figures belong to certain weeks (default: this week's). */
  demoStart?: string;
}

/**
 * The browser suites' common ground, registered as the suite's beforeAll/afterAll: the built
 * web UI, the real API with the demo organisation in a fresh SQLite file, and Chromium on a
 * laptop screen, signed in as the first manager. `session()` hands them to the tests; `apiGet`
 * reads the API's own answers (with the manager's bearer token).
 */
export function useDemoSession(options: DemoSessionOptions = {}): { session: () => DemoSession; apiGet: <T>(path: string) => Promise<T> } {
  let current: DemoSession | undefined;
  beforeAll(async () => {
    ensureWebBuild();
    const api = await startApi({ seedDemo: true, demoStart: options.demoStart });
    const browser = await openBrowser(LAPTOP);
    current = { api, browser, page: browser.page };
    if ((options.signIn ?? 'api') === 'api') await signInByApi(browser.page, api.baseUrl, api.manager);
  }, 240_000);
  afterAll(async () => {
    await current?.browser.close();
    await current?.api.close();
  });
  const session = () => {
    if (!current) throw new Error('the demo session starts in beforeAll');
    return current;
  };
  const apiGet = async <T>(path: string): Promise<T> => {
    const response = await session().api.fetch(path);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  return { session, apiGet };
}
