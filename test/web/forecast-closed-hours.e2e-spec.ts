import type { Page } from 'playwright-core';
import type { RunningApi } from './support/api-server';
import { screenshot } from './support/browser';
import { useDemoSession } from './support/demo-session';

/**
 * The forecast page on a business-hours history, in real Chromium against the real API: the
 * demo's Shopify store is given an hourly export of a weekday 09:00–17:00 team (Los Angeles
 * time, no rows at night or at the weekend, across the end of DST on 1 November), and its
 * forecast shows those hours as closed — shaded on the chart, counted under it — as the API
 * has them.
 */

jest.setTimeout(300_000);

const { session, apiGet } = useDemoSession();
let api: RunningApi;
let page: Page;

beforeAll(() => ({ api, page } = session()));

const HOUR_MS = 3_600_000;
const ZONE = 'America/Los_Angeles';

/** Local wall-clock "YYYY-MM-DDTHH:00" rows, Monday to Friday 09:00–16:00, for the weeks before `horizonStart`. */
function businessHoursCsv(horizonStart: string, weeks: number): string {
  const lines = ['hour_start,marketplace,count'];
  const first = Date.parse(`${horizonStart}T00:00:00Z`) - weeks * 7 * 24 * HOUR_MS;
  for (let day = 0; day < weeks * 7; day++) {
    const date = new Date(first + day * 24 * HOUR_MS);
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    if (weekday > 5) continue;
    for (let hour = 9; hour < 17; hour++) lines.push(`${date.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00,shopify-us,${12 + ((day + hour) % 7)}`);
  }
  return lines.join('\n');
}

async function waitForJobToFinish(testId: string, timeout: number): Promise<void> {
  const card = page.getByTestId(testId);
  await card.getByRole('status').filter({ hasText: /^(Finished|Failed|Cancelled)$/ }).waitFor({ timeout });
  expect(await card.getByRole('status').innerText()).toBe('Finished');
}

describe('the forecast page on a business-hours history', () => {
  it('shades the hours the history never had as closed, and counts them as the API does', async () => {
    const scenario = await apiGet<{ horizon: { start: string } }>('/scenario/export');
    const deleted = await api.fetch('/history?marketplaceId=shopify-us', { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    const imported = await api.fetch(`/history/import?timeZone=${encodeURIComponent(ZONE)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: businessHoursCsv(scenario.horizon.start, 5),
    });
    expect(imported.status).toBe(200);

    await page.goto(`${api.baseUrl}/forecast`);
    await page.getByLabel('Weeks ahead').selectOption('1');
    await page.getByRole('button', { name: 'Run forecast' }).click();
    await waitForJobToFinish('forecast-progress', 120_000);
    await page.getByLabel('Marketplace', { exact: true }).selectOption('shopify-us');

    const latest = await apiGet<{ id: string }>('/forecasts/latest');
    const [total] = await apiGet<Array<{ classId: string | null; points: Array<{ utc: string; local: string; forecast: number; closed: boolean }> }>>(
      `/forecasts/${latest.id}/series?marketplaceId=shopify-us`,
    );
    expect(total.classId).toBeNull();
    const closed = total.points.filter((point) => point.closed);
    // 168 hours of a week less Monday–Friday 09:00–16:59
    expect(closed).toHaveLength(128);
    expect(closed.every((point) => point.forecast === 0)).toBe(true);

    const chart = page.getByTestId('forecast-chart');
    await chart.locator('.forecast-chart__closed').first().waitFor();
    expect(await chart.getByRole('list', { name: 'Chart key' }).innerText()).toContain('Closed (never open in the history)');
    const note = await page.getByTestId('forecast-closed-note').innerText();
    expect(note).toContain('Closed: 128 of the 168 hours shown');
    await screenshot(page, 'forecast-closed-hours');
  });
});
