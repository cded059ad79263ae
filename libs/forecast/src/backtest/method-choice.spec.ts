import { prefersCombination } from './method-choice';

describe('prefersCombination', () => {
  it('keeps the combination unless its error is 10 % or more above the best single method’s', () => {
    expect(prefersCombination(20, 21)).toBe(true); // the combination is better
    expect(prefersCombination(21.5, 20)).toBe(true); // 7.5 % worse: within the backtest's noise
    expect(prefersCombination(22.5, 20)).toBe(false); // 12.5 % worse: the single method is clearly better
  });

  it('never prefers a combination without a finite error', () => {
    expect(prefersCombination(Number.POSITIVE_INFINITY, 20)).toBe(false);
  });
});
