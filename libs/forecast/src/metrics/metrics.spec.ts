import { bias, mase, maseScale, scoreM4Series, smape, wape } from '.';

describe('forecast metrics (hand-computed)', () => {
  const actual = [10, 20, null, 30, 0];
  const forecast = [12, 15, 99, 30, 0];

  it('WAPE is Σ|y−f| / Σ|y| over known hours', () => {
    // |10−12| + |20−15| + |30−30| + |0−0| = 7 over 60
    expect(wape(actual, forecast)).toBeCloseTo((100 * 7) / 60, 12);
  });

  it('sMAPE follows M4: 200·|y−f|/(|y|+|f|), 0/0 counts as 0', () => {
    // 200·2/22, 200·5/35, 0, 0 over four known points
    expect(smape(actual, forecast)).toBeCloseTo((200 * 2 / 22 + 200 * 5 / 35) / 4, 12);
  });

  it('bias is (Σf − Σy)/Σy over known hours', () => {
    expect(bias(actual, forecast)).toBeCloseTo((100 * (57 - 60)) / 60, 12);
  });

  it('MASE scale is the in-sample seasonal-naive error, skipping missing pairs', () => {
    // m = 2: |3−1|, |4−2|, (null pair skipped), |9−4| → (2 + 2 + 5) / 3
    expect(maseScale([1, 2, 3, 4, null, 9], 2)).toBeCloseTo(3, 12);
    expect(mase([5, 7], [4, 9], 3)).toBeCloseTo((1 + 2) / 2 / 3, 12);
  });

  it('scores the M4 seasonal naive on a made-up hourly row by hand', () => {
    // a day at 10 then a day at 12: the scale is |12−10| = 2 for every j > 24
    const training = [...new Array(24).fill(10), ...new Array(24).fill(12)];
    const test = [...new Array(24).fill(15), ...new Array(24).fill(12)];
    // the seasonal naive repeats the last day: 12 everywhere
    const forecast = new Array(48).fill(12);
    const score = scoreM4Series(training, test, forecast, 24);
    expect(score.smape).toBeCloseTo((24 * ((200 * 3) / 27)) / 48, 12); // 11.11
    expect(score.mase).toBeCloseTo((24 * 3) / 48 / 2, 12); // 0.75
  });
});
