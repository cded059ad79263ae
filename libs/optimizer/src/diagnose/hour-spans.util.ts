import { DateTime } from 'luxon';
import { HOUR_MS } from '@app/domain';
import type { GridSpec } from '../planning/planning-problem.types';
import type { HourSpan } from './infeasibility.types';

export interface DescribedSpans {
  spans: HourSpan[];
  /** "every day 02:00–06:00 UTC (11:00–15:00 Tokyo time)" or "Tue 3 Mar 02:00–06:00 UTC (…), …". */
  text: string;
}

const SHOWN = 3;

/**
 * Grid hours (any order, repeats allowed) as runs of consecutive hours, each on the UTC clock
 * and on the local clock of `zone`, with a short text: a run repeated at the same time on
 * several days is said once ("every day", "on 5 days").
 */
export function describeHours(grid: GridSpec, hours: Iterable<number>, zone: string): DescribedSpans {
  const sorted = [...new Set(hours)].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const h of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === h) last[1] = h + 1;
    else runs.push([h, h + 1]);
  }
  const city = cityOf(zone);
  const onUtc = city === 'UTC';
  const spans = runs.map(([from, to]): HourSpan => {
    const start = grid.startUtcMs + from * HOUR_MS;
    const end = grid.startUtcMs + to * HOUR_MS;
    return {
      fromUtc: DateTime.fromMillis(start, { zone: 'utc' }).toISO({ suppressMilliseconds: true }) as string,
      toUtc: DateTime.fromMillis(end, { zone: 'utc' }).toISO({ suppressMilliseconds: true }) as string,
      local: `${clock(start, zone, 'ccc d LLL HH:mm')}–${clock(end, zone, 'HH:mm')} ${onUtc ? 'UTC' : `${city} time`}`,
    };
  });
  if (!runs.length) return { spans, text: '' };
  const timeOfDay = ([from, to]: [number, number]) =>
    `${clock(grid.startUtcMs + from * HOUR_MS, 'utc', 'HH:mm')}–${clock(grid.startUtcMs + to * HOUR_MS, 'utc', 'HH:mm')} UTC` +
    (onUtc ? '' : ` (${clock(grid.startUtcMs + from * HOUR_MS, zone, 'HH:mm')}–${clock(grid.startUtcMs + to * HOUR_MS, zone, 'HH:mm')} ${city} time)`);
  const byTime = new Map<string, number>();
  for (const run of runs) byTime.set(timeOfDay(run), (byTime.get(timeOfDay(run)) ?? 0) + 1);
  const days = Math.max(1, Math.round(grid.hours / 24));
  const parts: string[] = [];
  for (const [time, count] of byTime) {
    if (count === 1) continue;
    parts.push(`${count >= days ? 'every day' : `on ${count} days`} ${time}`);
  }
  const single = runs.filter((run) => byTime.get(timeOfDay(run)) === 1);
  for (const run of single.slice(0, SHOWN)) parts.push(`${clock(grid.startUtcMs + run[0] * HOUR_MS, 'utc', 'ccc d LLL')} ${timeOfDay(run)}`);
  if (single.length > SHOWN) parts.push(`and ${single.length - SHOWN} more`);
  return { spans, text: parts.slice(0, SHOWN + 1).join('; ') };
}

function clock(utcMs: number, zone: string, format: string): string {
  return DateTime.fromMillis(utcMs, { zone }).toFormat(format, { locale: 'en-GB' });
}

/** "Asia/Tokyo" → "Tokyo", "America/New_York" → "New York". */
export function cityOf(zone: string): string {
  if (['UTC', 'ETC/UTC', 'GMT', 'ETC/GMT'].includes(zone.toUpperCase())) return 'UTC';
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
