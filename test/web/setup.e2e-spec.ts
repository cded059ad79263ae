import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import type { ScenarioFile } from '@app/domain';
import type { RunningApi } from './support/api-server';
import { PHONE, screenshot, type BrowserSession } from './support/browser';
import { DOWNLOAD_DIR } from './support/paths';
import { useDemoSession } from './support/demo-session';
import { openSignedInBrowser } from './support/sign-in';

/**
 * A new user's first visit, in real Chromium against the real API (demo organisation seeded
 * into a fresh SQLite file): see the setup, add a site, import history (a file with one bad
 * row, then a good one), export and re-import the scenario file, read it all on a phone.
 * Every step asserts on what the screen shows and saves a screenshot.
 */

const FIXTURES = join(__dirname, 'fixtures');
const DEMO_MARKETPLACES = [/^Amazon US$/, /^Amazon UK$/, /^Amazon DE$/, /^Amazon JP$/, /^Shopify/];

jest.setTimeout(60_000);

const { session, apiGet } = useDemoSession();
let api: RunningApi;
let browser: BrowserSession;
let page: Page;

beforeAll(() => ({ api, browser, page } = session()));

/** Texts of one column of the table inside `scope`, row by row. */
async function columnTexts(page: Page, tableTestId: string, column: number): Promise<string[]> {
  const table = page.getByTestId(tableTestId);
  await table.waitFor();
  return table.locator(`tbody tr td:nth-child(${column})`).allInnerTexts();
}

describe('setup in a real browser', () => {
  it('opens on the overview with the demo organisation, its counts and the database kind', async () => {
    const organisation = await apiGet<{ name: string; reportingCurrency: string }>('/organisation');
    const marketplaces = await apiGet<unknown[]>('/marketplaces');

    await page.goto(api.baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    const summary = page.getByTestId('organisation-summary');
    await summary.getByText(organisation.name, { exact: true }).waitFor();
    await page.getByTestId('database-kind').getByText(/^SQLite \(embedded file\) \d/).waitFor();
    expect(await summary.innerText()).toContain(organisation.reportingCurrency);
    await page.getByRole('link', { name: `Marketplaces: ${marketplaces.length}` }).waitFor();
    const history = await apiGet<{ total: number }[]>('/history/summary');
    const messages = history.reduce((sum, s) => sum + s.total, 0);
    expect(await page.getByTestId('history-extent').innerText()).toContain(`${messages.toLocaleString('en-GB')} messages of history stored`);
    expect(await page.title()).toBe('Overview · followsun');
    await screenshot(page, '01-overview-laptop');
  });

  it('lists the demo marketplaces, Amazon US to Shopify, with their buyers’ time zones named', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Setup' }).click();
    await page.waitForURL('**/setup/marketplaces');
    const names = await columnTexts(page, 'marketplace-table', 1);
    expect(names).toHaveLength(5);
    for (const pattern of DEMO_MARKETPLACES) expect(names.some((name) => pattern.test(name))).toBe(true);
    const zones = await columnTexts(page, 'marketplace-table', 3);
    expect(zones[names.indexOf('Amazon JP')]).toBe('Japan Standard Time (GMT+9)');
    await screenshot(page, '02-marketplaces-laptop');
  });

  it('opens a marketplace for editing with its classes and shares from the API', async () => {
    const amazonUs = (await apiGet<ScenarioFile['marketplaces']>('/marketplaces')).find((m) => m.name === 'Amazon US');
    expect(amazonUs).toBeDefined();
    await page.getByRole('button', { name: 'Edit Amazon US' }).click();
    const form = page.getByRole('form', { name: 'Edit marketplace' });
    await form.waitFor();
    for (const priorityClass of amazonUs!.classes) {
      const share = form.getByLabel(`Share % of ${priorityClass.name}`);
      expect(await share.inputValue()).toBe(String(Math.round(priorityClass.share * 1e6) / 1e4));
    }
    await form.getByText('Shares add up to 100 %').waitFor();
    await screenshot(page, '03-marketplace-edit-laptop');
    await form.getByRole('button', { name: 'Cancel', exact: true }).click();
    await form.waitFor({ state: 'detached' });
  });

  it('shows the demo’s shift templates, agents, events and organisation settings', async () => {
    const tabs = page.getByRole('navigation', { name: 'Setup sections' });
    const [templates, agents, events, organisation] = await Promise.all([
      apiGet<ScenarioFile['shiftTemplates']>('/shift-templates'),
      apiGet<ScenarioFile['agents']>('/agents'),
      apiGet<ScenarioFile['events']>('/events'),
      apiGet<{ name: string; horizon?: { weeks: number } }>('/organisation'),
    ]);

    await tabs.getByRole('link', { name: 'Shift templates' }).click();
    const templateNames = await columnTexts(page, 'shift-template-table', 1);
    expect(templateNames).toHaveLength(templates.length);
    const starts = await columnTexts(page, 'shift-template-table', 4);
    const everyHour = templates.findIndex((t) => t.startTimes.length === 24);
    expect(starts[everyHour]).toBe('every hour, 00:00–23:00');
    await screenshot(page, '02b-shift-templates-laptop');

    await tabs.getByRole('link', { name: 'Agents' }).click();
    expect(await columnTexts(page, 'agent-table', 1)).toEqual(agents.map((a) => a.name));
    const manila = agents.filter((a) => a.siteId === 'manila');
    await page.getByLabel('Show agents of').selectOption('manila');
    expect(await columnTexts(page, 'agent-table', 1)).toEqual(manila.map((a) => a.name));
    await screenshot(page, '02c-agents-manila-laptop');

    await tabs.getByRole('link', { name: 'Events' }).click();
    expect(await columnTexts(page, 'event-table', 1)).toEqual(events.map((e) => e.name));
    await screenshot(page, '02d-events-laptop');

    await tabs.getByRole('link', { name: 'Organisation' }).click();
    const form = page.getByRole('form', { name: 'Organisation settings' });
    await form.waitFor();
    expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe(organisation.name);
    expect(await form.getByLabel('Weeks').inputValue()).toBe(String(organisation.horizon?.weeks));
    await screenshot(page, '02e-organisation-laptop');
  });

  it('adds a currency rate, so a site can be paid in that currency', async () => {
    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Currency rates' }).click();
    await page.getByTestId('currency-rate-table').waitFor();
    await page.getByRole('button', { name: 'Add currency rate' }).click();
    const form = page.getByRole('form', { name: 'New currency rate' });
    await form.getByLabel('Currency', { exact: true }).fill('myr');
    await form.getByLabel('Value of 1 MYR in USD').fill('0,21');
    await form.getByRole('button', { name: 'Create currency rate' }).click();
    await page.getByRole('status').getByText('Saved MYR.').waitFor();
    const currencies = await columnTexts(page, 'currency-rate-table', 1);
    const rates = await columnTexts(page, 'currency-rate-table', 2);
    expect(rates[currencies.indexOf('MYR')]).toBe('0.21 USD');
    expect(await apiGet('/currency-rates/MYR')).toEqual({ currency: 'MYR', toReporting: 0.21 });
  });

  it('creates a site, showing the API’s message next to a bad time zone first', async () => {
    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Sites' }).click();
    await page.getByTestId('site-table').waitFor();
    await page.getByRole('button', { name: 'Add site' }).click();
    const form = page.getByRole('form', { name: 'New site' });
    await form.getByLabel('Name', { exact: true }).fill('Kuala Lumpur');
    expect(await form.getByLabel('Id', { exact: true }).inputValue()).toBe('kuala-lumpur');
    await form.getByLabel('Time zone', { exact: true }).fill('Asia/Kuala_Lumpr');
    await form.getByLabel('Holiday country').fill('MY');
    await form.getByLabel('Currency').fill('MYR');
    await form.getByLabel('Hourly cost').fill('18.5');
    await form.getByRole('button', { name: 'Create site' }).click();

    await form.getByRole('alert').getByText('The site was not saved').waitFor();
    const zoneInput = form.getByLabel('Time zone', { exact: true });
    expect(await zoneInput.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await zoneInput.getAttribute('aria-describedby')) ?? '';
    const fieldMessage = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).innerText();
    expect(fieldMessage).toContain('Asia/Kuala_Lumpr');
    await screenshot(page, '04-site-invalid-time-zone-laptop');

    await zoneInput.fill('Asia/Kuala_Lumpur');
    await form.getByRole('button', { name: 'Create site' }).click();
    await page.getByRole('status').getByText('Saved Kuala Lumpur.').waitFor();
    const sites = await columnTexts(page, 'site-table', 1);
    expect(sites).toContain('Kuala Lumpur');
    const costs = await columnTexts(page, 'site-table', 3);
    expect(costs[sites.indexOf('Kuala Lumpur')]).toBe('MYR\u00a018.50');
    const stored = await apiGet<{ id: string; timeZone: string; hourlyCost: number }>('/sites/kuala-lumpur');
    expect(stored).toMatchObject({ id: 'kuala-lumpur', timeZone: 'Asia/Kuala_Lumpur', hourlyCost: 18.5 });
    await screenshot(page, '05-site-created-laptop');
  });

  it('creates a marketplace from the TikTok Shop preset, refusing shares that do not add up to 100 %', async () => {
    const presets = await apiGet<Record<string, { classes: { id: string; name: string; share: number; replyDeadlineHours: number | null }[] }>>('/presets');
    const tiktok = presets['tiktok-shop'];
    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Marketplaces' }).click();
    await page.getByRole('button', { name: 'Add marketplace' }).click();
    const form = page.getByRole('form', { name: 'New marketplace' });
    await form.getByLabel('Platform').selectOption('tiktok-shop');
    await form.getByText('TikTok Shop preset:').waitFor();
    for (const priorityClass of tiktok.classes) {
      expect(await form.getByLabel(`Id of ${priorityClass.name}`).inputValue()).toBe(priorityClass.id);
      expect(await form.getByLabel(`Reply deadline (hours) of ${priorityClass.name}`).inputValue()).toBe(
        priorityClass.replyDeadlineHours === null ? '' : String(priorityClass.replyDeadlineHours),
      );
    }
    await form.getByLabel('Name', { exact: true }).fill('TikTok Shop UK');
    expect(await form.getByLabel('Id', { exact: true }).inputValue()).toBe('tiktok-shop-uk');
    await form.getByLabel('Buyers’ time zone').fill('Europe/London');
    await form.getByLabel('Buyers’ country').fill('GB');
    await form.getByLabel('Languages').fill('en');
    const standard = tiktok.classes.find((c) => c.id === 'standard')!;
    const shareOfStandard = form.getByLabel(`Share % of ${standard.name}`);
    await shareOfStandard.fill('75');
    const othersPercent = tiktok.classes.filter((c) => c.id !== 'standard').reduce((sum, c) => sum + c.share * 100, 0);
    await form.getByText(`Shares add up to ${othersPercent + 75} %`).waitFor();
    await form.getByRole('button', { name: 'Create marketplace' }).click();

    await form.getByRole('alert').getByText('The marketplace was not saved').waitFor();
    const classesError = form.getByRole('group', { name: 'Priority classes' }).locator('p.field__error');
    expect(await classesError.innerText()).toMatch(/sum/i);
    await screenshot(page, '05b-marketplace-shares-refused-laptop');

    await shareOfStandard.fill(String(Math.round((100 - othersPercent) * 1e4) / 1e4));
    await form.getByText('Shares add up to 100 %').waitFor();
    await form.getByRole('button', { name: 'Create marketplace' }).click();
    await page.getByRole('status').getByText('Saved TikTok Shop UK.').waitFor();
    expect(await columnTexts(page, 'marketplace-table', 1)).toContain('TikTok Shop UK');
    const stored = await apiGet<{ platform: string; classes: { id: string; share: number }[] }>('/marketplaces/tiktok-shop-uk');
    expect(stored.platform).toBe('tiktok-shop');
    expect(stored.classes.map((c) => [c.id, c.share])).toEqual(tiktok.classes.map((c) => [c.id, c.share]));
    await screenshot(page, '05c-marketplace-created-laptop');
  });

  it('rejects a history CSV with one bad row and shows its row, field and message', async () => {
    const before = await apiGet<unknown[]>('/history/summary');
    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'History' }).click();
    await page.getByTestId('history-summary-table').waitFor();
    await page.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'history-one-bad-row.csv'));
    await page.getByLabel('Time zone of times without an offset').fill('America/New_York');
    await page.getByRole('button', { name: 'Import history' }).click();

    const errors = page.getByTestId('history-import-errors');
    await errors.getByText('history-one-bad-row.csv was not imported').waitFor();
    const rows = await errors.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toBe('3');
    expect(rows[0][1]).toBe('marketplace');
    expect(rows[0][2]).toContain('amazon-xx');
    expect(await apiGet<unknown[]>('/history/summary')).toEqual(before);
    await screenshot(page, '06-history-bad-row-laptop');
  });

  it('imports a good history CSV and shows what was stored, on the buyers’ clock', async () => {
    await page.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'history-good.csv'));
    await page.getByRole('button', { name: 'Import history' }).click();
    const result = page.getByTestId('history-import-result');
    await result.getByText('History imported').waitFor();
    expect(await result.getByRole('status').innerText()).toContain('3 rows from history-good.csv went into 1 series.');
    const cells = await result.locator('tbody tr td').allInnerTexts();
    // 09:15 and 09:40 New York time fall in one hour, 10:05 in the next: two hours, three messages.
    expect(cells).toEqual(['Amazon US', 'all classes', '2 Nov 2026, 09:00 GMT-5', '2 Nov 2026, 10:00 GMT-5', '2', '3', '1.5']);
    // The two imported hours replaced the demo's counts of those hours.
    const stored = await apiGet<{ classId: string | null; start: string; counts: (number | null)[] }[]>(
      '/history?marketplaceId=amazon-us&from=2026-11-02T14:00:00Z&to=2026-11-02T15:00:00Z',
    );
    expect(stored).toEqual([{ marketplaceId: 'amazon-us', classId: null, start: '2026-11-02T14:00:00Z', counts: [2, 1] }]);
    await screenshot(page, '07-history-imported-laptop');
  });

  it('exports the scenario file as a download that holds the new site', async () => {
    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Scenario file' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download scenario file' }).click()]);
    mkdirSync(DOWNLOAD_DIR, { recursive: true });
    const path = join(DOWNLOAD_DIR, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/^followsun-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
    const scenario = JSON.parse(readFileSync(path, 'utf8')) as ScenarioFile;
    expect(scenario.marketplaces.map((m) => m.id)).toContain('tiktok-shop-uk');
    expect(scenario.sites.map((s) => s.id)).toContain('kuala-lumpur');
    expect(scenario.currencyRates).toContainEqual({ currency: 'MYR', toReporting: 0.21 });
    await page.getByRole('status').getByText(`Saved ${download.suggestedFilename()}: ${scenario.marketplaces.length} marketplaces, ${scenario.sites.length} sites`).waitFor();
    await screenshot(page, '08-scenario-exported-laptop');
  });

  it('refuses a scenario file with a bad value, listing the problem by path, then accepts the file as exported', async () => {
    const exported = await apiGet<ScenarioFile>('/scenario/export');
    const broken = structuredClone(exported);
    const siteIndex = broken.sites.findIndex((s) => s.id === 'kuala-lumpur');
    broken.sites[siteIndex].timeZone = 'Mars/Olympus_Mons';
    await page.getByLabel('Scenario file (.json)').setInputFiles({ name: 'broken-scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByText('Replace the current setup with').waitFor();
    await page.getByRole('button', { name: 'Replace setup with this file' }).click();

    const errors = page.getByTestId('scenario-import-errors');
    await errors.getByText('broken-scenario.json was not imported').waitFor();
    const rows = await errors.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    const zoneProblem = rows.find((row) => row[0] === `sites › #${siteIndex + 1} › timeZone`);
    expect(zoneProblem?.[1]).toContain('Mars/Olympus_Mons');
    expect(await apiGet<ScenarioFile>('/scenario/export')).toEqual(exported);
    await screenshot(page, '09-scenario-import-refused-laptop');

    // The file as exported is accepted, and the setup is the same afterwards (the round trip).
    await page.getByLabel('Scenario file (.json)').setInputFiles({ name: 'exported.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.getByRole('button', { name: 'Replace setup with this file' }).click();
    const result = page.getByTestId('scenario-import-result');
    await result.getByText('Setup replaced').waitFor();
    expect(await result.innerText()).toContain(`${exported.marketplaces.length} marketplaces`);
    expect(await apiGet<ScenarioFile>('/scenario/export')).toEqual(exported);
    await screenshot(page, '09b-scenario-imported-laptop');
  });

  it('deletes a site after confirmation, and explains why a site with agents cannot be deleted', async () => {
    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Sites' }).click();
    await page.getByTestId('site-table').waitFor();

    await page.getByRole('button', { name: 'Delete Shenzhen customer service' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Could not delete the site' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/still used by/);
    await page.getByRole('button', { name: 'Keep' }).click();
    expect(await columnTexts(page, 'site-table', 1)).toContain('Shenzhen customer service');
    await screenshot(page, '10a-site-delete-refused-laptop');

    await page.getByRole('button', { name: 'Delete Kuala Lumpur' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByRole('status').getByText('Deleted Kuala Lumpur.').waitFor();
    expect(await columnTexts(page, 'site-table', 1)).not.toContain('Kuala Lumpur');
    expect((await api.fetch('/sites/kuala-lumpur')).status).toBe(404);
  });

  it('is readable at phone width: the menu folds away and wide tables scroll inside their box', async () => {
    const phone = await openSignedInBrowser(api, PHONE);
    try {
      await phone.page.goto(`${api.baseUrl}/setup/marketplaces`);
      await phone.page.getByTestId('marketplace-table').waitFor();
      const pageWidth = await phone.page.evaluate<number>('document.documentElement.scrollWidth');
      expect(pageWidth).toBeLessThanOrEqual(PHONE.width);
      const table = phone.page.getByTestId('marketplace-table');
      const overflow = await table.evaluate((box) => box.scrollWidth - box.clientWidth);
      expect(overflow).toBeGreaterThan(0);
      const navLink = phone.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forecast' });
      expect(await navLink.isVisible()).toBe(false);
      await screenshot(phone.page, '10-marketplaces-phone');

      await phone.page.getByRole('button', { name: 'Menu' }).click();
      await navLink.waitFor({ state: 'visible' });
      await screenshot(phone.page, '11-menu-open-phone');
      await navLink.click();
      // No forecast has been run in this database: the page says what to do first.
      await phone.page.getByRole('heading', { name: 'No forecast yet' }).waitFor();
      expect(await navLink.isVisible()).toBe(false);
      expect(await phone.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
      await screenshot(phone.page, '12-forecast-empty-phone');

      await phone.page.goto(`${api.baseUrl}/setup/history`);
      await phone.page.getByTestId('history-summary-table').waitFor();
      expect(await phone.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
      await screenshot(phone.page, '12b-history-phone');

      await phone.page.goto(`${api.baseUrl}/setup/marketplaces`);
      await phone.page.getByRole('button', { name: 'Add marketplace' }).click();
      await phone.page.getByRole('form', { name: 'New marketplace' }).getByText('Shares add up to 100 %').waitFor();
      expect(await phone.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
      await screenshot(phone.page, '12c-new-marketplace-phone');

      await phone.page.goto(`${api.baseUrl}/`);
      await phone.page.getByTestId('organisation-summary').getByText('Reporting currency').waitFor();
      await screenshot(phone.page, '13-overview-phone');
      expect(phone.pageErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('logged no script errors in the laptop session', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
