import type { Page } from 'playwright-core';
import { startApi, type RunningApi } from './api-server';
import { LAPTOP, openBrowser, type BrowserSession } from './browser';
import { ensureWebBuild } from './web-build';

export interface DemoSession {
  api: RunningApi;
  browser: BrowserSession;
  page: Page;
}

/**
 * The browser suites' common ground, registered as the suite's beforeAll/afterAll: the built
 * web UI, the real API with the demo organisation in a fresh SQLite file, and Chromium on a
 * laptop screen. `session()` hands them to the tests; `apiGet` reads the API's own answers.
 */
export function useDemoSession(): { session: () => DemoSession; apiGet: <T>(path: string) => Promise<T> } {
  let current: DemoSession | undefined;
  beforeAll(async () => {
    ensureWebBuild();
    const api = await startApi({ seedDemo: true });
    const browser = await openBrowser(LAPTOP);
    current = { api, browser, page: browser.page };
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
    const response = await fetch(`${session().api.baseUrl}/api${path}`);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  return { session, apiGet };
}
