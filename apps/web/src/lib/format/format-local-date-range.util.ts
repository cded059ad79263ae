import { formatLocalDate } from './format-local-date.util';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcDate(date: string): Date | null {
  const match = DATE.exec(date);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/**
 * An inclusive range of local calendar dates, as compact as the locale allows:
 * "17–20 Dec 2026", "28 Dec 2026 – 3 Jan 2027"; one day is just that day.
 */
export function formatLocalDateRange(start: string, end: string, locale?: string, withWeekday = false): string {
  const from = toUtcDate(start);
  const to = toUtcDate(end);
  if (!from || !to) return `${start} – ${end}`;
  const format = new Intl.DateTimeFormat(locale, {
    ...(withWeekday ? { weekday: 'short' as const } : {}),
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  if (start === end) return withWeekday ? formatLocalDate(start, locale) : format.format(from);
  return format.formatRange(from, to);
}
