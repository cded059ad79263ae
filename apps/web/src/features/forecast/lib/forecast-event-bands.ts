import type { ForecastCalendar, ForecastPoint } from '../api/forecast.types';

const HOUR_MS = 3_600_000;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A run of the buyers' local dates the forecast treats as an event or a public holiday. */
export interface EventBand {
  kind: 'event' | 'holiday';
  label: string;
  /** What the forecast did on those days, in words. */
  effect: string;
  /** Local dates, first and last. */
  firstDate: string;
  lastDate: string;
  /** UTC span on the chart: the first hour of the first date to the end of the last. */
  fromMs: number;
  toMs: number;
}

const times = (value: number) => `×${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;

function eventEffect(event: ForecastCalendar['events'][number]): string {
  if (event.source === 'user') return `${times(event.multiplier)} the usual volume, as set in the setup`;
  if (event.source === 'learned') return `${times(event.multiplier)} the usual volume, learned from the same event in the history`;
  return 'no uplift: none set, and no past occurrence in the history to learn one from';
}

function holidayEffect(rule: ForecastCalendar['specialDays'][number]): string {
  const shape = rule.analogWeekday === null ? 'its own weekday' : `a ${WEEKDAYS[rule.analogWeekday - 1]}`;
  if (rule.source === 'learned') return `forecast like ${shape} ${times(rule.scale)}, learned from ${rule.learnedFrom} past holiday${rule.learnedFrom === 1 ? '' : 's'}`;
  if (rule.source === 'default') return `forecast like ${shape} (the quietest day of the week): no past holiday in the history`;
  return 'forecast as an ordinary day';
}

/** Consecutive dates grouped into runs. */
function runsOf(dates: readonly string[]): string[][] {
  const sorted = [...new Set(dates)].sort();
  const runs: string[][] = [];
  for (const date of sorted) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    if (previous && Date.parse(`${date}T00:00:00Z`) - Date.parse(`${previous}T00:00:00Z`) === 24 * HOUR_MS) last.push(date);
    else runs.push([date]);
  }
  return runs;
}

/**
 * The events and public holidays of a series' forecast as bands over the hours shown, each with
 * the effect the forecast gave it; dates outside the shown hours are left out.
 */
export function forecastEventBands(calendar: ForecastCalendar | undefined, points: readonly ForecastPoint[]): EventBand[] {
  if (!calendar) return [];
  const span = new Map<string, { from: number; to: number }>();
  for (const point of points) {
    const date = point.local.slice(0, 10);
    const utcMs = Date.parse(point.utc);
    const known = span.get(date);
    span.set(date, { from: Math.min(known?.from ?? utcMs, utcMs), to: Math.max(known?.to ?? utcMs, utcMs + HOUR_MS) });
  }
  const bands: EventBand[] = [];
  const add = (kind: EventBand['kind'], label: string, effect: string, dates: string[]) => {
    for (const run of runsOf(dates.filter((date) => span.has(date)))) {
      const first = run[0];
      const last = run[run.length - 1];
      bands.push({ kind, label, effect, firstDate: first, lastDate: last, fromMs: span.get(first)!.from, toMs: span.get(last)!.to });
    }
  };
  for (const event of calendar.events) add('event', event.name, eventEffect(event), event.datesInHorizon);
  for (const rule of calendar.specialDays) if (rule.kind === 'holiday') add('holiday', 'Public holiday', holidayEffect(rule), rule.datesInHorizon);
  return bands.sort((a, b) => a.fromMs - b.fromMs);
}
