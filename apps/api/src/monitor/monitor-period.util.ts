import { DateTime } from 'luxon';
import { isIsoDate } from '@app/domain';
import { InputIssue, InvalidInputException } from '../common/invalid-input.exception';

/** The longest period one report covers. */
export const MAX_MONITOR_DAYS = 31;

const DAY_MS = 86_400_000;

/**
 * The period [from, to) of a report from its two query values: an ISO 8601 instant ("2026-03-02T00:00:00Z",
 * "2026-03-02T09:00-05:00"; without an offset read as UTC) or a date ("2026-03-02": its UTC midnight). A
 * missing or unreadable end, an end not after the start, or more than MAX_MONITOR_DAYS days: 400 naming the parameter.
 */
export function parseMonitorPeriod(from: string | undefined, to: string | undefined): { fromUtcMs: number; toUtcMs: number } {
  const issues: InputIssue[] = [];
  const fromUtcMs = readEnd('from', from, issues);
  const toUtcMs = readEnd('to', to, issues);
  if (fromUtcMs !== null && toUtcMs !== null) {
    if (toUtcMs <= fromUtcMs) issues.push({ path: 'to', message: `the period must end after it starts: "${to}" is not after "${from}".` });
    else if (toUtcMs - fromUtcMs > MAX_MONITOR_DAYS * DAY_MS) {
      const days = Math.round(((toUtcMs - fromUtcMs) / DAY_MS) * 10) / 10;
      issues.push({ path: 'to', message: `the period is ${days} days long; a report covers at most ${MAX_MONITOR_DAYS} days.` });
    }
  }
  if (issues.length > 0 || fromUtcMs === null || toUtcMs === null) throw new InvalidInputException('query', issues);
  return { fromUtcMs, toUtcMs };
}

function readEnd(name: 'from' | 'to', text: string | undefined, issues: InputIssue[]): number | null {
  const example = name === 'from' ? '2026-03-02' : '2026-03-09';
  if (text === undefined || text.trim() === '') {
    issues.push({ path: name, message: `name the period's ${name === 'from' ? 'start' : 'end (exclusive)'}: ?${name}=${example} or an ISO 8601 instant.` });
    return null;
  }
  const value = text.trim();
  const instant = isIsoDate(value) ? DateTime.fromISO(value, { zone: 'utc' }) : DateTime.fromISO(value, { setZone: true, zone: 'utc' });
  if (!instant.isValid || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    issues.push({ path: name, message: `"${text}" is not a date (${example}) or an ISO 8601 instant such as "${example}T00:00:00Z".` });
    return null;
  }
  return instant.toMillis();
}
