import { HOUR_MS, formatUtc, type ScenarioFile } from '@app/domain';
import { localToday, resolvePlanWindow, type PlanWindow } from '@app/optimizer';
import { InvalidInputException, type InputIssue } from '../common/invalid-input.exception';

/**
 * The window a plan request asks for, placed in the organisation's horizon by the planner's one
 * window rule; "today" is the first site's date (the team's Monday, not UTC's). 400 naming the field.
 */
export function planWindowOf(scenario: ScenarioFile, request: { start?: string; weeks?: number }, now: Date): PlanWindow {
  const today = localToday(now, scenario.sites[0]?.timeZone ?? 'UTC');
  const outcome = resolvePlanWindow(scenario.horizon, request, today);
  if (!outcome.ok) throw new InvalidInputException('plan request', [{ path: `/${outcome.field}`, message: outcome.message }]);
  return outcome.window;
}

/**
 * Where the window's hours begin in a forecast run (hours from the run's start), or why the run
 * does not cover the window.
 */
export function forecastOffset(run: { id: string; startUtc: string; hours: number }, window: PlanWindow): { offset: number } | { issue: InputIssue } {
  const offset = (Date.parse(window.grid.startUtc) - Date.parse(run.startUtc)) / HOUR_MS;
  if (offset >= 0 && Number.isInteger(offset) && offset + window.grid.hours <= run.hours) return { offset };
  const runEnd = formatUtc(Date.parse(run.startUtc) + run.hours * HOUR_MS);
  return {
    issue: {
      path: '/forecastId',
      message:
        `forecast "${run.id}" covers ${run.startUtc} to ${runEnd}, not the window ${window.start} + ${window.weeks} week${window.weeks === 1 ? '' : 's'}: ` +
        "forecast the organisation's horizon (POST /api/forecasts) or plan another window",
    },
  };
}
