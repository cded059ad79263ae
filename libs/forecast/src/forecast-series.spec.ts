import { HOUR_MS, localToUtc, toLocal, type LocalTime } from '@app/domain';
import { forecastSeries } from './forecast-series';
import { ForecastError, ForecastErrorCode } from './forecast.error';
import { FORECAST_METHODS, type ForecastMethodName, type SeriesForecast } from './forecast.types';
import { callCentreShape, poissonSampler, seriesOnLocalClock } from './testing/synthetic-series.fixture';

const MONDAY = Date.UTC(2026, 0, 5); // 2026-01-05T00:00Z is a Monday
const WEEK = 168;

/** A pattern that differs by hour and by weekday (weekends lower), never zero. */
const weeklyPattern = (local: LocalTime) => 20 + 3 * local.hour + (local.weekday >= 6 ? -15 : 5 * local.weekday);
const dailyPattern = (local: LocalTime) => 20 + 3 * local.hour;

function pureSeries(weeks: number, pattern: (local: LocalTime) => number, zone = 'UTC', start = MONDAY) {
  return { startUtcMs: start, values: seriesOnLocalClock(start, weeks * WEEK, zone, pattern) };
}

function expectExact(result: SeriesForecast, pattern: (local: LocalTime) => number, zone = 'UTC') {
  for (const point of result.points) expect(point.forecast).toBeCloseTo(pattern(toLocal(point.utcMs, zone)), 6);
}

function dailyTotals(result: SeriesForecast): Map<string, number> {
  const totals = new Map<string, number>();
  for (const point of result.points) totals.set(point.local.slice(0, 10), (totals.get(point.local.slice(0, 10)) ?? 0) + point.forecast);
  return totals;
}

describe('forecastSeries: known answers', () => {
  it.each<ForecastMethodName>(['seasonal-naive', 'weekly-profile', 'double-seasonal', 'ensemble'])(
    '%s forecasts a pure weekly-seasonal series exactly',
    (method) => {
      const result = forecastSeries(pureSeries(6, weeklyPattern), { horizonHours: 2 * WEEK, method });
      expect(result.method).toBe(method);
      expect(result.points).toHaveLength(2 * WEEK);
      expect(result.points[0].utcMs).toBe(MONDAY + 6 * WEEK * HOUR_MS);
      expectExact(result, weeklyPattern);
      expect(result.backtest.chosen?.wape).toBeCloseTo(0, 6);
    },
  );

  it.each<ForecastMethodName>([...FORECAST_METHODS])('%s forecasts a pure daily-seasonal series exactly', (method) => {
    expectExact(forecastSeries(pureSeries(4, dailyPattern), { horizonHours: 100, method }), dailyPattern);
  });

  it('auto picks a method with a perfect backtest on a pure series, and the intervals collapse onto it', () => {
    const result = forecastSeries(pureSeries(6, weeklyPattern), { horizonHours: 48 });
    expect(result.backtest.methods).toHaveLength(FORECAST_METHODS.length);
    expect(result.backtest.chosen?.method).toBe(result.method);
    expect(result.backtest.chosen?.wape).toBeCloseTo(0, 6);
    expectExact(result, weeklyPattern);
    for (const point of result.points) {
      expect(point.hi95 - point.lo95).toBeLessThan(1e-6);
    }
  });

  it('treats missing hours as missing, not zero', () => {
    const history = pureSeries(4, weeklyPattern);
    // the whole last Tuesday is missing: the naive falls back on the Tuesday before
    for (let hour = 3 * WEEK + 24; hour < 3 * WEEK + 48; hour++) history.values[hour] = null;
    expectExact(forecastSeries(history, { horizonHours: WEEK, method: 'seasonal-naive' }), weeklyPattern);
  });

  it('leaves out outlier days by itself, and the dates the user excludes', () => {
    const history = pureSeries(4, weeklyPattern);
    // Wednesday 2026-01-28 at five times its volume: an outlier; Thursday 2026-01-29 at 1.5 times: plausible
    for (let hour = 3 * WEEK + 48; hour < 3 * WEEK + 72; hour++) history.values[hour] = 5 * (history.values[hour] as number);
    for (let hour = 3 * WEEK + 72; hour < 3 * WEEK + 96; hour++) history.values[hour] = 1.5 * (history.values[hour] as number);
    const raw = forecastSeries(history, { horizonHours: WEEK, method: 'seasonal-naive' });
    expect(raw.calendar.outlierDates).toEqual(['2026-01-28']);
    for (const point of raw.points) {
      const local = toLocal(point.utcMs, 'UTC');
      expect(point.forecast).toBeCloseTo(weeklyPattern(local) * (local.weekday === 4 ? 1.5 : 1), 6);
    }
    const cleaned = forecastSeries(history, { horizonHours: WEEK, method: 'seasonal-naive', excludeDates: ['2026-01-29'] });
    expect(cleaned.calendar.outlierDates).toEqual(['2026-01-28']);
    expectExact(cleaned, weeklyPattern);
  });

  it('a backtest reports WAPE, MASE, sMAPE and bias per horizon bucket', () => {
    const noisy = pureSeries(8, weeklyPattern);
    noisy.values = noisy.values.map((value, index) => (value as number) * (1 + 0.2 * Math.sin(index * 1.7)));
    const result = forecastSeries(noisy, { horizonHours: 200, method: 'weekly-profile' });
    const chosen = result.backtest.chosen;
    expect(result.backtest.horizonHours).toBe(200);
    expect(result.backtest.originsUtcMs).toHaveLength(4);
    expect(chosen?.buckets.map((bucket) => bucket.label)).toEqual(['1-24h', '25-168h', '169h+']);
    expect(chosen?.buckets.reduce((sum, bucket) => sum + bucket.points, 0)).toBe(chosen?.points);
    for (const key of ['wape', 'mase', 'smape', 'bias'] as const) expect(Number.isFinite(chosen?.[key])).toBe(true);
    expect(chosen?.wape).toBeGreaterThan(0);
  });
});

describe('forecastSeries: the backtest-weighted combination', () => {
  it('averages the three best single methods, weighted by 1 / backtest WAPE, and is scored like them', () => {
    const draw = poissonSampler(5);
    const history = { startUtcMs: MONDAY, values: seriesOnLocalClock(MONDAY, 6 * WEEK, 'UTC', (local) => draw(callCentreShape(local))) };
    const result = forecastSeries(history, { horizonHours: 48, method: 'combination' });
    expect(result.method).toBe('combination');
    const singles = result.backtest.methods.filter((entry) => entry.method !== 'combination').sort((a, b) => a.wape - b.wape);
    expect(singles).toHaveLength(FORECAST_METHODS.length - 1);
    const members = singles.slice(0, 3);
    const inverse = members.map((entry) => 1 / entry.wape);
    const weights = inverse.map((value) => value / inverse.reduce((sum, other) => sum + other, 0));
    const alone = members.map((entry) => forecastSeries(history, { horizonHours: 48, method: entry.method }).points);
    result.points.forEach((point, i) => expect(point.forecast).toBeCloseTo(weights.reduce((sum, weight, m) => sum + weight * alone[m][i].forecast, 0), 9));
    const combined = result.backtest.methods.find((entry) => entry.method === 'combination');
    expect(result.backtest.chosen).toEqual(combined);
    expect(combined?.points).toBe(members[0].points);
  });

  it('is what auto uses unless the best single method backtests 10 % or more better', () => {
    const draw = poissonSampler(5);
    const history = { startUtcMs: MONDAY, values: seriesOnLocalClock(MONDAY, 6 * WEEK, 'UTC', (local) => draw(callCentreShape(local))) };
    const result = forecastSeries(history, { horizonHours: 48 });
    const combination = result.backtest.methods.find((entry) => entry.method === 'combination');
    const bestSingle = result.backtest.methods.find((entry) => entry.method !== 'combination');
    if (!combination || !bestSingle) throw new Error('the backtest lists the combination and the single methods');
    expect(result.backtest.chosen?.method).toBe(combination.wape < 1.1 * bestSingle.wape ? 'combination' : bestSingle.method);
    // a pure series: some single method is exact, nothing to gain from averaging
    expect(forecastSeries(pureSeries(6, weeklyPattern), { horizonHours: 48 }).method).not.toBe('combination');
  });
});

describe('forecastSeries: holidays and events', () => {
  it('forecasts a public holiday like the quietest weekday when the history has none', () => {
    // 2026-01-20 … 2026-02-13 holds no US public holiday; Monday 2026-02-16 is Washington's Birthday
    const start = Date.UTC(2026, 0, 20);
    const history = { startUtcMs: start, values: seriesOnLocalClock(start, 25 * 24, 'UTC', weeklyPattern) };
    const result = forecastSeries(history, { horizonHours: 10 * 24, country: 'US', method: 'weekly-profile' });
    const holiday = result.calendar.specialDays.find((effect) => effect.kind === 'holiday');
    expect(holiday).toMatchObject({ source: 'default', analogWeekday: 6, datesInHorizon: ['2026-02-16'] });
    const totals = dailyTotals(result);
    const weekend = (date: string) => Array.from({ length: 24 }, (_, hour) => weeklyPattern({ ...toLocal(Date.parse(`${date}T00:00Z`), 'UTC'), hour })).reduce((a, b) => a + b);
    expect(totals.get('2026-02-16')).toBeCloseTo(weekend('2026-02-14'), 6);
    expect(totals.get('2026-02-16') as number).toBeLessThan(0.8 * (totals.get('2026-02-23') ?? Number.NaN));
  });

  it('learns a holiday effect from the holidays in the history', () => {
    // Oct–Dec 2025 with its four US holidays at 30 % of a normal day; New Year's Day 2026 is forecast
    const start = Date.UTC(2025, 9, 6);
    const holidays = new Set(['2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25']);
    const pattern = (local: LocalTime) => weeklyPattern(local) * (holidays.has(local.date) ? 0.3 : 1);
    const history = { startUtcMs: start, values: seriesOnLocalClock(start, 12 * WEEK + 2 * 24, 'UTC', pattern) };
    expect(new Date(start + history.values.length * HOUR_MS).toISOString()).toBe('2025-12-31T00:00:00.000Z');
    const result = forecastSeries(history, { horizonHours: 3 * 24, country: 'US', method: 'weekly-profile' });
    const holiday = result.calendar.specialDays.find((effect) => effect.kind === 'holiday');
    expect(holiday).toMatchObject({ source: 'learned', learnedFrom: 4, analogWeekday: null, datesInHorizon: ['2026-01-01'] });
    expect(holiday?.scale).toBeCloseTo(0.3, 6);
    // eves and days after were ordinary in the history: they stay ordinary
    for (const kind of ['holiday-eve', 'after-holiday']) {
      const effect = result.calendar.specialDays.find((entry) => entry.kind === kind);
      expect(effect).toMatchObject({ source: 'learned', learnedFrom: 4, analogWeekday: null });
      expect(effect?.scale).toBeCloseTo(1, 6);
    }
    expect(result.calendar.specialDays.find((entry) => entry.kind === 'after-holiday')?.datesInHorizon).toEqual(['2026-01-02']);
    for (const point of result.points) {
      const local = toLocal(point.utcMs, 'UTC');
      expect(point.forecast).toBeCloseTo(weeklyPattern(local) * (local.date === '2026-01-01' ? 0.3 : 1), 6);
    }
  });

  it('applies a user multiplier to an event, and learns one from the same event in the history', () => {
    const history = pureSeries(6, (local) => weeklyPattern(local) * (local.date === '2026-01-21' ? 2 : 1));
    const events = [
      { name: 'Flash Sale', start: '2026-01-21', end: '2026-01-21' },
      { name: 'flash sale', start: '2026-02-18', end: '2026-02-18' },
      { name: 'Prime Day', start: '2026-02-19', end: '2026-02-20', volumeMultiplier: 3 },
    ];
    const result = forecastSeries(history, { horizonHours: WEEK, method: 'weekly-profile', events });
    expect(result.calendar.events).toEqual([
      expect.objectContaining({ name: 'Flash Sale', source: 'learned', datesInHorizon: ['2026-02-18'] }),
      { name: 'Prime Day', multiplier: 3, source: 'user', datesInHorizon: ['2026-02-19', '2026-02-20'] },
    ]);
    expect(result.calendar.events[0].multiplier).toBeCloseTo(2, 6);
    const factor = (date: string) => (date === '2026-02-18' ? 2 : date === '2026-02-19' || date === '2026-02-20' ? 3 : 1);
    for (const point of result.points) {
      const local = toLocal(point.utcMs, 'UTC');
      expect(point.forecast).toBeCloseTo(weeklyPattern(local) * factor(local.date), 6);
    }
  });
});

describe('forecastSeries: DST keeps the local-hour shape', () => {
  const zone = 'America/New_York';
  it.each<[string, string, number, number, ForecastMethodName | 'auto']>([
    ['spring', '2026-01-26', 0, 23, 'seasonal-naive'],
    ['spring', '2026-01-26', 0, 23, 'weekly-profile'],
    ['spring', '2026-01-26', 0, 23, 'double-seasonal'],
    ['spring', '2026-01-26', 0, 23, 'auto'],
    ['autumn', '2026-09-21', 23, 0, 'double-seasonal'],
    ['autumn', '2026-09-21', 23, 0, 'auto'],
  ])('%s change (history from %s): the peak stays at 19:00 local, its UTC hour moves %i → %i (%s)', (_, firstDate, utcBefore, utcAfter, method) => {
    const start = localToUtc(firstDate, '00:00', zone);
    const history = { startUtcMs: start, values: seriesOnLocalClock(start, 5 * WEEK, zone, callCentreShape) };
    const result = forecastSeries(history, { horizonHours: 2 * WEEK, timeZone: zone, method });
    const peaks = new Map<string, { utcMs: number; forecast: number; hours: number }>();
    for (const point of result.points) {
      const date = point.local.slice(0, 10);
      const best = peaks.get(date);
      const hours = (best?.hours ?? 0) + 1;
      peaks.set(date, !best || point.forecast > best.forecast ? { ...point, hours } : { ...best, hours });
    }
    const utcHours = new Set<number>();
    // whole local days only (the horizon ends one hour into a day after the spring change)
    for (const [date, peak] of [...peaks].filter(([, day]) => day.hours >= 23)) {
      expect({ date, localHour: toLocal(peak.utcMs, zone).hour }).toEqual({ date, localHour: 19 });
      utcHours.add(new Date(peak.utcMs).getUTCHours());
    }
    expect([...utcHours]).toEqual([utcBefore, utcAfter]);
    // the local time is reported alongside, with the offset of the day
    expect(result.points[0].local).toMatch(/^20\d\d-\d\d-\d\dT00:00-0[45]:00$/);
  });
});

describe('forecastSeries: bad input', () => {
  const history = pureSeries(3, weeklyPattern);
  const failure = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof ForecastError) return { code: error.code, message: error.message, field: error.field };
      throw error;
    }
    throw new Error('expected a ForecastError');
  };

  it.each([0, -1, 2185, 1.5])('horizon %d', (horizonHours) => {
    expect(failure(() => forecastSeries(history, { horizonHours }))).toMatchObject({
      code: ForecastErrorCode.InvalidHorizon,
      field: 'horizonHours',
      message: expect.stringContaining('1 to 2184'),
    });
  });

  it('unknown time zone', () => {
    expect(failure(() => forecastSeries(history, { horizonHours: 24, timeZone: 'Mars/Olympus' }))).toMatchObject({
      code: ForecastErrorCode.UnknownTimeZone,
      message: 'unknown IANA time zone "Mars/Olympus"',
    });
  });

  it('negative value, naming the hour', () => {
    const values = [...history.values];
    values[30] = -4;
    expect(failure(() => forecastSeries({ ...history, values }, { horizonHours: 24 }))).toEqual({
      code: ForecastErrorCode.NegativeValue,
      field: 'values[30]',
      message: 'values[30] (2026-01-06T06:00:00Z) is negative: -4',
    });
  });

  it('not a number', () => {
    const values = [...history.values];
    values[2] = Number.NaN;
    expect(failure(() => forecastSeries({ ...history, values }, { horizonHours: 24 })).code).toBe(ForecastErrorCode.InvalidValue);
  });

  it('too little history, saying how much is needed', () => {
    const short = { startUtcMs: MONDAY, values: history.values.slice(0, 300) };
    expect(failure(() => forecastSeries(short, { horizonHours: 24 }))).toMatchObject({
      code: ForecastErrorCode.InsufficientHistory,
      message: expect.stringMatching(/300 hours .* needs at least 360 hours/),
    });
    const mostlyMissing = { startUtcMs: MONDAY, values: history.values.map((value, index) => (index % 4 ? null : value)) };
    expect(failure(() => forecastSeries(mostlyMissing, { horizonHours: 24 })).code).toBe(ForecastErrorCode.InsufficientHistory);
  });

  it('unknown country, start off the hour, bad dates and options', () => {
    expect(failure(() => forecastSeries(history, { horizonHours: 24, country: 'XX' })).code).toBe(ForecastErrorCode.UnknownCountry);
    expect(failure(() => forecastSeries({ ...history, startUtcMs: MONDAY + 60_000 }, { horizonHours: 24 })).code).toBe(ForecastErrorCode.InvalidStart);
    expect(failure(() => forecastSeries(history, { horizonHours: 24, excludeDates: ['2026-02-30'] }))).toMatchObject({
      code: ForecastErrorCode.InvalidDate,
      field: 'excludeDates[0]',
    });
    expect(failure(() => forecastSeries(history, { horizonHours: 24, events: [{ name: 'x', start: '2026-02-02', end: '2026-02-01' }] })).field).toBe('events[0].end');
    expect(failure(() => forecastSeries(history, { horizonHours: 24, method: 'magic' as never })).code).toBe(ForecastErrorCode.InvalidMethod);
    expect(failure(() => forecastSeries(history, { horizonHours: 24, intervals: [0.95, 0.8] })).code).toBe(ForecastErrorCode.InvalidOption);
  });
});
