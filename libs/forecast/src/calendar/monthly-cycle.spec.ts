import { HOUR_MS, toLocal } from '@app/domain';
import { forecastSeries } from '../forecast-series';
import { callCentreShape, poissonSampler } from '../testing/synthetic-series.fixture';

/** 30 weeks (or `weeks`) of Poisson arrivals from Monday 2025-06-02, optionally 60 % busier on the 1st–3rd of each month. */
function history(payday: boolean, seed: number, weeks = 30) {
  const start = Date.UTC(2025, 5, 2);
  const draw = poissonSampler(seed);
  const values = Array.from({ length: weeks * 168 }, (_, i) => {
    const local = toLocal(start + i * HOUR_MS, 'UTC');
    const boost = payday && Number(local.date.slice(8)) <= 3 ? 1.6 : 1;
    return draw(boost * callCentreShape(local));
  });
  return { startUtcMs: start, values };
}

describe('day-of-month cycle', () => {
  it('is learned where the history has one, and lifts the next paydays', () => {
    const result = forecastSeries(history(true, 7), { horizonHours: 3 * 168, method: 'weekly-profile' });
    expect(result.monthlyCycle).toBe(true);
    const cycle = result.calendar.monthlyCycle as number[];
    expect(cycle[1]).toBeGreaterThan(1.3); // the 2nd
    expect(cycle[14]).toBeGreaterThan(0.85); // the 15th
    expect(cycle[14]).toBeLessThan(1.15);
    // the history ends on Sunday 2025-12-28: Thursday 1 January vs Thursday 8 January
    const dayTotal = (date: string) => result.points.filter((point) => point.local.startsWith(date)).reduce((sum, point) => sum + point.forecast, 0);
    expect(dayTotal('2026-01-01') / dayTotal('2026-01-08')).toBeGreaterThan(1.3);
  });

  it('is not made up from noise where the history has none', () => {
    for (const seed of [1, 2, 3]) {
      const result = forecastSeries(history(false, seed), { horizonHours: 48, method: 'weekly-profile' });
      expect(result.monthlyCycle).toBe(false);
      expect(result.calendar.monthlyCycle).toBeNull();
    }
  });

  it('on nine weeks, too few to validate it, is learned pulled toward none: the paydays show, noise does not', () => {
    // two paydays of three days each in the history: the 2nd is 1.6 × its weekday's volume
    const paid = forecastSeries(history(true, 7, 9), { horizonHours: 48, method: 'weekly-profile' });
    expect(paid.monthlyCycle).toBe(true);
    const cycle = paid.calendar.monthlyCycle as number[];
    expect(cycle[1]).toBeGreaterThan(1.15);
    expect(cycle[1]).toBeLessThan(1.45); // shrunk: less than the 1.6 it was
    for (const seed of [1, 2, 3]) {
      const flat = forecastSeries(history(false, seed, 9), { horizonHours: 48, method: 'weekly-profile' }).calendar.monthlyCycle as number[];
      for (const multiplier of flat) expect(Math.abs(multiplier - 1)).toBeLessThan(0.05);
    }
  });
});
