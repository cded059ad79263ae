import { FigureBank } from './figure-bank';
import { PSquareBank } from './p-square-bank';
import { WAIT_BINS, waitBin, waitBinLowerEdge, waitQuantile } from './wait-histogram';

describe('wait histogram', () => {
  it('places waits in bins whose edges surround them', () => {
    for (const minutes of [0.001, 1 / 60, 0.5, 1, 7.3, 59.99, 60, 1440, 10_000, 100_000]) {
      const bin = waitBin(minutes);
      expect(waitBinLowerEdge(bin)).toBeLessThanOrEqual(minutes);
      expect(waitBinLowerEdge(bin + 1)).toBeGreaterThan(minutes);
    }
    expect(waitBin(0)).toBe(0);
    expect(waitBin(1e9)).toBe(WAIT_BINS - 1);
  });

  it('reads quantiles within 2 % of the exact ones', () => {
    const bins = new Float64Array(WAIT_BINS);
    // waits of 1, 2, … 1000 minutes
    for (let minutes = 1; minutes <= 1000; minutes++) bins[waitBin(minutes)] += 1;
    for (const [p, exact] of [
      [0.5, 500],
      [0.9, 900],
      [0.99, 990],
    ]) {
      expect(Math.abs(waitQuantile(bins, 0, p) / exact - 1)).toBeLessThan(0.02);
    }
    expect(Number.isNaN(waitQuantile(new Float64Array(WAIT_BINS), 0, 0.5))).toBe(true);
  });
});

describe('P² quantile estimates', () => {
  it('tracks the 5th and 95th percentiles of a long stream without storing it', () => {
    const low = new PSquareBank(1, 0.05);
    const high = new PSquareBank(1, 0.95);
    // an evenly spread but shuffled stream of 0..1 (golden-ratio sequence)
    for (let i = 1; i <= 20_000; i++) {
      const value = (i * 0.6180339887498949) % 1;
      low.add(0, value);
      high.add(0, value);
    }
    expect(low.value(0)).toBeCloseTo(0.05, 2);
    expect(high.value(0)).toBeCloseTo(0.95, 2);
  });

  it('is exact while it keeps every value', () => {
    const bank = new PSquareBank(1, 0.5, 8);
    for (const value of [5, 1, 4]) bank.add(0, value);
    expect(bank.value(0)).toBe(4);
  });

  it('gives a band around the mean and skips replications without a value', () => {
    const bank = new FigureBank(1);
    for (const value of [1, 2, 3, NaN, 4, 5, 6, 7, 8, 9, 10]) bank.add(0, value);
    expect(bank.count(0)).toBe(10);
    const band = bank.band(0);
    expect(band.mean).toBe(5.5);
    // exact 5th and 95th percentiles of 1..10 (linear interpolation between order statistics)
    expect(band.low).toBeCloseTo(1.45, 10);
    expect(band.high).toBeCloseTo(9.55, 10);
  });
});
