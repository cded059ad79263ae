import { HOUR_MS, toLocal, type LocalTime } from '@app/domain';
import { forecastSeries } from './forecast-series';
import type { ForecastPoint, SeriesForecast } from './forecast.types';
import { poissonSampler, seriesOnLocalClock } from './testing/synthetic-series.fixture';

const WEEK = 168;
const ZONE = 'America/New_York';
/** Monday 26 January 2026, 00:00 in New York (EST, UTC−5). */
const HISTORY_START = Date.UTC(2026, 0, 26, 5);
const HISTORY_WEEKS = 5;

/** Open Monday to Friday 09:00–17:00 on the buyers' clock, busiest around noon. */
const isBusinessHour = (local: LocalTime) => local.weekday <= 5 && local.hour >= 9 && local.hour < 17;
const businessMean = (local: LocalTime) => 40 + 20 * Math.exp(-(((local.hour - 12) / 2) ** 2));

/**
 * An export of a weekday business-hours team: rows only while open (no night or weekend rows
 * at all), Poisson counts. `closedValue` writes something else for the closed hours instead.
 */
function businessHoursHistory(closedValue: number | null = null): { startUtcMs: number; values: (number | null)[] } {
  const draw = poissonSampler(99);
  return {
    startUtcMs: HISTORY_START,
    values: seriesOnLocalClock(HISTORY_START, HISTORY_WEEKS * WEEK, ZONE, (local) => (isBusinessHour(local) ? draw(businessMean(local)) : closedValue)),
  };
}

const localOf = (point: ForecastPoint) => toLocal(point.utcMs, ZONE);

describe('forecastSeries: hours the history never saw are closed', () => {
  // two weeks from Monday 2 March, across the change to EDT on Sunday 8 March
  let result: SeriesForecast;
  beforeAll(() => {
    result = forecastSeries(businessHoursHistory(), { horizonHours: 2 * WEEK, timeZone: ZONE });
  });

  it('forecasts 0 with a closed flag at night and at the weekend, on the buyers’ clock across the DST change', () => {
    expect(result.points).toHaveLength(2 * WEEK);
    for (const point of result.points) {
      if (isBusinessHour(localOf(point))) continue;
      expect(point).toMatchObject({ closed: true, forecast: 0, lo80: 0, hi80: 0, lo95: 0, hi95: 0 });
    }
    expect(result.points.filter((point) => point.closed)).toHaveLength(2 * (WEEK - 40));
    expect(result.calendar.closedHoursOfWeek).toHaveLength(WEEK - 40);
    expect(result.calendar.closedHoursOfWeek).toContain(5 * 24 + 3); // Saturday 03:00
  });

  it('forecasts the open hours as usual, at 09:00 New York time before and after the clocks change', () => {
    for (const point of result.points) {
      const local = localOf(point);
      if (!isBusinessHour(local)) continue;
      expect(point.closed).toBe(false);
      expect(point.forecast).toBeGreaterThan(0.7 * businessMean(local));
      expect(point.forecast).toBeLessThan(1.3 * businessMean(local));
      expect(point.hi95).toBeGreaterThan(point.forecast);
    }
    const at = (utc: number) => result.points.find((point) => point.utcMs === utc) as ForecastPoint;
    // Monday 2 March (EST): 09:00 is 14:00 UTC and 13:00 UTC is 08:00, closed
    expect(at(Date.UTC(2026, 2, 2, 14)).closed).toBe(false);
    expect(at(Date.UTC(2026, 2, 2, 13)).closed).toBe(true);
    // Monday 9 March (EDT): 09:00 is 13:00 UTC, and 21:00 UTC is 17:00, closed
    expect(at(Date.UTC(2026, 2, 9, 13)).closed).toBe(false);
    expect(at(Date.UTC(2026, 2, 9, 20)).closed).toBe(false);
    expect(at(Date.UTC(2026, 2, 9, 21)).closed).toBe(true);
  });

  it('scores the backtest on open hours only', () => {
    // 5 weeks of history, 2-week backtest windows from two origins a week apart: 2 × 2 × 40 open hours
    expect(result.backtest.originsUtcMs).toHaveLength(2);
    expect(result.backtest.horizonHours).toBe(2 * WEEK);
    expect(result.backtest.chosen?.points).toBe(2 * 2 * 40);
    for (const method of result.backtest.methods) expect(method.points).toBe(160);
  });

  it('keeps a gap inside open hours missing, not closed', () => {
    const history = businessHoursHistory();
    // Wednesday 25 February 10:00–12:59 New York time has no rows (an outage)
    for (let hour = 0; hour < 3; hour++) history.values[(Date.UTC(2026, 1, 25, 15 + hour) - HISTORY_START) / HOUR_MS] = null;
    const gapped = forecastSeries(history, { horizonHours: WEEK, timeZone: ZONE, method: 'weekly-profile' });
    const wednesday = gapped.points.filter((point) => localOf(point).weekday === 3 && isBusinessHour(localOf(point)));
    expect(wednesday).toHaveLength(8);
    for (const point of wednesday) {
      expect(point.closed).toBe(false);
      expect(point.forecast).toBeGreaterThan(0.7 * businessMean(localOf(point)));
    }
  });

  it('treats a quiet hour written as 0 as open: nothing is closed', () => {
    const quiet = forecastSeries(businessHoursHistory(0), { horizonHours: WEEK, timeZone: ZONE });
    expect(quiet.points.some((point) => point.closed)).toBe(false);
    expect(quiet.calendar.closedHoursOfWeek).toEqual([]);
    // a night that always had 0 is still forecast (close to) 0
    const night = quiet.points.find((point) => localOf(point).hour === 3) as ForecastPoint;
    expect(night.forecast).toBeLessThan(1);
  });
});

describe('forecastSeries: a business-hours day is judged by its open hours', () => {
  it('learns a holiday from a business-hours history (Presidents’ Day, 16 February 2026, open but half as busy)', () => {
    const draw = poissonSampler(7);
    const history = {
      startUtcMs: HISTORY_START,
      values: seriesOnLocalClock(HISTORY_START, HISTORY_WEEKS * WEEK, ZONE, (local) => {
        if (!isBusinessHour(local)) return null;
        return draw(local.date === '2026-02-16' ? businessMean(local) / 2 : businessMean(local));
      }),
    };
    const result = forecastSeries(history, { horizonHours: WEEK, timeZone: ZONE, country: 'US', method: 'weekly-profile' });
    const holiday = result.calendar.specialDays.find((effect) => effect.kind === 'holiday');
    // 8 open hours of 24: a day is known when 75 % of its open hours are, not of all 24
    expect(holiday).toMatchObject({ source: 'learned', learnedFrom: 1 });
    expect(holiday?.scale).toBeGreaterThan(0.35);
    expect(holiday?.scale).toBeLessThan(0.65);
  });
});
