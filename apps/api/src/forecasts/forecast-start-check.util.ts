import { DateTime } from 'luxon';
import { HOUR_MS, type ScenarioFile, formatUtc } from '@app/domain';
import type { InputIssue } from '../common/invalid-input.exception';

/**
 * The engine forecasts forward from the end of each history: a start inside the history, or
 * marketplaces without any history at all, are refused before a job is started.
 */
export function checkForecastStart(scenario: ScenarioFile, marketplaceIds: string[], startUtcMs: number, startDefaulted: boolean): InputIssue[] {
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
  }
  if (withHistory === 0) {
    issues.push({
      path: '/marketplaceIds',
      message: `no message history for ${marketplaceIds.map((id) => `"${id}"`).join(', ')}: import history first (POST /api/history)`,
    });
  }
  return issues;
}

