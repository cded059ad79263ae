import type { Marketplace } from '@app/domain';
import { describeDispatch } from '@app/domain/dispatch-wording.util';
import type { DispatchRun } from '@app/domain/plan.types';
import type { Page } from 'playwright-core';
import { dispatchPatterns } from '../../apps/web/src/features/plan/lib/dispatch-days';
import type { RunningApi } from './support/api-server';
import { screenshot } from './support/browser';
import { useDemoSession } from './support/demo-session';

/**
 * The plan page on the demo organisation, in real Chromium against the real API: a one-week
 * plan shows the dispatch rule its figures replay, per site on the site's own clock, with the
 * queues named by marketplace and class, as the API's plan has it. Kept short on 2 cores: a
 * 1-week plan with a 10 s limit.
 */

jest.setTimeout(300_000);

const { session, apiGet } = useDemoSession();
let api: RunningApi;
let page: Page;

beforeAll(() => ({ api, page } = session()));

describe('the dispatch rule on the plan page', () => {
  it('shows, per site and on its clock, the queues its agents work in order, days with the same rule grouped', async () => {
    await page.goto(`${api.baseUrl}/plan`);
    await page.getByRole('heading', { name: 'No plan yet' }).waitFor();
    const form = page.getByRole('form', { name: 'Run a plan' });
    await form.getByLabel('Weeks to plan').selectOption('1');
    await form.getByLabel('Time limit (seconds)').fill('10');
    await form.getByRole('button', { name: 'Run plan' }).click();
    const progress = page.getByTestId('plan-progress');
    await progress.getByRole('status').filter({ hasText: /^(Finished|Failed|Cancelled)$/ }).waitFor({ timeout: 240_000 });
    expect(await progress.getByRole('status').innerText()).toBe('Finished');

    const [listed] = await apiGet<Array<{ id: string }>>('/plans');
    const plan = await apiGet<{ dispatch: DispatchRun[] }>(`/plans/${listed.id}`);
    const sites = await apiGet<Array<{ id: string; name: string; timeZone: string }>>('/sites');
    const marketplaces = await apiGet<Marketplace[]>('/marketplaces');
    expect(plan.dispatch.length).toBeGreaterThan(0);

    const card = page.getByTestId('dispatch-card');
    await card.waitFor();
    const planned = sites.filter((site) => plan.dispatch.some((run) => run.siteId === site.id));
    expect(planned.length).toBeGreaterThan(0);
    for (const site of planned) {
      const block = card.getByTestId(`dispatch-site-${site.id}`);
      expect(await block.locator('h3').innerText()).toBe(`${site.name} (${site.timeZone} time)`);
      // every day pattern is there, the first shown and the rest folded away
      const patterns = dispatchPatterns(plan.dispatch, site);
      expect(await block.getByTestId('dispatch-pattern').count()).toBe(patterns.length);
      const first = block.getByTestId('dispatch-pattern').first();
      expect(await first.isVisible()).toBe(true);
      if (patterns.length > 1) expect(await block.getByTestId('dispatch-pattern').nth(1).isVisible()).toBe(false);
      const lines = await first.locator('ul li').allInnerTexts();
      expect(lines).toEqual(describeDispatch(patterns[0].steps, marketplaces).map((line) => `${site.name} ${line.replace(' ', ': ')}`));
      // "Shenzhen 08:00–12:00: Amazon JP Urgent → Amazon JP Standard → …", the site's whole day
      const names = marketplaces.flatMap((m) => m.classes.map((c) => `${m.name} ${c.name}`)).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const queue = `(${names.join('|')})`;
      for (const line of lines) expect(line).toMatch(new RegExp(`^${site.name} \\d\\d:\\d\\d–\\d\\d:\\d\\d: ${queue}( → ${queue})*$`));
      expect(lines.at(-1)).toMatch(/–00:00: /);
    }
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-dispatch-01-card');

    // next to the share within deadline: what the week leaves to the next plan, beside what a steady hour holds, and the solves its promise took
    const figures = await apiGet<{ carriedOver: { messages: number; averageBacklog: number } | null; promiseRounds: number | null; missedTargets: unknown[] }>(`/plans/${listed.id}`);
    const whole = (v: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(v);
    expect(figures.carriedOver).not.toBeNull();
    expect(await page.getByTestId('plan-carried-over').innerText()).toBe(`${whole(figures.carriedOver!.messages)} (${whole(figures.carriedOver!.averageBacklog)})`);
    expect(figures.promiseRounds).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('plan-promise-rounds').innerText()).toMatch(new RegExp(`^${figures.promiseRounds}( \\(\\d+ targets? missed\\))?$`));
    const sla = page.getByTestId('plan-figures').locator('dt');
    const labels = await sla.allInnerTexts();
    expect(labels.indexOf('Left to the next plan (a steady hour holds)')).toBe(labels.indexOf('Answered within deadline') + 1);
  });
});
