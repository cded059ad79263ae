import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import type { RunningApi } from './support/api-server';
import { PHONE, screenshot, type BrowserSession } from './support/browser';
import { DOWNLOAD_DIR } from './support/paths';
import { useDemoSession } from './support/demo-session';
import { openSignedInBrowser } from './support/sign-in';

/**
 * A new user's way through the product on the demo organisation, in real Chromium against the
 * real API: sign in on the sign-in page as the first manager, import history (a file with one bad row), forecast, plan (watching the solver's
 * progress to the end), read the coverage, generate the rota and download it, compare two
 * scenarios, read the auto-reply promises — then the same pages at phone width. Each step
 * asserts on what the screen shows, checked against the API's own answers, and saves a screenshot.
 *
 * Kept fast on 2 cores: a 1-week forecast and plan with a 10 s limit, 2 replications and 10 s
 * plans in the comparison.
 */

const FIXTURES = join(__dirname, 'fixtures');
const PLAN_TIME_LIMIT_SECONDS = 10;

jest.setTimeout(120_000);

// signed out at first: the flow starts on the sign-in page, as a new user's does
const { session, apiGet } = useDemoSession({ signIn: 'none' });
let api: RunningApi;
let browser: BrowserSession;
let page: Page;

beforeAll(() => ({ api, browser, page } = session()));

const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/** Waits for a job's progress card to say it finished, and returns the steps it listed. */
async function waitForJobToFinish(testId: string, timeout: number): Promise<string[]> {
  const card = page.getByTestId(testId);
  await card.getByRole('status').filter({ hasText: /^(Finished|Failed|Cancelled)$/ }).waitFor({ timeout });
  expect(await card.getByRole('status').innerText()).toBe('Finished');
  return card.getByRole('list', { name: 'Progress events' }).locator('li').allInnerTexts();
}

interface PlanListItem {
  id: string;
  status: string;
  totalCost: number | null;
  gap: number | null;
  lpBound: number | null;
  grid: { hours: number };
}

describe('a new user’s flow on the demo organisation', () => {
  it('opens on the sign-in page, signs in as the first manager and lands on the overview, every planning page in the menu', async () => {
    await page.goto(api.baseUrl);
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await screenshot(page, 'flow-00-sign-in');
    await form.getByLabel('Email').fill(api.manager.email);
    await form.getByLabel('Password').fill(api.manager.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const menu = page.getByTestId('user-menu');
    await menu.getByText(api.manager.email).waitFor();
    expect(await menu.getByTestId('user-menu-role').innerText()).toBe('Manager');
    for (const name of ['Forecast', 'Plan', 'Rota', 'Scenarios', 'Auto-reply']) expect(await nav(name).isVisible()).toBe(true);
    await screenshot(page, 'flow-01-overview');
  });

  it('refuses a history CSV with one bad row and names the row', async () => {
    const before = await apiGet<unknown[]>('/history/summary');
    await page.goto(`${api.baseUrl}/setup/history`);
    await page.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'history-one-bad-row.csv'));
    await page.getByLabel('Time zone of times without an offset').fill('America/New_York');
    await page.getByRole('button', { name: 'Import history' }).click();
    const errors = page.getByTestId('history-import-errors');
    await errors.getByText('history-one-bad-row.csv was not imported').waitFor();
    expect(await errors.locator('tbody tr td').allInnerTexts()).toEqual(['3', 'marketplace', expect.stringContaining('amazon-xx')]);
    expect(await apiGet<unknown[]>('/history/summary')).toEqual(before);
    await screenshot(page, 'flow-02-history-bad-row');
  });

  it('runs a one-week forecast and shows it with its bands, the buyers’ week and its backtest', async () => {
    await nav('Forecast').click();
    await page.getByRole('heading', { name: 'No forecast yet' }).waitFor();
    await page.getByLabel('Weeks ahead').selectOption('1');
    await page.getByRole('button', { name: 'Run forecast' }).click();
    const steps = await waitForJobToFinish('forecast-progress', 60_000);
    const marketplaces = await apiGet<{ id: string; name: string }[]>('/marketplaces');
    // one progress step per marketplace total, counted "done of total"
    expect(steps).toHaveLength(marketplaces.length);
    expect(steps[steps.length - 1]).toMatch(new RegExp(`· ${marketplaces.length} of ${marketplaces.length}$`));

    const latest = await apiGet<{ id: string; hours: number; marketplaces: { marketplaceId: string; status: string }[] }>('/forecasts/latest');
    expect(latest.hours).toBe(168);
    await page.getByTestId('forecast-summary').getByText('168 hours (1 week)').waitFor();
    const chart = page.getByTestId('forecast-chart');
    await chart.locator('.recharts-area').first().waitFor();
    expect(await chart.locator('.recharts-area').count()).toBe(2); // 80 % and 95 % bands
    expect(await chart.locator('.recharts-line').count()).toBe(2); // actuals and forecast
    const title = await chart.locator('figcaption').innerText();
    const shown = await page.getByLabel('Marketplace', { exact: true }).inputValue();
    const shownName = marketplaces.find((m) => m.id === shown)!.name;
    expect(title).toContain(`${shownName}, all classes`);
    expect(await page.getByTestId('hour-of-week-heatmap').locator('tbody tr').count()).toBe(7);
    expect(await page.getByTestId('hour-of-week-heatmap').locator('tbody tr').first().locator('td').count()).toBe(24);

    const backtest = await apiGet<{ marketplaces: { marketplaceId: string; series: { classId: string | null; buckets: unknown[]; overall: { wape: number } | null }[] }[] }>(
      `/forecasts/${latest.id}/backtest`,
    );
    const total = backtest.marketplaces.find((m) => m.marketplaceId === shown)!.series.find((s) => s.classId === null)!;
    const rows = await page.getByTestId('backtest-table').locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(total.buckets.length + (total.overall ? 1 : 0));
    expect(rows[rows.length - 1]).toContain(`${total.overall!.wape.toLocaleString('en-GB', { maximumFractionDigits: 1 })} %`);
    expect(await page.getByTestId('chosen-method').innerText()).not.toBe('');
    await screenshot(page, 'flow-03-forecast');
  });

  it('cancels a plan while it solves', async () => {
    await nav('Plan').click();
    await page.getByRole('heading', { name: 'No plan yet' }).waitFor();
    const form = page.getByRole('form', { name: 'Run a plan' });
    await form.getByLabel('Weeks to plan').selectOption('1');
    await form.getByLabel('Time limit (seconds)').fill('120');
    await form.getByRole('button', { name: 'Run plan' }).click();
    const progress = page.getByTestId('plan-progress');
    await progress.getByTestId('progress-lp-bound').waitFor({ timeout: 60_000 });
    await progress.getByRole('button', { name: 'Cancel plan' }).click();
    await progress.getByRole('status').getByText('Cancelled', { exact: true }).waitFor({ timeout: 10_000 });
    const [plan] = await apiGet<PlanListItem[]>('/plans');
    expect(plan.status).toBe('cancelled');
    expect(plan.totalCost).toBeNull();
    await page.getByTestId('plan-status').getByText('Cancelled').waitFor();
  });

  it('runs a one-week plan, shows the solver’s progress to the end, then the plan’s figures', async () => {
    const form = page.getByRole('form', { name: 'Run a plan' });
    await form.getByLabel('Time limit (seconds)').fill(String(PLAN_TIME_LIMIT_SECONDS));
    await form.getByRole('button', { name: 'Run plan' }).click();

    const progress = page.getByTestId('plan-progress');
    // a new job: the cancelled one's status and figures are gone
    await progress.getByRole('status').filter({ hasText: /^(Waiting to start|Running)/ }).waitFor();
    await progress.getByRole('button', { name: 'Cancel plan' }).waitFor();
    // the LP bound arrives before the plan is done
    await progress.getByTestId('progress-lp-bound').waitFor({ timeout: 60_000 });
    const steps = await waitForJobToFinish('plan-progress', 90_000);
    expect(steps.some((step) => step.startsWith('Started'))).toBe(true);
    expect(steps.some((step) => step.startsWith('Lower bound from the LP relaxation'))).toBe(true);
    expect(steps.some((step) => step.startsWith('Better plan found'))).toBe(true);
    expect(steps[steps.length - 1]).toMatch(/^Finished · cost US\$[\d,.]+ · gap [\d.]+%/);
    expect(await progress.getByRole('button', { name: 'Cancel plan' }).count()).toBe(0);

    const [plan] = await apiGet<PlanListItem[]>('/plans');
    expect(plan.grid.hours).toBe(168);
    expect(plan.totalCost).not.toBeNull();
    const money = (value: number) => value.toLocaleString('en-GB', { style: 'currency', currency: 'USD' });
    await page.getByTestId('plan-view').waitFor();
    expect(await page.getByTestId('plan-total-cost').innerText()).toBe(money(plan.totalCost!));
    // (the demo's named team may be short somewhere: the status then says so)
    expect(await page.getByTestId('plan-status').innerText()).toMatch(/^(Optimal|Feasible, within the gap shown|Time limit reached)( · team short-staffed)?$/);
    expect(await page.getByTestId('plan-gap').innerText()).toBe((plan.gap ?? 0).toLocaleString('en-GB', { style: 'percent', maximumFractionDigits: 2 }));
    const costRows = await page.getByTestId('plan-cost-table').locator('tbody tr').count();
    const summary = await apiGet<{ costBySite: unknown[]; marketplaces: unknown[] }>(`/plans/${plan.id}`);
    expect(costRows).toBe(summary.costBySite.length);
    expect(await page.getByTestId('plan-service-table').locator('tbody tr').count()).toBe(summary.marketplaces.length);
    const shifts = await apiGet<{ count: number }[]>(`/plans/${plan.id}/shifts`);
    const mixTotals = await page.getByTestId('shift-mix-table').locator('tbody tr td:last-child').allInnerTexts();
    expect(mixTotals.reduce((sum, text) => sum + Number(text), 0)).toBe(shifts.reduce((sum, s) => sum + s.count, 0));
    await screenshot(page, 'flow-04-plan');
  });

  it('reads the coverage per site on the site’s clock and per marketplace on the buyers’', async () => {
    const panel = page.getByTestId('coverage-panel');
    const chart = panel.getByTestId('coverage-chart');
    expect(await chart.locator('figcaption').innerText()).toMatch(/^All marketplaces, hour by hour — .+ buyers’ time: /);

    const sites = await apiGet<{ id: string; name: string }[]>('/sites');
    const manila = sites.find((s) => s.id === 'manila')!;
    await panel.getByLabel('Coverage of').selectOption('site');
    await panel.getByLabel('Site', { exact: true }).selectOption(manila.id);
    await chart.getByText(`${manila.name}, hour by hour — ${manila.name} site time: Philippine Standard Time (GMT+8)`).waitFor();
    expect(await chart.locator('.recharts-area').count()).toBe(1); // capacity
    expect(await chart.locator('.recharts-line').count()).toBe(2); // workload and agents on duty
    await screenshot(page, 'flow-05-coverage-site');

    await panel.getByLabel('Clock').selectOption('utc');
    await chart.getByText(`${manila.name}, hour by hour — UTC: UTC`).waitFor();
    await panel.getByLabel('Coverage of').selectOption('marketplace');
    await panel.getByLabel('Marketplace').selectOption('amazon-jp');
    await panel.getByLabel('Clock').selectOption('');
    await chart.getByText('Amazon JP, hour by hour — Amazon JP buyers’ time: Japan Standard Time (GMT+9)').waitFor();
    await screenshot(page, 'flow-06-coverage-marketplace');
  });

  it('generates the rota from the plan and shows every agent by day', async () => {
    await nav('Rota').click();
    await page.getByRole('heading', { name: 'No rota yet' }).waitFor();
    await page.getByRole('button', { name: 'Generate rota' }).click();
    await waitForJobToFinish('rota-progress', 60_000);
    await page.getByTestId('rota-view').waitFor();

    const [summary] = await apiGet<{ id: string; status: string; summary: { seatsPlanned: number; seatsFilled: number; agents: number } }[]>('/rotas');
    const rota = await apiGet<{ dates: string[]; agents: { name: string; siteId: string }[]; unfilled: { shift: { siteId: string }; message: string }[] }>(`/rotas/${summary.id}`);
    expect(await page.getByTestId('rota-seats').innerText()).toBe(`${summary.summary.seatsFilled} of ${summary.summary.seatsPlanned}`);
    expect(await page.getByTestId('rota-status').innerText()).toBe(summary.status === 'complete' ? 'Complete' : 'Partial');
    const grid = page.getByTestId('rota-grid');
    expect(await grid.locator('tbody tr').count()).toBe(rota.agents.length);
    expect(await grid.locator('thead th').count()).toBe(rota.dates.length + 2);
    await screenshot(page, 'flow-07-rota');

    // every unfilled shift is listed with the API's reason
    const issues = page.getByTestId('rota-issues');
    await issues.getByRole('heading', { name: `Unfilled shifts (${rota.unfilled.length})` }).waitFor();
    if (rota.unfilled.length > 0) expect(await issues.getByTestId('unfilled-list').locator('li').first().innerText()).toContain(rota.unfilled[0].message);

    await page.getByLabel('Site', { exact: true }).selectOption('shenzhen');
    expect(await grid.locator('tbody tr').count()).toBe(rota.agents.filter((a) => a.siteId === 'shenzhen').length);
    await issues.getByRole('heading', { name: `Unfilled shifts (${rota.unfilled.filter((u) => u.shift.siteId === 'shenzhen').length})` }).waitFor();
    await page.getByLabel('Site', { exact: true }).selectOption('');
  });

  it('downloads the rota as CSV: its header and a row per filled seat', async () => {
    const [summary] = await apiGet<{ id: string; summary: { seatsFilled: number } }[]>('/rotas');
    const rota = await apiGet<{ agents: { name: string; days: { date: string; shifts: { localStart: string; localEnd: string }[] }[] }[] }>(`/rotas/${summary.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rota-csv-link').click()]);
    mkdirSync(DOWNLOAD_DIR, { recursive: true });
    const path = join(DOWNLOAD_DIR, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync(path, 'utf8');
    expect(text.split(/\r?\n/)[0]).toBe('agent,agent_id,date,start,end,site,marketplaces,end_date,time_zone,template,paid_hours,languages,night,weekend,holiday,pinned,dispatch');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(summary.summary.seatsFilled);
    // every shift says what to work during it (the plan's dispatch rule)
    expect(rows.every((row) => row.dispatch.length > 0)).toBe(true);
    // the first agent's first shift, as the grid shows it
    const agent = rota.agents.find((a) => a.days.some((d) => d.shifts.length > 0))!;
    const day = agent.days.find((d) => d.shifts.length > 0)!;
    expect(rows).toContainEqual(expect.objectContaining({ agent: agent.name, date: day.date, start: day.shifts[0].localStart, end: day.shifts[0].localEnd }));
  });

  it('pins an agent off a day they work and re-runs the rota without them that day', async () => {
    const [before] = await apiGet<{ id: string }[]>('/rotas');
    const rota = await apiGet<{ dates: string[]; agents: { id: string; name: string; days: { date: string; shifts: { localStart: string; localEnd: string }[] }[] }[] }>(`/rotas/${before.id}`);
    const agent = rota.agents.find((a) => a.days.some((d) => d.shifts.length > 0))!;
    const day = agent.days.find((d) => d.shifts.length > 0)!;
    const column = rota.dates.indexOf(day.date);
    const row = page.getByTestId('rota-grid').locator('tbody tr', { has: page.getByText(agent.name, { exact: true }) });
    const cell = row.locator('td').nth(column).getByRole('button');
    expect(await cell.innerText()).toContain(`${day.shifts[0].localStart}–${day.shifts[0].localEnd}`);

    await cell.click();
    const panel = page.getByTestId('cell-pin-panel');
    await panel.getByRole('button', { name: 'Keep off this day' }).click();
    await page.getByTestId('pins-panel').getByText(`${agent.name} off ${day.date}`).waitFor();
    expect(await apiGet('/rotas/pins')).toEqual([expect.objectContaining({ agentId: agent.id, date: day.date, off: true })]);

    await page.getByRole('button', { name: 'Re-run rota with these pins' }).click();
    // the new rota shows the agent off that day, marked as pinned
    await row.locator('td').nth(column).locator('.rota-cell--off.is-pinned').waitFor({ timeout: 60_000 });
    // a re-run rebuilds the same rota in place
    const rebuilt = await apiGet<typeof rota>(`/rotas/${before.id}`);
    expect(rebuilt.agents.find((a) => a.id === agent.id)!.days.find((d) => d.date === day.date)!.shifts).toEqual([]);
    await screenshot(page, 'flow-07b-rota-pinned');
  });

  it('builds two scenarios and compares them side by side', async () => {
    await nav('Scenarios').click();
    await page.getByRole('heading', { name: 'No scenarios yet' }).waitFor();

    await page.getByRole('button', { name: 'New scenario' }).click();
    let form = page.getByRole('form', { name: 'New scenario' });
    await form.getByLabel('Name', { exact: true }).fill('As is');
    await form.getByRole('button', { name: 'Create scenario' }).click();
    await page.getByRole('status').getByText('Saved As is.').waitFor();

    await page.getByRole('button', { name: 'New scenario' }).click();
    form = page.getByRole('form', { name: 'New scenario' });
    await form.getByLabel('Name', { exact: true }).fill('Deflect standard');
    await form.getByLabel('Override to add').selectOption('deflection');
    await form.getByRole('button', { name: 'Add override' }).click();
    const override = form.getByRole('group', { name: /^Override 1: Self-service deflection/ });
    await override.getByLabel('Marketplace').selectOption('amazon-us');
    await override.getByLabel('Class').selectOption('standard');
    await override.getByLabel('Share deflected (%)').fill('40');
    await form.getByRole('button', { name: 'Create scenario' }).click();
    await page.getByRole('status').getByText('Saved Deflect standard.').waitFor();
    const stored = await apiGet<{ id: string; overrides: unknown[] }[]>('/scenarios');
    expect(stored.find((s) => s.id === 'deflect-standard')?.overrides).toEqual([{ kind: 'deflection', marketplaceId: 'amazon-us', classId: 'standard', rate: 0.4 }]);
    expect(await page.getByTestId('scenario-table').innerText()).toContain('40 % of Amazon US “standard” messages deflected to self-service');

    const compare = page.getByRole('form', { name: 'Compare scenarios' });
    await compare.getByRole('checkbox', { name: 'As is' }).check();
    await compare.getByRole('checkbox', { name: 'Deflect standard' }).check();
    await compare.getByLabel('Weeks to plan').selectOption('1');
    await compare.getByLabel('Simulation replications').selectOption('2');
    // the demo's named team (50 agents) needs more than 5 s for a first integer plan
    await compare.getByLabel('Time limit per plan').selectOption('10');
    await compare.getByRole('button', { name: 'Compare 2 scenarios' }).click();
    await waitForJobToFinish('comparison-progress', 90_000);

    const view = page.getByTestId('comparison-view');
    await view.getByRole('heading', { name: 'As is vs Deflect standard' }).waitFor();
    const [comparison] = await apiGet<{ id: string }[]>('/comparisons');
    const detail = await apiGet<{ comparison: { scenarios: { name: string; cost: { perMonth: number }; messages: { deflected: number } }[] } }>(`/comparisons/${comparison.id}`);
    const table = view.getByTestId('comparison-table');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Figure', 'As is', 'Deflect standard']);
    const perMonth = await table.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Cost per month', exact: true }) }).locator('td').allInnerTexts();
    expect(perMonth).toEqual(detail.comparison.scenarios.map((s) => s.cost.perMonth.toLocaleString('en-GB', { style: 'currency', currency: 'USD' })));
    // one set of service figures (the plan's rule, replayed) with the simulated band of the same rule beside each
    const served = await apiGet<{ comparison: { scenarios: { name: string; sla: { planned: number; outsideBand: boolean }; serviceNotes: string[] }[] } }>(`/comparisons/${comparison.id}`);
    const withinDeadline = await table.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Within deadline', exact: true }) }).locator('td').allInnerTexts();
    withinDeadline.forEach((text, index) => {
      const column = served.comparison.scenarios[index];
      expect(text).toMatch(/^\d+(\.\d+)?\s?% \(band \d+(\.\d+)?\s?%–\d+(\.\d+)?\s?%\)/);
      expect(text.includes('outside the band')).toBe(column.sla.outsideBand);
    });
    expect(await table.locator('tbody th', { hasText: /simulated\)$/ }).count()).toBe(0);
    const notes = served.comparison.scenarios.flatMap((column) => column.serviceNotes.map((note) => `${column.name} — ${note}`));
    if (notes.length) expect(await view.getByTestId('comparison-band-notes').innerText()).toContain(notes[0]);
    else expect(await view.getByTestId('comparison-band-notes').count()).toBe(0);
    expect(detail.comparison.scenarios[1].messages.deflected).toBeGreaterThan(0);
    expect(detail.comparison.scenarios[0].messages.deflected).toBe(0);
    expect(await view.getByTestId('comparison-cost-chart').locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(2);
    await view.getByTestId('comparison-sla-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await screenshot(page, 'flow-08-scenarios-compared');
  });

  it('shows the auto-reply promises of the plan for a marketplace’s week, with ready sentences', async () => {
    await nav('Auto-reply').click();
    await page.getByLabel('Marketplace').selectOption('amazon-de');
    const table = page.getByTestId('promise-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(24);
    expect(await table.locator('tbody tr').first().locator('td').count()).toBe(7);
    const sentences = page.getByTestId('ready-sentences');
    await sentences.locator('tbody tr').first().waitFor();
    expect(await sentences.locator('tbody tr').first().innerText()).toContain('Vielen Dank');
    // the rota was generated above: the promises are of it (its empty seats as nobody), and the page says so
    const [rota] = await apiGet<{ id: string; summary: { seatsUnfilled: number } }[]>('/rotas');
    const basis = await page.getByTestId('promise-basis').innerText();
    const empty = rota.summary.seatsUnfilled;
    expect(basis).toContain(`From the rota as built (${empty === 0 ? 'every seat filled' : `${empty} seat${empty === 1 ? '' : 's'} left empty, counted as nobody`}), replayed under the plan's dispatch rule.`);
    expect(await page.getByRole('button', { name: /Simulate the plan/ }).count()).toBe(0);
    await screenshot(page, 'flow-09-auto-reply');
    expect(browser.pageErrors).toEqual([]);
  });

  it('is readable at phone width: each planning page fits and its wide parts scroll in their box', async () => {
    const phone = await openSignedInBrowser(api, PHONE);
    try {
      const pages: Array<[string, string, string]> = [
        ['/forecast', 'forecast-chart', 'flow-10-forecast-phone'],
        ['/plan', 'coverage-chart', 'flow-11-plan-phone'],
        ['/rota', 'rota-grid', 'flow-12-rota-phone'],
        ['/scenarios', 'comparison-table', 'flow-13-scenarios-phone'],
        ['/auto-reply', 'promise-table', 'flow-14-auto-reply-phone'],
      ];
      for (const [path, testId, name] of pages) {
        await phone.page.goto(`${api.baseUrl}${path}`);
        await phone.page.getByTestId(testId).waitFor();
        expect({ path, width: await phone.page.evaluate<number>('document.documentElement.scrollWidth') }).toEqual({ path, width: PHONE.width });
        await screenshot(phone.page, name);
      }
      expect(phone.pageErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
