import { HOUR_MS, toLocal } from '@app/domain';
import { forecastSeries } from '../forecast-series';
import { callCentreShape, poissonSampler } from '../testing/synthetic-series.fixture';
import { calibrateIntervals, predictionBand } from './interval-calibration';

describe('prediction intervals', () => {
  it('cover roughly their nominal share on simulated Poisson arrivals', () => {
    const zone = 'Europe/Berlin';
    const start = Date.UTC(2026, 2, 2, 23); // Monday 00:00 Berlin
    const historyHours = 8 * 168;
    const horizon = 168;
    let inside80 = 0;
    let inside95 = 0;
    let total = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const draw = poissonSampler(seed);
      const values = Array.from({ length: historyHours + horizon }, (_, i) => draw(callCentreShape(toLocal(start + i * HOUR_MS, zone))));
      const result = forecastSeries({ startUtcMs: start, values: values.slice(0, historyHours) }, { horizonHours: horizon, timeZone: zone });
      result.points.forEach((point, i) => {
        const actual = values[historyHours + i];
        if (actual >= point.lo80 && actual <= point.hi80) inside80++;
        if (actual >= point.lo95 && actual <= point.hi95) inside95++;
        total++;
        expect(point.lo95).toBeGreaterThanOrEqual(0);
        expect(point.lo95).toBeLessThanOrEqual(point.lo80);
        expect(point.lo80).toBeLessThanOrEqual(point.forecast);
        expect(point.forecast).toBeLessThanOrEqual(point.hi80);
        expect(point.hi80).toBeLessThanOrEqual(point.hi95);
      });
    }
    expect(inside80 / total).toBeGreaterThan(0.7);
    expect(inside80 / total).toBeLessThan(0.9);
    expect(inside95 / total).toBeGreaterThan(0.88);
    expect(inside95 / total).toBeLessThan(0.995);
  });

  it('take the empirical quantiles of the standardised backtest errors', () => {
    // errors k·(−50 … 50) around a forecast of 100, with k chosen so their variance is exactly the
    // Poisson 100: no extra dispersion, σ = 10, standardised errors k·(−5 … 5)
    const k = Math.sqrt(100 / 850);
    const residuals = Array.from({ length: 101 }, (_, i) => ({ leadHours: 1 + (i % 24), forecast: 100, actual: 100 + (i - 50) * k }));
    const calibration = calibrateIntervals(residuals, [0.8, 0.95]);
    expect(calibration.dispersion).toBeCloseTo(0, 12);
    const band = predictionBand(calibration, 5, 100);
    // type-7 quantiles of −50 … 50: 10 % → −40, 90 % → 40, 2.5 % → −47.5, 97.5 % → 47.5
    expect(band.lo80).toBeCloseTo(100 - 40 * k, 6);
    expect(band.hi80).toBeCloseTo(100 + 40 * k, 6);
    expect(band.lo95).toBeCloseTo(100 - 47.5 * k, 6);
    expect(band.hi95).toBeCloseTo(100 + 47.5 * k, 6);
    // never below zero
    expect(predictionBand(calibration, 5, 1).lo95).toBe(0);
  });
});
