import { HOUR_MS, formatUtc, publicHolidays } from '@app/domain';
import { forecastSeries } from '@app/forecast';
import { BANK_IMPUTED_DATE, loadBankCalls } from './bank-calls.data';
import { bankErrorBreakdown, describeBreakdown, type ScoredWeek } from './bank-error-breakdown';
import { MIN_IMPROVEMENT_OVER_MEDIAN, addError, emptyTotal, improvementOverMedian, medianOfLast4Weeks, wapeOf } from './median-reference';
import { countBy, startTimer } from './run-timer';

const DAY_MS = 86_400_000;
const FIRST_WEEK = 9;
const LAST_WEEK = 50;
const HORIZON = 168;

/**
 * The bank's opening hours on its wall clock (Brown et al. 2005: weekdays Sunday–Thursday 07:00
 * to midnight, Friday to 14:00, Saturday from the end of the Sabbath, about 20:00, to midnight),
 * as an export of a business-hours team would have them: rows only while open.
 */
export function bankIsOpen(utcMs: number): boolean {
  const time = new Date(utcMs);
  const weekday = time.getUTCDay(); // 0 = Sunday … 6 = Saturday
  const hour = time.getUTCHours();
  if (weekday === 5) return hour >= 7 && hour < 14;
  if (weekday === 6) return hour >= 20;
  return hour >= 7;
}

/**
 * "Anonymous Bank" 1999 restricted to its opening hours, night and Sabbath rows left out (not
 * zero): the engine must learn the closed hours from the missing rows and forecast the open
 * ones. Week-ahead forecasts from weekly origins, WAPE over the open hours, against the 4-week
 * same-hour median on the same hours.
 */
export function runBankBusinessHoursBenchmark(): Record<string, unknown> {
  const bank = loadBankCalls();
  const values = bank.values.map((value, hour) => (bankIsOpen(bank.startUtcMs + hour * HOUR_MS) ? value : null));
  const openHours = values.filter((_, hour) => bankIsOpen(bank.startUtcMs + hour * HOUR_MS)).length;
  const callsKept = values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  const callsAll = bank.values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  const originOf = (week: number) => (week * 7 * DAY_MS) / HOUR_MS;
  const dateOf = (hour: number) => formatUtc(bank.startUtcMs + hour * HOUR_MS).slice(0, 10);
  console.log(
    `Anonymous Bank 1999, business hours only (Sun–Thu 07–24, Fri 07–14, Sat 20–24; ${openHours} of ${values.length} hours, ${((100 * callsKept) / callsAll).toFixed(1)} % of the calls; ${BANK_IMPUTED_DATE} missing)`,
  );

  const stop = startTimer();
  const ours = emptyTotal();
  const reference = emptyTotal();
  let closedForecastCalls = 0;
  const weeks: { week: number; start: string; wape: number; medianWape: number; method: string }[] = [];
  const forecasts: ScoredWeek[] = [];
  for (let week = FIRST_WEEK; week <= LAST_WEEK; week++) {
    const origin = originOf(week);
    const result = forecastSeries({ startUtcMs: bank.startUtcMs, values: values.slice(0, origin) }, { horizonHours: HORIZON, timeZone: 'UTC', country: 'IL' });
    forecasts.push({ origin, forecast: result.points.map((point) => point.forecast) });
    const weekOurs = emptyTotal();
    const weekReference = emptyTotal();
    for (let h = 0; h < HORIZON; h++) {
      if (!bankIsOpen(bank.startUtcMs + (origin + h) * HOUR_MS)) {
        closedForecastCalls += result.points[h].forecast;
        continue;
      }
      const actual = values[origin + h];
      if (actual === null) continue;
      addError(ours, actual, result.points[h].forecast);
      addError(weekOurs, actual, result.points[h].forecast);
      addError(reference, actual, medianOfLast4Weeks(values, origin + h));
      addError(weekReference, actual, medianOfLast4Weeks(values, origin + h));
    }
    weeks.push({ week, start: dateOf(origin), wape: wapeOf(weekOurs), medianWape: wapeOf(weekReference), method: result.method });
  }
  const time = stop();
  const wape = wapeOf(ours);
  const medianWape = wapeOf(reference);
  const improvement = improvementOverMedian(wape, medianWape);
  const methods = countBy(weeks, (entry) => entry.method);
  console.log(`  weekly WAPE % (median): ${weeks.map((entry) => `w${entry.week} ${entry.wape.toFixed(0)} (${entry.medianWape.toFixed(0)})`).join(', ')}`);
  console.log(`  followsun auto: WAPE ${wape}% over the open hours; 4-week same-hour median ${medianWape}%: ${improvement}% better (target ≥ ${MIN_IMPROVEMENT_OVER_MEDIAN}%: ${improvement >= MIN_IMPROVEMENT_OVER_MEDIAN ? 'met' : 'NOT MET'})`);
  const holidayDates = publicHolidays('IL', 1999).map((holiday) => holiday.date);
  const breakdown = bankErrorBreakdown(values, bank.startUtcMs, forecasts, holidayDates, (hour) => bankIsOpen(bank.startUtcMs + hour * HOUR_MS));
  for (const line of describeBreakdown(breakdown)) console.log(line);
  console.log(`  calls forecast in closed hours: ${closedForecastCalls.toFixed(1)} (must be 0: ${closedForecastCalls === 0 ? 'yes' : 'NO'})`);
  console.log(`  time: ${time.wallSeconds} s wall, ${time.cpuSeconds} s CPU, load average ${time.loadAverageAtStart} at start`);
  console.log(`  methods chosen: ${Object.entries(methods).map(([method, count]) => `${method} ${count}`).join(', ')}`);
  return {
    openHours: { definition: 'Sun–Thu 07:00–24:00, Fri 07:00–14:00, Sat 20:00–24:00 (wall clock)', hours: openHours, shareOfCalls: Math.round((1000 * callsKept) / callsAll) / 10 },
    weeks: { first: FIRST_WEEK, last: LAST_WEEK, horizonHours: HORIZON },
    wape,
    medianOfLast4WeeksWape: medianWape,
    improvementOverMedianPercent: improvement,
    meetsImprovementTarget: improvement >= MIN_IMPROVEMENT_OVER_MEDIAN,
    callsForecastInClosedHours: closedForecastCalls,
    time,
    methods,
    breakdown,
    perWeek: weeks,
  };
}
