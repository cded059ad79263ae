import type { Page } from 'playwright-core';
import type { RunningApi } from './support/api-server';
import { LAPTOP, openBrowser, screenshot, type BrowserSession } from './support/browser';
import { useDemoSession } from './support/demo-session';
import { signInThroughPage, type Credentials } from './support/sign-in';
import { apiCalls } from './support/api-calls';

/**
 * Sign-in and roles in real Chromium against the real API (demo organisation, a fresh SQLite
 * file): the sign-in page before anything else, the API's words for a wrong password, the
 * manager adding a viewer and a lead on the Users page, what each of them is shown (a viewer:
 * published rotas and coverage, no money; a lead: no pay rates), a session ended on the server
 * sending the page back to sign-in and returning afterwards, the password change, and sign-out.
 *
 * The rota the viewer reads is planned, built and published through the API while the first
 * steps run (a one-week plan with a 10 s limit).
 */

jest.setTimeout(300_000);

const { session } = useDemoSession({ signIn: 'none' });
let api: RunningApi;
let browser: BrowserSession;
let page: Page;

interface Person extends Credentials {
  name: string;
}

const VIEWER: Person = { name: 'Vera Viewer', email: 'vera.viewer@followsun.test', password: 'viewer-password-2026' };
const LEAD: Person = { name: 'Liam Lead', email: 'liam.lead@followsun.test', password: 'lead-password-2026' };
const LEAD_RESET_PASSWORD = 'lead-reset-password-2026';
const LEAD_OWN_PASSWORD = 'lead-own-password-2026';
const TABLET = { width: 1024, height: 768 };
/** Any amount of money the demo could show: its currencies' signs and codes before a figure. */
const MONEY = /(US\$|CN¥|¥|₱|\$|\b(USD|CNY|PHP)\s?)\d/;

const nav = (on: Page) => on.getByRole('navigation', { name: 'Main' });
const navLink = (on: Page, name: string) => nav(on).getByRole('list').getByRole('link', { name, exact: true });
const navLabels = async (on: Page) => {
  await nav(on).getByRole('list').getByRole('link').first().waitFor();
  return nav(on).getByRole('list').getByRole('link').allInnerTexts();
};
const pathOf = (on: Page) => {
  const url = new URL(on.url());
  return `${url.pathname}${url.search}`;
};

/** A full-page screenshot at the laptop width, then one at 1024 px, then back. */
async function screenshots(on: Page, name: string): Promise<void> {
  await screenshot(on, `${name}-1280`);
  await on.setViewportSize(TABLET);
  await screenshot(on, `${name}-1024`);
  await on.setViewportSize(LAPTOP);
}

const { apiJson, post, finishJob } = apiCalls(() => api);

/** A one-week forecast, plan and rota, published: what a viewer is allowed to read. */
async function publishRota(): Promise<{ rotaId: string; planId: string }> {
  const forecast = await post<{ jobId: string }>('/forecasts', { horizonHours: 168 });
  await finishJob(forecast.jobId, 120_000);
  const plan = await post<{ jobId: string; planId: string }>('/plans', { weeks: 1, timeLimitSeconds: 10 });
  await finishJob(plan.jobId, 180_000);
  const rota = await post<{ jobId: string; rotaId: string }>('/rotas', { planId: plan.planId });
  await finishJob(rota.jobId, 120_000);
  await post(`/rotas/${encodeURIComponent(rota.rotaId)}/publish`, undefined, 200);
  return { rotaId: rota.rotaId, planId: plan.planId };
}

let published: Promise<{ rotaId: string; planId: string }>;

beforeAll(() => {
  ({ api, browser, page } = session());
  published = publishRota();
  // awaited by the viewer's test; a failure is reported there, not as an unhandled rejection
  published.catch(() => undefined);
});

describe('sign-in and roles in a real browser', () => {
  it('opens a deep link on the sign-in page, nothing of the app shown, and refuses a wrong password in the API’s words', async () => {
    await page.goto(`${api.baseUrl}/plan`);
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.waitFor();
    expect(pathOf(page)).toBe('/sign-in?next=%2Fplan');
    expect(await nav(page).count()).toBe(0);
    expect(await page.title()).toBe('Sign in · followsun');

    // the API's answer for a wrong password (asked with an unknown email: the same words, no lock-out counted)
    const refused = await fetch(`${api.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'nobody@followsun.test', password: 'not-a-password' }) });
    expect(refused.status).toBe(401);
    const { message } = (await refused.json()) as { message: string };
    expect(message).toBe('Email or password is wrong.');

    await form.getByLabel('Email').fill(api.manager.email);
    await form.getByLabel('Password').fill('wrong-password-123');
    // hold the answer back a moment: the button says it is signing in and cannot be pressed twice
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/auth/login', async (route) => {
      await held;
      await route.continue();
    });
    await form.getByRole('button', { name: 'Sign in' }).click();
    const busy = form.getByRole('button', { name: 'Signing in…' });
    await busy.waitFor();
    expect(await busy.isDisabled()).toBe(true);
    release();
    await page.getByTestId('sign-in-error').getByText(message, { exact: true }).waitFor();
    await page.unroute('**/api/auth/login');
    expect(await form.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);
    expect(pathOf(page)).toBe('/sign-in?next=%2Fplan');
    await screenshots(page, 'roles-01-sign-in-refused');
  });

  it('signs the manager in and opens the page that was asked for, the user menu naming them', async () => {
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Password').fill(api.manager.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan' }).waitFor();
    expect(pathOf(page)).toBe('/plan');
    const menu = page.getByTestId('user-menu');
    expect(await menu.getByTestId('user-menu-name').innerText()).toBe(api.manager.name);
    expect(await menu.getByTestId('user-menu-email').innerText()).toBe(api.manager.email);
    expect(await menu.getByTestId('user-menu-role').innerText()).toBe('Manager');
    expect(await navLabels(page)).toEqual(['Overview', 'Setup', 'Forecast', 'Plan', 'Rota', 'Monitor', 'Scenarios', 'Auto-reply', 'Users']);
  });

  it('adds a viewer and a lead on the Users page, showing the API’s refusals by the fields', async () => {
    await navLink(page, 'Users').click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    const table = page.getByTestId('users-table');
    await table.getByText(api.manager.email).waitFor();

    await page.getByRole('button', { name: 'Add user', exact: true }).click();
    let form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Name').fill(VIEWER.name);
    await form.getByLabel('Email').fill(VIEWER.email);
    await form.getByLabel('Role').selectOption('viewer');
    await form.getByLabel('Initial password').fill('short');
    await form.getByRole('button', { name: 'Add user' }).click();
    // the API's 400 names the password: its message is shown by that field
    await form.getByText('Initial password must have at least 10 characters.').waitFor();
    await screenshots(page, 'roles-02-users-refused-password');
    await form.getByLabel('Initial password').fill(VIEWER.password);
    await form.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('status').getByText(`Added ${VIEWER.name} (${VIEWER.email}) as viewer.`).waitFor();
    await table.getByText(VIEWER.email, { exact: true }).waitFor();

    // the lead is added as a viewer first, then given the role in the row
    await page.getByRole('button', { name: 'Add user', exact: true }).click();
    form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Name').fill(LEAD.name);
    await form.getByLabel('Email').fill(LEAD.email);
    await form.getByLabel('Initial password').fill(LEAD.password);
    await form.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('status').getByText(`Added ${LEAD.name} (${LEAD.email}) as viewer.`).waitFor();
    await page.getByLabel(`Role of ${LEAD.name}`).selectOption('lead');
    await page.getByRole('status').getByText(`${LEAD.name} is now team lead.`).waitFor();

    // a second account with the lead's email: the API's 409, said by the email field
    await page.getByRole('button', { name: 'Add user', exact: true }).click();
    form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Name').fill('Liam again');
    await form.getByLabel('Email').fill(LEAD.email);
    await form.getByLabel('Initial password').fill('another-password-1');
    await form.getByRole('button', { name: 'Add user' }).click();
    await form.getByText(`A user with the email ${LEAD.email} already exists.`).waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });

    const users = await apiJson<Array<{ email: string; name: string; role: string }>>('/users');
    expect(users.map(({ email, name, role }) => ({ email, name, role })).sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { email: LEAD.email, name: LEAD.name, role: 'lead' },
      { email: api.manager.email, name: api.manager.name, role: 'manager' },
      { email: VIEWER.email, name: VIEWER.name, role: 'viewer' },
    ]);
    expect(await table.locator('tbody tr').count()).toBe(3);
    // the manager's own row: no role select and no remove (the API refuses both)
    const own = table.locator('tbody tr', { has: page.getByText(api.manager.email, { exact: true }) });
    expect(await own.getByRole('combobox').count()).toBe(0);
    expect(await own.getByRole('button').count()).toBe(0);
    await screenshots(page, 'roles-03-users');
  });

  it('shows a viewer, in a fresh browser, only the published rota and its coverage, without a single amount of money', async () => {
    const { rotaId } = await published;
    const viewer = await openBrowser(LAPTOP);
    try {
      await signInThroughPage(viewer.page, api.baseUrl, VIEWER);
      // the start page of a role that cannot read the setup is its rota
      await viewer.page.getByRole('heading', { level: 1, name: 'Rota' }).waitFor();
      expect(pathOf(viewer.page)).toBe('/rota');
      expect(await navLabels(viewer.page)).toEqual(['Rota', 'Coverage']);
      expect(await viewer.page.getByTestId('user-menu-role').innerText()).toBe('Viewer');

      const view = viewer.page.getByTestId('rota-view');
      await view.getByTestId('rota-seats').waitFor();
      const rota = await apiJson<{ summary: { seatsFilled: number; seatsPlanned: number } }>(`/rotas/${rotaId}`);
      expect(await view.getByTestId('rota-seats').innerText()).toBe(`${rota.summary.seatsFilled} of ${rota.summary.seatsPlanned}`);
      await viewer.page.getByTestId('fairness-table').waitFor();
      await viewer.page.getByTestId('rota-grid').locator('tbody tr').first().waitFor();
      // reading only: no building, publishing or pinning, and no pins (a viewer cannot read them)
      expect(await viewer.page.getByRole('form', { name: 'Generate a rota' }).count()).toBe(0);
      expect(await viewer.page.getByRole('button', { name: /^Publish/ }).count()).toBe(0);
      expect(await viewer.page.getByTestId('pins-panel').count()).toBe(0);
      expect(await viewer.page.getByTestId('rota-grid').getByRole('button').count()).toBe(0);
      // the holiday rota and its extra cost are for roles that read every rota
      expect(await viewer.page.getByRole('heading', { name: 'Holiday rota' }).count()).toBe(0);
      expect(await viewer.page.locator('main').innerText()).not.toMatch(MONEY);
      await screenshots(viewer.page, 'roles-04-viewer-rota');

      await navLink(viewer.page, 'Coverage').click();
      await viewer.page.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
      await viewer.page.getByTestId('coverage-chart').locator('.recharts-line').first().waitFor();
      expect(await viewer.page.locator('main').innerText()).not.toMatch(MONEY);
      await screenshots(viewer.page, 'roles-05-viewer-coverage');

      // a page the role does not open, typed by hand: said plainly, no request refused on screen
      await viewer.page.goto(`${api.baseUrl}/setup/agents`);
      await viewer.page.getByRole('heading', { level: 1, name: 'Not available for your role' }).waitFor();
      expect(await viewer.page.getByTestId('forbidden').innerText()).toContain('setup.read');
      await screenshots(viewer.page, 'roles-06-viewer-forbidden');
      expect(viewer.pageErrors).toEqual([]);
    } finally {
      await viewer.close();
    }
  });

  let lead: BrowserSession;

  it('shows a lead the agents and sites without any pay rate, and no Users page', async () => {
    lead = await openBrowser(LAPTOP);
    await signInThroughPage(lead.page, api.baseUrl, LEAD);
    await lead.page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(await navLabels(lead.page)).toEqual(['Overview', 'Setup', 'Forecast', 'Plan', 'Rota', 'Monitor', 'Scenarios', 'Auto-reply']);
    expect(await lead.page.getByTestId('user-menu-role').innerText()).toBe('Team lead');

    await lead.page.goto(`${api.baseUrl}/setup/agents`);
    const agents = lead.page.getByTestId('agent-table');
    await agents.locator('tbody tr').first().waitFor();
    const headers = await agents.locator('thead th').allInnerTexts();
    expect(headers).toEqual(expect.arrayContaining(['Agent', 'Site', 'Languages']));
    expect(headers).not.toContain('Pay');
    expect(await agents.innerText()).not.toMatch(MONEY);
    // reading only, and the API's own answer to the lead holds no pay rate either
    expect(await lead.page.getByRole('button', { name: 'Add agent' }).count()).toBe(0);
    await lead.page.getByTestId('setup-read-only').waitFor();
    const leadToken = await api.signIn(LEAD.email, LEAD.password);
    const answered = (await (await api.fetchAs(leadToken, '/agents')).json()) as Array<Record<string, unknown>>;
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.some((agent) => 'hourlyRate' in agent)).toBe(false);
    await screenshots(lead.page, 'roles-07-lead-agents');

    await lead.page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Sites' }).click();
    const sites = lead.page.getByTestId('site-table');
    await sites.locator('tbody tr').first().waitFor();
    expect(await sites.locator('thead th').allInnerTexts()).not.toContain('Hourly cost');
    expect(await lead.page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Scenario file' }).count()).toBe(0);

    await lead.page.goto(`${api.baseUrl}/users`);
    await lead.page.getByRole('heading', { level: 1, name: 'Not available for your role' }).waitFor();
    expect(await lead.page.getByTestId('forbidden').innerText()).toContain('users.manage');
  });

  it('shows finance the setup and pay without a way to change the setup or build rotas', async () => {
    const finance: Person = { name: 'Fay Finance', email: 'fay.finance@followsun.test', password: 'finance-password-2026' };
    await post('/users', { ...finance, role: 'finance' }, 201);
    const { rotaId } = await published;
    const other = await openBrowser(LAPTOP);
    try {
      await signInThroughPage(other.page, api.baseUrl, finance, '/setup/agents');
      const agents = other.page.getByTestId('agent-table');
      await agents.locator('tbody tr').first().waitFor();
      expect(await agents.locator('thead th').allInnerTexts()).toContain('Pay');
      expect(await other.page.getByRole('button', { name: 'Add agent' }).count()).toBe(0);
      expect(await agents.getByRole('button', { name: /^Edit / }).count()).toBe(0);
      await other.page.getByTestId('setup-read-only').waitFor();

      await navLink(other.page, 'Rota').click();
      await other.page.getByTestId('rota-view').getByTestId('rota-seats').waitFor();
      expect(await other.page.getByRole('form', { name: 'Generate a rota' }).count()).toBe(0);
      expect(await other.page.getByRole('button', { name: /^Publish/ }).count()).toBe(0);
      expect(await other.page.getByRole('button', { name: 'Re-run rota with these pins' }).count()).toBe(0);
      expect(await other.page.getByTestId('rota-grid').getByRole('button').count()).toBe(0);
      // the published rota is the one shown, with its holiday costs (finance reads costs)
      expect(await other.page.getByTestId('rota-view').innerText()).toContain('Published');
      expect((await apiJson<Array<{ id: string }>>('/rotas'))[0].id).toBe(rotaId);

      await navLink(other.page, 'Plan').click();
      await other.page.getByRole('form', { name: 'Run a plan' }).waitFor();
      await screenshots(other.page, 'roles-07b-finance-plan');
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('sends the lead back to sign-in when the manager resets their password, and back to the page afterwards', async () => {
    await lead.page.goto(`${api.baseUrl}/setup/agents`);
    await lead.page.getByTestId('agent-table').locator('tbody tr').first().waitFor();

    await page.getByRole('button', { name: `Reset the password of ${LEAD.name}` }).click();
    const reset = page.getByRole('form', { name: `Reset the password of ${LEAD.name}` });
    await reset.getByLabel('New password').fill(LEAD_RESET_PASSWORD);
    await reset.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('status').getByText(`Set a new password for ${LEAD.name}; their sessions have ended.`).waitFor();

    // the lead's next request is refused (401): the sign-in page, remembering where they were going
    await lead.page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Events' }).click();
    const form = lead.page.getByRole('form', { name: 'Sign in' });
    await form.waitFor();
    expect(pathOf(lead.page)).toBe('/sign-in?next=%2Fsetup%2Fevents');
    await lead.page.getByTestId('sign-in-notice').getByText('Your session has ended. Sign in again to go on where you were.').waitFor();
    expect(await nav(lead.page).count()).toBe(0);
    await screenshots(lead.page, 'roles-08-session-ended');

    await form.getByLabel('Email').fill(LEAD.email);
    await form.getByLabel('Password').fill(LEAD.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await lead.page.getByTestId('sign-in-error').getByText('Email or password is wrong.').waitFor();
    await form.getByLabel('Password').fill(LEAD_RESET_PASSWORD);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await lead.page.getByTestId('event-table').waitFor();
    expect(pathOf(lead.page)).toBe('/setup/events');
  });

  it('lets the lead change their password, showing each refusal by its field', async () => {
    await lead.page.getByTestId('user-menu').getByRole('button', { name: 'Change password' }).click();
    const dialog = lead.page.getByRole('dialog', { name: 'Change password' });
    await dialog.getByLabel('Current password').fill('not-my-password-1');
    await dialog.getByLabel('New password').fill(LEAD_OWN_PASSWORD);
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.getByText('Current password is not your current password.').waitFor();
    await dialog.getByLabel('Current password').fill(LEAD_RESET_PASSWORD);
    await dialog.getByLabel('New password').fill('short');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.getByText('New password must have at least 10 characters.').waitFor();
    expect(await dialog.getByText('Current password is not your current password.').count()).toBe(0);
    await screenshots(lead.page, 'roles-09-change-password-refused');

    await dialog.getByLabel('New password').fill(LEAD_OWN_PASSWORD);
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.getByRole('status').getByText('Password changed').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    // this session stays signed in; the new password is the one that works
    await lead.page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Agents' }).click();
    await lead.page.getByTestId('agent-table').waitFor();
    expect(await api.signIn(LEAD.email, LEAD_OWN_PASSWORD)).toEqual(expect.any(String));
    expect(lead.pageErrors).toEqual([]);
    await lead.close();
  });

  it('removes a user after asking, and they can no longer sign in', async () => {
    await page.goto(`${api.baseUrl}/users`);
    const table = page.getByTestId('users-table');
    await table.getByText('fay.finance@followsun.test', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Remove Fay Finance' }).click();
    await table.getByText('Remove Fay Finance?').waitFor();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await page.getByRole('status').getByText('Removed Fay Finance; they can no longer sign in.').waitFor();
    await table.getByText('fay.finance@followsun.test', { exact: true }).waitFor({ state: 'detached' });
    await expect(api.signIn('fay.finance@followsun.test', 'finance-password-2026')).rejects.toThrow(/answered|failed: 401/);
  });

  it('signs the manager out to the sign-in page, the session over and nothing of it left on screen', async () => {
    await page.getByTestId('user-menu').getByRole('button', { name: 'Sign out' }).click();
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.waitFor();
    expect(pathOf(page)).toBe('/sign-in');
    await page.getByTestId('sign-in-notice').getByText('You have signed out.').waitFor();
    expect(await nav(page).count()).toBe(0);
    expect(await page.getByText(VIEWER.email).count()).toBe(0);
    // the cookie's session is over on the server, not just forgotten by the page
    expect(await page.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);
    await screenshots(page, 'roles-10-signed-out');

    // the browser's back button does not bring the Users page back: signing in is asked again
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await form.waitFor();
    expect(await nav(page).count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });
});
