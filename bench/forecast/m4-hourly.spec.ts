import { periodicSeasonalNaive, scoreM4Series } from '@app/forecast';
import { M4_HORIZON, loadM4Hourly } from './m4-hourly.data';

/**
 * The benchmark's scoring is checked against figures computed independently (a few lines of
 * Python following the organisers' R: seasonal naive m = 24, sMAPE per point, MASE scaled by the
 * whole training row's seasonal-naive error) on four series of different lengths and domains.
 */
describe('M4 Hourly scoring of the seasonal naive', () => {
  const series = new Map(loadM4Hourly().map((row) => [row.id, row]));
  const expected: Array<[string, number, number, number]> = [
    ['H1', 700, 5.262880743360627, 0.8270141628553805],
    ['H150', 700, 40.97372091666404, 1.6456658902776409],
    ['H300', 960, 1.5836041499032723, 2.0443548387096895],
    ['H414', 960, 22.026474359905297, 0.3876809417983062],
  ];

  it('reads 414 series with 700 or 960 training values and 48 test values', () => {
    expect(series.size).toBe(414);
    for (const row of series.values()) {
      expect([700, 960]).toContain(row.training.length);
      expect(row.test).toHaveLength(M4_HORIZON);
    }
  });

  it.each(expected)('%s (%i values): sMAPE %d, MASE %d', (id, length, expectedSmape, expectedMase) => {
    const row = series.get(id);
    if (!row) throw new Error(`${id} missing`);
    expect(row.training).toHaveLength(length);
    const forecast = periodicSeasonalNaive(row.training, 24, M4_HORIZON);
    const score = scoreM4Series(row.training, row.test, forecast, 24);
    expect(score.smape).toBeCloseTo(expectedSmape, 10);
    expect(score.mase).toBeCloseTo(expectedMase, 10);
  });
});
