import type { Page } from 'playwright-core';
import { defaultPlanOptions, defaultTimeLimitSeconds } from '@app/optimizer';
import { planningScenario } from '../api/forecasts-setup.fixture';
import type { RunningApi } from './support/api-server';
import { useDemoSession } from './support/demo-session';

/**
 * The plan form on the demo organisation, in real Chromium against the real API: the week
 * picker offers the horizon's 13 weeks, starts at the next full week, marks the weeks holding
 * the scenario's peaks and Chinese New Year, and the week picked is the week planned. Then a setup no site
 * can serve: its plan job succeeds with no plan, and nothing on the page reads as a success.
 */

jest.setTimeout(400_000);

const { session, apiGet } = useDemoSession();
let api: RunningApi;
let page: Page;

beforeAll(() => ({ api, page } = session()));

interface PlanWindows {
  defaultWindow: { start: string; weeks: number };
  weeks: Array<{ week: number; start: string; end: string; events: Array<{ source: string; name: string }> }>;
}

/** Runs the form as it stands with a short time limit; resolves with the progress card's last status. */
async function runPlan(seconds: number): Promise<string> {
  const form = page.getByRole('form', { name: 'Run a plan' });
  await form.getByLabel('Time limit (seconds)').fill(String(seconds));
  await form.getByRole('button', { name: 'Run plan' }).click();
  const status = page.getByTestId('plan-progress').getByRole('status');
  await status.filter({ hasText: /^(Waiting to start|Running)/ }).waitFor();
  await status.filter({ hasText: /^(Finished|Failed|Cancelled|No plan)/ }).waitFor({ timeout: 300_000 });
  return status.innerText();
}

describe('the plan form: the week picker, and a failed plan', () => {
  it('offers the horizon’s weeks from the next full week on, marks its peaks and Chinese New Year, and plans the week picked', async () => {
    await page.goto(`${api.baseUrl}/plan`);
    const windows = await apiGet<PlanWindows>('/plans/windows');
    const picker = page.getByRole('group', { name: 'Week to plan' });
    await picker.getByTestId('week-option').first().waitFor();
    expect(await picker.getByTestId('week-option').count()).toBe(13);
    // every field starts at the planner's defaults, and the next full week is chosen
    const form = page.getByRole('form', { name: 'Run a plan' });
    expect(await form.getByLabel('Weeks to plan').inputValue()).toBe(String(defaultPlanOptions.weeks));
    expect(await form.getByLabel('Planning effort').inputValue()).toBe(defaultPlanOptions.effort);
    expect(await form.getByLabel('Solver').inputValue()).toBe(defaultPlanOptions.solver);
    expect(await form.getByLabel('Time limit (seconds)').inputValue()).toBe(String(defaultTimeLimitSeconds(defaultPlanOptions.weeks)));
    expect(await picker.locator('input[type="radio"]:checked').getAttribute('value')).toBe(windows.defaultWindow.start);

    // a week of a scenario peak (the demo's Black Friday or Christmas weeks) and the Chinese New Year week
    const newYear = windows.weeks.find((week) => week.events.some((event) => /Chinese New Year|Spring Festival/.test(event.name)))!;
    const peak = windows.weeks.find((week) => week !== newYear && week.events.some((event) => event.source === 'event'))!;
    expect(newYear).toBeDefined();
    expect(peak).toBeDefined();
    for (const week of [peak, newYear]) {
      const option = picker.locator(`[data-testid="week-option"][data-start="${week.start}"]`);
      const pills = await option.locator('.pill').allInnerTexts();
      const names = [...new Map(week.events.map((event) => [`${event.source}|${event.name}`, event.name])).values()];
      expect(pills).toEqual(names);
    }
    expect((await picker.locator(`[data-start="${newYear.start}"] .pill`).allInnerTexts()).some((text) => /Chinese New Year/.test(text))).toBe(true);
    // a week with neither events nor holidays carries no mark
    const quiet = windows.weeks.find((week) => week.events.length === 0);
    if (quiet) expect(await picker.locator(`[data-start="${quiet.start}"] .pill`).count()).toBe(0);

    await picker.locator(`[data-start="${peak.start}"]`).getByRole('radio').check();
    const status = await runPlan(10);
    expect(status).toBe('Finished');
    const [listed] = await apiGet<Array<{ id: string; status: string; grid: { start: string; hours: number } }>>('/plans');
    expect(listed.grid).toMatchObject({ start: `${peak.start}T00:00:00Z`, hours: 168 });
    expect(['optimal', 'feasible']).toContain(listed.status);
    await page.getByTestId('plan-view').waitFor();
    expect(await page.getByTestId('plan-progress').getAttribute('class')).toContain('job-progress--succeeded');
  });

  it('never shows a plan job that ended without a plan as a success: no green “Finished”, no notes about a plan that does not exist', async () => {
    // Amazon JP's buyers write in Japanese, which no site of this setup speaks
    const imported = await api.fetch('/scenario/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(planningScenario({ japanese: true })),
    });
    expect(imported.status).toBe(200);
    await page.goto(`${api.baseUrl}/plan`);
    await page.getByRole('group', { name: 'Week to plan' }).getByTestId('week-option').first().waitFor();

    const status = await runPlan(10);
    expect(status).toBe('No plan: Infeasible');
    const card = page.getByTestId('plan-progress');
    const classes = (await card.getAttribute('class')) ?? '';
    expect(classes).toContain('job-progress--error');
    expect(classes).not.toContain('job-progress--succeeded');

    const pill = page.getByTestId('plan-status');
    await pill.waitFor();
    expect(await pill.innerText()).toBe('Infeasible');
    expect(await pill.getAttribute('class')).toContain('pill--error');
    await page.getByRole('alert').filter({ hasText: 'No site speaks Japanese' }).first().waitFor();
    // no payroll, no figures, and no note on how the missing shifts would serve buyers
    expect(await page.getByTestId('payroll-card').count()).toBe(0);
    expect(await page.getByText(/would miss their deadline|earliest-deadline-first/).count()).toBe(0);
  });
});
