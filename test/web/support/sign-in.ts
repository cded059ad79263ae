import type { Page } from 'playwright-core';
import type { RunningApi } from './api-server';
import { LAPTOP, openBrowser, type BrowserSession } from './browser';

export interface Credentials {
  email: string;
  password: string;
}

/**
 * Signs in as a person does: opens `path` (the app shows its sign-in page), types the email and
 * password, and waits until the app shows who is signed in.
 */
export async function signInThroughPage(page: Page, baseUrl: string, credentials: Credentials, path = '/'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(credentials.email);
  await form.getByLabel('Password').fill(credentials.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('user-menu').waitFor();
}

/**
 * Signs the browser in without the form: POST /api/auth/login from a page of the app, so the
 * browser sends its own Origin and keeps the HttpOnly session cookie, exactly as the sign-in page does.
 */
export async function signInByApi(page: Page, baseUrl: string, credentials: Credentials): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  const status = await page.evaluate(async ({ email, password }) => {
    const response = await fetch('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
    return response.status;
  }, credentials);
  if (status !== 200) throw new Error(`browser sign-in of ${credentials.email} answered ${status}`);
}

/** A fresh Chromium profile signed in (by default as the API's first manager). */
export async function openSignedInBrowser(api: RunningApi, viewport = LAPTOP, credentials: Credentials = api.manager): Promise<BrowserSession> {
  const browser = await openBrowser(viewport);
  try {
    await signInByApi(browser.page, api.baseUrl, credentials);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}
