import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { actualsToCsv, generateActuals, type ActualMessage, type GeneratedMarketplace, type MonitorReport, type ReplanResult } from '@app/actuals';
import type { Marketplace } from '@app/domain';
import { replyDeadline } from '@app/domain/reply-clock';
import { formatHours, formatLate, formatShare } from '../../apps/web/src/features/monitor/lib/monitor-format';
import { Clock } from '../../apps/api/src/common/clock';
import { PlanningDataModule } from '../../apps/api/src/planning-data.module';
import type { RunningApi } from './support/api-server';
import { LAPTOP, screenshot } from './support/browser';
import { useDemoSession } from './support/demo-session';
import { openSignedInBrowser } from './support/sign-in';
import { apiCalls } from './support/api-calls';

/**
 * The Monitor page on the demo organisation, in real Chromium against the real API. The demo's
 * first week (its horizon starts on the Monday of the current UTC week) is forecast, planned and
 * rostered; then the planning clock is stopped at the Wednesday noon of that week (or later, when
 * the test runs later in the week), and made-up actuals for the week's first 60 hours (generateActuals, seeded, so the figures are known by construction:
 * Amazon US 40 % busier than forecast, a share of its replies past the deadline, some left
 * unanswered; replies signed by the agents the rota has on shift) are imported through the
 * page's import card. The headline per marketplace shows the API report's figures, which are the
 * ones counted here from the generated messages; the chart draws the hours; the re-plan from the
 * latest actual's hour lists the changes the API proposed, and accepting them stores a new rota
 * version the Rota page opens.
 *
 * Kept short on 2 cores: a 1-week forecast, plan (10 s limit) and rota.
 */

jest.setTimeout(900_000);

const HOUR_MS = 3_600_000;
/** 2.5 days of actuals: the export was taken at Wednesday noon UTC. */
const ACTUAL_HOURS = 60;
const SEED = 20261130;
const BUSY = 'amazon-us';

const { session, apiGet } = useDemoSession();
let api: RunningApi;
let page: Page;
let folder: string;
/** The demo's first week starts at this UTC midnight (a Monday); the actuals run to TO_MS. */
let WEEK_START: string;
let FROM_MS: number;
let TO_MS: number;

beforeAll(() => {
  ({ api, page } = session());
  folder = mkdtempSync(join(tmpdir(), 'followsun-monitor-e2e-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const { apiJson, post, finishJob } = apiCalls(() => api);

interface PlanCoverage {
  queues: Array<{ marketplaceId: string; classId: string; hours: Array<{ utc: string; arrivals: number }> }>;
}

interface RotaDetail {
  id: string;
  agents: Array<{ id: string; siteId: string; days: Array<{ shifts: Array<{ startUtc: string; endUtc: string }> }> }>;
}

/**
 * The planning clock stops at Wednesday noon of the week (or at the moment of the call, when the
 * test runs later in the week): the report judges open messages as of the clock's now, so the page's
 * report and the test's are the same. Sign-in keeps its own clock.
 */
function stopPlanningClock(): number {
  const stoppedAt = Math.max(Date.now(), TO_MS);
  jest.spyOn(api.app.select(PlanningDataModule).get(Clock, { strict: true }), 'now').mockImplementation(() => new Date(stoppedAt));
  return stoppedAt;
}

/** The demo's first week forecast, planned and rostered, as a lead would before the week starts. */
async function planFirstWeek(): Promise<{ planId: string; rotaId: string }> {
  const forecast = await post<{ jobId: string }>('/forecasts', { horizonHours: 168 });
  await finishJob(forecast.jobId, 180_000);
  const plan = await post<{ jobId: string; planId: string }>('/plans', { start: WEEK_START, weeks: 1, timeLimitSeconds: 10 });
  await finishJob(plan.jobId, 240_000);
  const rota = await post<{ jobId: string; rotaId: string }>('/rotas', { planId: plan.planId });
  await finishJob(rota.jobId, 180_000);
  return { planId: plan.planId, rotaId: rota.rotaId };
}

/** The plan's forecast per UTC hour of the actuals' hours, per marketplace (all its classes). */
function forecastPerHour(coverage: PlanCoverage, marketplaceId: string): number[] {
  const perHour = new Array<number>(ACTUAL_HOURS).fill(0);
  for (const queue of coverage.queues.filter((q) => q.marketplaceId === marketplaceId)) {
    for (const hour of queue.hours) {
      const index = (Date.parse(hour.utc) - FROM_MS) / HOUR_MS;
      if (index >= 0 && index < ACTUAL_HOURS) perHour[index] += hour.arrivals;
    }
  }
  return perHour;
}

/** Each answered message signed by an agent the rota has on shift at the reply (in turn), else by nobody. */
function signByRota(messages: ActualMessage[], rota: RotaDetail): void {
  const shifts = rota.agents.flatMap((agent) => agent.days.flatMap((day) => day.shifts.map((shift) => ({ agentId: agent.id, siteId: agent.siteId, start: Date.parse(shift.startUtc), end: Date.parse(shift.endUtc) }))));
  let turn = 0;
  for (const message of messages) {
    if (message.firstReplyUtcMs === null) continue;
    const at = message.firstReplyUtcMs;
    const onShift = shifts.filter((shift) => shift.start <= at && at < shift.end);
    if (onShift.length === 0) continue;
    const shift = onShift[turn++ % onShift.length];
    message.agent = shift.agentId;
    message.siteId = shift.siteId;
  }
}

/** Late messages of a marketplace counted from the messages themselves, as the report defines them (classes without a deadline left out). */
function lateCount(messages: readonly ActualMessage[], marketplace: Marketplace, asOfUtcMs: number): number {
  let late = 0;
  for (const message of messages) {
    if (message.marketplaceId !== marketplace.id) continue;
    const klass = marketplace.classes.find((c) => c.id === message.classId);
    if (!klass || klass.replyDeadlineHours === null || klass.replyDeadlineHours === undefined) continue;
    const deadline = replyDeadline(message.receivedUtcMs, klass.replyDeadlineHours, marketplace.replyClock, marketplace.timeZone, marketplace.country);
    if (message.firstReplyUtcMs !== null ? message.firstReplyUtcMs > deadline : asOfUtcMs > deadline) late++;
  }
  return late;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
/** A `datetime-local` value of a UTC instant. */
const inputValue = (ms: number) => new Date(ms).toISOString().slice(0, 16);
/** "Mon 7 Dec": a buyer-local midnight as the chart's axis names it. */
const dayTick = (ms: number, timeZone: string) => new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(new Date(ms));

describe('the Monitor page on the demo with generated actuals', () => {
  let planId: string;
  let rotaId: string;
  let marketplaces: Marketplace[];
  let generated: ReturnType<typeof generateActuals>;
  /** The planning clock's now from the actuals' import on. */
  let now: number;

  beforeAll(async () => {
    const windows = await apiGet<{ weeks: Array<{ start: string }> }>('/plans/windows');
    WEEK_START = windows.weeks[0].start;
    FROM_MS = Date.parse(`${WEEK_START}T00:00:00Z`);
    TO_MS = FROM_MS + ACTUAL_HOURS * HOUR_MS;
    expect(new Date(FROM_MS).getUTCDay()).toBe(1);
    ({ planId, rotaId } = await planFirstWeek());
    now = stopPlanningClock();
    marketplaces = await apiGet<Marketplace[]>('/marketplaces');
    const coverage = await apiGet<PlanCoverage>(`/plans/${planId}/coverage?view=utc`);
    const rota = await apiGet<RotaDetail>(`/rotas/${rotaId}`);
    const options: GeneratedMarketplace[] = marketplaces.map((marketplace) => {
      const busy = marketplace.id === BUSY;
      return {
        marketplaceId: marketplace.id,
        arrivalsPerHour: forecastPerHour(coverage, marketplace.id).map((rate) => rate * (busy ? 1.4 : 1)),
        classes: marketplace.classes.map((c) => ({ classId: c.id, share: c.share })),
        replyBands: busy
          ? [
              { share: 0.7, minHours: 0.1, maxHours: 3 },
              { share: 0.15, minHours: 5, maxHours: 20 },
              { share: 0.1, minHours: 26, maxHours: 34 },
            ]
          : [
              { share: 0.9, minHours: 0.1, maxHours: 2.5 },
              { share: 0.08, minHours: 3, maxHours: 8 },
            ],
        unansweredShare: busy ? 0.05 : 0.02,
      };
    });
    generated = generateActuals({ seed: SEED, fromUtcMs: FROM_MS, toUtcMs: TO_MS, marketplaces: options, exportedAtUtcMs: TO_MS });
    signByRota(generated.messages, rota);
  }, 700_000);

  it('shows the empty state, then rejects a file with a bad row and names its row, field and reason', async () => {
    await page.goto(`${api.baseUrl}/monitor`);
    await page.getByRole('heading', { name: 'No actuals imported yet — import a helpdesk export' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monitor', exact: true }).getAttribute('class')).toContain('active');

    const bad = join(folder, 'bad-export.csv');
    const early = (hours: number) => iso(FROM_MS + hours * HOUR_MS);
    writeFileSync(bad, `marketplace,received_at,first_reply_at,class,agent,site\namazon-us,${early(1)},${early(1.5)},standard,,\namazon-xx,${early(2)},,standard,,\n`);
    const card = page.getByTestId('actuals-import');
    await card.getByLabel('Helpdesk export (CSV)').setInputFiles(bad);
    await card.getByRole('button', { name: 'Import actuals' }).click();
    const errors = page.getByTestId('actuals-issues-table');
    await errors.waitFor();
    expect(await errors.locator('thead th').allInnerTexts()).toEqual(['Row', 'Field', 'Reason']);
    const cells = await errors.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(cells.slice(0, 2)).toEqual(['3', 'marketplace']);
    expect(cells[2]).toContain('amazon-xx');
    expect(await apiGet<unknown[]>('/actuals/summary')).toEqual([]);
    await screenshot(page, 'monitor-00-empty-and-rejected');
  });

  it('imports the generated export through the import card, and shows the API report’s figures per marketplace', async () => {
    const file = join(folder, 'helpdesk-export.csv');
    writeFileSync(file, actualsToCsv(generated.messages));
    const card = page.getByTestId('actuals-import');
    expect(await card.getByLabel('Layout').inputValue()).toBe('followsun');
    await card.getByLabel('Helpdesk export (CSV)').setInputFiles(file);
    await card.getByRole('button', { name: 'Import actuals' }).click();
    await page.getByTestId('actuals-import-result').waitFor();
    expect(await page.getByTestId('actuals-import-counts').innerText()).toContain(`${generated.messages.length.toLocaleString('en-GB')} messages`);
    const spans = page.getByTestId('actuals-import-spans');
    expect(await spans.locator('tbody tr').count()).toBe(generated.marketplaces.filter((m) => m.received > 0).length);

    // the period defaults to the plan's window up to the hour after the latest actual
    const period = page.getByRole('form', { name: 'Period and plan' });
    await period.waitFor();
    expect(await period.getByLabel('From (UTC)').inputValue()).toBe(inputValue(FROM_MS));
    expect(await period.getByLabel('To (UTC, not included)').inputValue()).toBe(inputValue(TO_MS));
    expect(await period.getByLabel('Plan').inputValue()).toBe(planId);

    const report = await apiGet<MonitorReport>(`/monitor?from=${iso(FROM_MS)}&to=${iso(TO_MS)}&planId=${planId}`);
    expect(report.planId).toBe(planId);
    const asOf = Date.parse(report.asOfUtc);
    expect(asOf).toBe(now);

    // the report's figures are the ones the generated messages carry
    const busy = marketplaces.find((m) => m.id === BUSY)!;
    const busyTotal = report.marketplaces.find((m) => m.marketplaceId === BUSY && m.classId === null)!;
    const busyGenerated = generated.marketplaces.find((m) => m.marketplaceId === BUSY)!;
    expect(busyTotal.actual.received).toBe(busyGenerated.received);
    expect(busyTotal.actual.received).toBe(generated.messages.filter((m) => m.marketplaceId === BUSY).length);
    expect(busyTotal.actual.answered).toBe(busyGenerated.bands.reduce((sum, band) => sum + band.answered, 0));
    const late = lateCount(generated.messages, busy, asOf);
    expect(late).toBeGreaterThan(0);
    expect(busyTotal.actual.late).toBe(late);
    expect(busyTotal.hours.map((hour) => hour.received)).toEqual(busyGenerated.perHour);

    // and the page shows the report's figures, marketplace by marketplace
    const headline = page.getByTestId('monitor-headline');
    await headline.getByTestId(`headline-${BUSY}`).waitFor();
    const totals = report.marketplaces.filter((m) => m.classId === null);
    expect(await headline.locator('article h3').allInnerTexts()).toEqual(marketplaces.filter((m) => totals.some((t) => t.marketplaceId === m.id)).map((m) => m.name));
    for (const total of totals) {
      const cardOf = headline.getByTestId(`headline-${total.marketplaceId}`);
      expect(await cardOf.getByTestId('headline-received').innerText()).toBe(total.actual.received.toLocaleString('en-GB'));
      expect(await cardOf.getByTestId('headline-sla').innerText()).toBe(formatShare(total.actual.slaAttainment));
      expect(await cardOf.getByTestId('headline-late').innerText()).toBe(formatLate(total.actual));
      expect(await cardOf.getByTestId('headline-average').innerText()).toBe(formatHours(total.actual.averageWaitHours));
      expect(await cardOf.getByTestId('headline-p90').innerText()).toBe(formatHours(total.actual.p90WaitHours));
      if (total.planned) expect(await cardOf.getByTestId('headline-sla-promised').innerText()).toContain(`plan ${formatShare(total.planned.slaAttainment)}`);
    }
    expect(await headline.getByTestId(`headline-${BUSY}`).getByTestId('headline-late').innerText()).toMatch(new RegExp(`^${late.toLocaleString('en-GB')} late, by `));

    // the report's notes, and the late-messages table with the same count
    const notes = page.getByTestId('monitor-notes');
    if (report.notes.length > 0) expect(await notes.locator('li').allInnerTexts()).toEqual(report.notes);
    const lateTable = page.getByTestId('late-table');
    const busyRow = lateTable.locator('tbody tr').filter({ has: page.locator('td:first-child strong', { hasText: busy.name }) });
    expect(await busyRow.locator('td').nth(3).innerText()).toBe(late.toLocaleString('en-GB'));

    // the chart of the busiest marketplace: a bar per hour, the forecast line and both backlogs
    await page.getByLabel('Marketplace', { exact: true }).selectOption(BUSY);
    const chart = page.getByTestId('monitor-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await chart.getByTestId('monitor-arrivals-chart').locator('.recharts-line-curve').count()).toBe(1);
    expect(await chart.getByTestId('monitor-backlog-chart').locator('.recharts-line-curve').count()).toBe(2);
    expect(await chart.getByTestId('monitor-arrivals-chart').getByRole('img').getAttribute('aria-label')).toContain(`${busyGenerated.received.toLocaleString('en-GB')} in all`);
    const ticks = await chart.getByTestId('monitor-arrivals-chart').locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents();
    // on New York's clock: the period starts on Sunday evening, its first local midnight is Monday's
    expect(ticks.slice(0, 5)).toEqual([dayTick(FROM_MS, 'UTC'), '06:00', '12:00', '18:00', dayTick(FROM_MS + 24 * HOUR_MS, 'UTC')]);
    await page.getByText('The hours as a table').click();
    expect(await page.getByTestId('monitor-hours-table').locator('tbody tr').count()).toBe(ACTUAL_HOURS);

    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'monitor-01-report');
  });

  it('re-plans from the latest actual’s hour, lists the changes as the API returned them, and accepting stores a new rota version', async () => {
    const card = page.getByTestId('replan-card');
    const asOf = TO_MS - HOUR_MS;
    expect(await card.getByLabel('Now (UTC)').inputValue()).toBe(inputValue(asOf));
    const proposed = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/monitor/replan' && response.request().method() === 'POST');
    await card.getByRole('button', { name: 'Re-plan from now' }).click();
    const response = await proposed;
    expect(response.status()).toBe(200);
    const proposal = (await response.json()) as { rotaId: string; planId: string; result: ReplanResult };
    expect(proposal).toMatchObject({ rotaId, planId });
    expect(JSON.parse(response.request().postData() ?? '{}')).toEqual({ asOf: iso(asOf), planId });
    await card.getByTestId('replan-result').waitFor();

    const changes = proposal.result.changes;
    expect(changes.length).toBeGreaterThan(0);
    expect(await card.getByTestId('replan-changes').locator('li').allInnerTexts()).toEqual(changes.map((change) => change.sentence));
    // before and after, per marketplace
    const outlook = card.getByTestId('replan-outlook');
    expect(await outlook.locator('tbody tr').count()).toBe(proposal.result.before.length);
    const busyBefore = proposal.result.before.find((o) => o.marketplaceId === BUSY)!;
    const busyAfter = proposal.result.after.find((o) => o.marketplaceId === BUSY)!;
    const busyRow = outlook.locator('tbody tr').filter({ has: page.locator('td:first-child strong', { hasText: 'Amazon US' }) });
    const cells = await busyRow.locator('td').allInnerTexts();
    expect(cells.slice(2, 6)).toEqual([
      Math.round(busyBefore.late).toLocaleString('en-GB'),
      Math.round(busyAfter.late).toLocaleString('en-GB'),
      formatShare(busyBefore.slaAttainment),
      formatShare(busyAfter.slaAttainment),
    ]);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'monitor-02-replan');

    const rotasBefore = await apiGet<Array<{ id: string }>>('/rotas');
    const accepted = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/monitor/replan/accept');
    await card.getByRole('button', { name: 'Accept' }).click();
    const acceptance = await accepted;
    expect(acceptance.status()).toBe(201);
    const { rotaId: newRotaId } = (await acceptance.json()) as { rotaId: string };
    await card.getByTestId('replan-accepted').waitFor();
    const rotasAfter = await apiGet<Array<{ id: string; planId: string }>>('/rotas');
    expect(rotasAfter.length).toBe(rotasBefore.length + 1);
    expect(rotasAfter.find((r) => r.id === newRotaId)).toMatchObject({ planId });
    expect(newRotaId).not.toBe(rotaId);

    // the link opens the new version on the Rota page
    await card.getByRole('link', { name: 'open the new rota version' }).click();
    await page.waitForURL(/\/rota\?rota=/);
    const shown = page.getByLabel('Rota shown');
    await shown.waitFor();
    expect(await shown.inputValue()).toBe(newRotaId);
    await page.getByTestId('rota-grid').first().waitFor();
    await screenshot(page, 'monitor-03-new-rota');
    expect(session().browser.pageErrors).toEqual([]);
  });

  it('shows finance the report and the re-plan, without the import card or a way to accept', async () => {
    const finance = { name: 'Fay Finance', email: 'fay.finance@followsun.test', password: 'finance-password-2026' };
    await post('/users', { ...finance, role: 'finance' }, 201);
    const other = await openSignedInBrowser(api, LAPTOP, finance);
    try {
      await other.page.goto(`${api.baseUrl}/monitor`);
      await other.page.getByTestId('monitor-headline').waitFor();
      expect(await other.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monitor', exact: true }).count()).toBe(1);
      expect(await other.page.getByTestId('actuals-import').count()).toBe(0);
      const card = other.page.getByTestId('replan-card');
      await card.getByRole('button', { name: 'Re-plan from now' }).click();
      await card.getByTestId('replan-result').waitFor();
      expect(await card.getByRole('button', { name: 'Accept' }).count()).toBe(0);
      expect(await card.getByText('Accepting a re-plan needs a role that builds rotas').count()).toBe(1);
      await card.getByRole('button', { name: 'Reject' }).click();
      await card.getByTestId('replan-result').waitFor({ state: 'detached' });
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
