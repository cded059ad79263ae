import type { Page } from 'playwright-core';
import type { RunningApi } from './support/api-server';
import { screenshot } from './support/browser';
import { useDemoSession } from './support/demo-session';

/**
 * The forecast page names what drives its peaks: on the demo's first four weeks (from Cyber
 * Monday, 30 November 2026), Amazon US shows the end of the Black Friday weekend with the uplift learned from the
 * Black Friday weekend in the history, the Christmas shopping weeks at the setup's ×1.42 and
 * Christmas Day as a public holiday — shaded and labelled on the chart and listed under it with
 * the API's figures.
 */

jest.setTimeout(300_000);

// the events belong to the weeks from Cyber Monday 2026, whatever the date the suite runs on
const { session, apiGet } = useDemoSession({ demoStart: '2026-11-30' });
let api: RunningApi;
let page: Page;

beforeAll(() => ({ api, page } = session()));

interface CalendarEffect {
  name: string;
  multiplier: number;
  source: string;
  datesInHorizon: string[];
}

describe('the forecast page shows events and holidays', () => {
  it('shades and names Cyber Monday, the Christmas shopping weeks and Christmas Day, with the effect the forecast gave each', async () => {
    await page.goto(`${api.baseUrl}/forecast`);
    await page.getByLabel('Weeks ahead').selectOption('4');
    await page.getByRole('button', { name: 'Run forecast' }).click();
    const progress = page.getByTestId('forecast-progress');
    await progress.getByRole('status').filter({ hasText: /^(Finished|Failed|Cancelled)$/ }).waitFor({ timeout: 180_000 });
    expect(await progress.getByRole('status').innerText()).toBe('Finished');
    await page.getByLabel('Marketplace', { exact: true }).selectOption('amazon-us');
    await page.getByLabel('Forecast shown').selectOption('4');

    const latest = await apiGet<{ id: string; marketplaces: Array<{ marketplaceId: string; series: Array<{ classId: string | null; calendar: { events: CalendarEffect[] } }> }> }>('/forecasts/latest');
    const us = latest.marketplaces.find((m) => m.marketplaceId === 'amazon-us')!.series.find((s) => s.classId === null)!;
    const cyber = us.calendar.events.find((e) => e.name === 'Black Friday / Cyber Monday')!;
    // the forecast starts at midnight UTC, Sunday evening in New York: the weekend's last hours too
    expect(cyber).toMatchObject({ source: 'learned', datesInHorizon: ['2026-11-29', '2026-11-30'] });
    expect(cyber.multiplier).toBeGreaterThan(1.3);
    expect(us.calendar.events.find((e) => e.name === 'Christmas shopping weeks')).toMatchObject({ source: 'user', multiplier: 1.42 });

    const chart = page.getByTestId('forecast-chart');
    await chart.locator('.forecast-chart__event').first().waitFor();
    expect(await chart.locator('.forecast-chart__event').count()).toBe(3);
    expect(await chart.getByRole('list', { name: 'Chart key' }).innerText()).toContain('Holiday or event');
    const listed = await page.getByTestId('forecast-events').locator('li').allInnerTexts();
    const times = `×${cyber.multiplier.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
    expect(listed).toEqual([
      `Black Friday / Cyber Monday, 2026-11-29 to 2026-11-30: ${times} the usual volume, learned from the same event in the history`,
      'Christmas shopping weeks, 2026-12-01 to 2026-12-23: ×1.42 the usual volume, as set in the setup',
      expect.stringMatching(/^Public holiday, 2026-12-25: forecast like a /),
    ]);
    await screenshot(page, 'forecast-events');
  });
});
