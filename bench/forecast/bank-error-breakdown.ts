import { HOUR_MS, addDays, formatUtc } from '@app/domain';
import { addError, emptyTotal, medianOfLast4Weeks, wapeOf, type WapeTotal } from './median-reference';

/** One weekly origin's forecast: `forecast[h]` is hour `origin + h`. */
export interface ScoredWeek {
  origin: number;
  forecast: readonly number[];
}

export type DayKind = 'normal' | 'holiday' | 'holiday-eve' | 'after-holiday';

interface Slice {
  /** This slice's share of all the absolute error, %. */
  shareOfError: number;
  wape: number;
  medianWape: number;
  /** (Σ forecast − Σ actual) / Σ actual, %. */
  bias: number;
}

/**
 * Where the error of the bank's week-ahead forecasts comes from: by day kind and by lead day
 * (each against the 4-week same-hour median on the same hours), and two "what if it were known"
 * figures that split it into its parts: the WAPE with each day's total known (what is left is the
 * intraday shape and hourly noise) and with each week's level known (what is left is the shape
 * plus the split of the week into days). `weeklyLevelLag1` is the correlation of one week's level
 * error with the next's: near 0, the level errors are news the history could not have told.
 */
export interface BankErrorBreakdown {
  byDayKind: Record<DayKind, Slice>;
  byLeadDay: (Slice & { weekday: string })[];
  wapeWithDayTotalsKnown: number;
  wapeWithWeekLevelKnown: number;
  weeklyLevelLag1: number;
}

const DAY_KINDS: DayKind[] = ['normal', 'holiday', 'holiday-eve', 'after-holiday'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface Tally extends WapeTotal {
  median: WapeTotal;
  forecast: number;
}

const emptyTally = (): Tally => ({ ...emptyTotal(), median: emptyTotal(), forecast: 0 });

/**
 * The breakdown of forecasts on the bank's hourly grid (hour 0 = a midnight; days are 24-hour
 * blocks of the wall clock). `scored(hour)` says which hours count (all, or the open ones);
 * holidays are the library's dates, an eve the day before one, after-holiday the day after.
 */
export function bankErrorBreakdown(
  values: readonly (number | null)[],
  startUtcMs: number,
  weeks: readonly ScoredWeek[],
  holidayDates: readonly string[],
  scored: (hour: number) => boolean,
): BankErrorBreakdown {
  const holidays = new Set(holidayDates);
  const dateOf = (hour: number) => formatUtc(startUtcMs + hour * HOUR_MS).slice(0, 10);
  const kindOf = (date: string): DayKind =>
    holidays.has(date) ? 'holiday' : holidays.has(addDays(date, 1)) ? 'holiday-eve' : holidays.has(addDays(date, -1)) ? 'after-holiday' : 'normal';
  const all = emptyTally();
  const byKind = new Map<DayKind, Tally>(DAY_KINDS.map((kind) => [kind, emptyTally()]));
  const byLead = Array.from({ length: 7 }, emptyTally);
  const dayKnown = emptyTotal();
  const weekKnown = emptyTotal();
  const weekLevelErrors: number[] = [];
  for (const { origin, forecast } of weeks) {
    const dayForecast = new Float64Array(7);
    const dayActual = new Float64Array(7);
    let normalForecast = 0;
    let normalActual = 0;
    const hours: number[] = [];
    for (let h = 0; h < forecast.length; h++) {
      const actual = values[origin + h];
      if (actual === null || actual === undefined || !scored(origin + h)) continue;
      hours.push(h);
      const lead = (h / 24) | 0;
      dayForecast[lead] += forecast[h];
      dayActual[lead] += actual;
      if (kindOf(dateOf(origin + h)) === 'normal') {
        normalForecast += forecast[h];
        normalActual += actual;
      }
    }
    const weekScale = normalForecast > 0 ? normalActual / normalForecast : 1;
    if (normalForecast > 0 && normalActual > 0) weekLevelErrors.push(Math.log(normalActual / normalForecast));
    for (const h of hours) {
      const actual = values[origin + h] as number;
      const lead = (h / 24) | 0;
      const median = medianOfLast4Weeks(values, origin + h);
      for (const tally of [all, byKind.get(kindOf(dateOf(origin + h))) as Tally, byLead[lead]]) {
        addError(tally, actual, forecast[h]);
        addError(tally.median, actual, median);
        tally.forecast += forecast[h];
      }
      addError(dayKnown, actual, dayForecast[lead] > 0 ? (forecast[h] * dayActual[lead]) / dayForecast[lead] : forecast[h]);
      addError(weekKnown, actual, forecast[h] * weekScale);
    }
  }
  const slice = (tally: Tally): Slice => ({
    shareOfError: Math.round((1000 * tally.error) / all.error) / 10,
    wape: wapeOf(tally),
    medianWape: wapeOf(tally.median),
    bias: Math.round((1000 * (tally.forecast - tally.actual)) / tally.actual) / 10,
  });
  return {
    byDayKind: Object.fromEntries(DAY_KINDS.map((kind) => [kind, slice(byKind.get(kind) as Tally)])) as Record<DayKind, Slice>,
    byLeadDay: byLead.map((tally, lead) => ({ weekday: weeks.length ? WEEKDAYS[new Date(startUtcMs + (weeks[0].origin + 24 * lead) * HOUR_MS).getUTCDay()] : '', ...slice(tally) })),
    wapeWithDayTotalsKnown: wapeOf(dayKnown),
    wapeWithWeekLevelKnown: wapeOf(weekKnown),
    weeklyLevelLag1: Math.round(100 * lag1Correlation(weekLevelErrors)) / 100,
  };
}

function lag1Correlation(series: readonly number[]): number {
  if (series.length < 3) return Number.NaN;
  const previous = series.slice(0, -1);
  const next = series.slice(1);
  const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const mp = mean(previous);
  const mn = mean(next);
  let covariance = 0;
  let varianceP = 0;
  let varianceN = 0;
  for (let i = 0; i < previous.length; i++) {
    covariance += (previous[i] - mp) * (next[i] - mn);
    varianceP += (previous[i] - mp) ** 2;
    varianceN += (next[i] - mn) ** 2;
  }
  return covariance / Math.sqrt(varianceP * varianceN);
}

/** The breakdown in a few lines for the benchmark's log. */
export function describeBreakdown(breakdown: BankErrorBreakdown): string[] {
  const slice = (label: string, entry: Slice) => `${label} ${entry.shareOfError}% of the error, WAPE ${entry.wape}% (median ${entry.medianWape}%), bias ${entry.bias > 0 ? '+' : ''}${entry.bias}%`;
  return [
    `  error by day: ${DAY_KINDS.map((kind) => slice(kind, breakdown.byDayKind[kind])).join('; ')}`,
    `  error by lead day: ${breakdown.byLeadDay.map((entry, lead) => `${lead + 1} ${entry.weekday} ${entry.wape}% (${entry.medianWape}%)`).join(', ')}`,
    `  WAPE with each day's total known ${breakdown.wapeWithDayTotalsKnown}% (intraday shape and hourly noise), with each week's level known ${breakdown.wapeWithWeekLevelKnown}%; ` +
      `week-to-week correlation of the level errors ${breakdown.weeklyLevelLag1} (near 0: not predictable from the history)`,
  ];
}
