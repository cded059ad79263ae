import { DateTime } from 'luxon';
import { HOUR_MS, type ScenarioFile, formatUtc } from '@app/domain';
import { MAX_HORIZON_HOURS } from '@app/forecast';
import type { InputIssue } from '../common/invalid-input.exception';

/**
 * The engine forecasts forward from the end of each history, at most MAX_HORIZON_HOURS (13
 * weeks) past it: a start inside the history, a window ending beyond that reach (a forecast
 * for the year 9999 used to "succeed"), or marketplaces without any history at all are refused
 * before a job is started.
 */
export function checkForecastStart(scenario: ScenarioFile, marketplaceIds: string[], window: { startUtcMs: number; hours: number }, startDefaulted: boolean): InputIssue[] {
  const { startUtcMs } = window;
  const issues: InputIssue[] = [];
  let withHistory = 0;
  for (const marketplaceId of marketplaceIds) {
    const series = scenario.history.filter((entry) => entry.marketplaceId === marketplaceId);
    if (series.length === 0) continue;
    withHistory++;
    const endUtcMs = Math.max(...series.map((entry) => Date.parse(entry.start) + entry.counts.length * HOUR_MS));
    if (endUtcMs > startUtcMs) {
      const firstDate = DateTime.fromMillis(endUtcMs - 1, { zone: 'utc' }).plus({ days: 1 }).toISODate();
      const origin = startDefaulted ? "the organisation's horizon starts" : 'the forecast would start';
      issues.push({
        path: '/start',
        message: `${origin} at ${formatUtc(startUtcMs)}, before the history of "${marketplaceId}" ends (${formatUtc(endUtcMs)}): start on ${firstDate} or later`,
      });
    }
    const reachUtcMs = endUtcMs + MAX_HORIZON_HOURS * HOUR_MS;
    if (startUtcMs + window.hours * HOUR_MS > reachUtcMs) {
      const origin = startDefaulted ? "the organisation's horizon" : 'the forecast';
      issues.push({
        path: '/start',
        message: `${origin} would end at ${formatUtc(startUtcMs + window.hours * HOUR_MS)}, more than 13 weeks after the history of "${marketplaceId}" ends (${formatUtc(endUtcMs)}), which is as far as a forecast reaches: import newer history, or forecast a window ending by ${formatUtc(reachUtcMs)}`,
      });
    }
  }
  if (withHistory === 0) {
    issues.push({
      path: '/marketplaceIds',
      message: `no message history for ${marketplaceIds.map((id) => `"${id}"`).join(', ')}: import history first (POST /api/history)`,
    });
  }
  return issues;
}

