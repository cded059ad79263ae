import { prefersCombination } from './method-choice';

describe('prefersCombination', () => {
  it('keeps the combination unless a single method is more than 10 % better', () => {
    expect(prefersCombination(20, 21)).toBe(true); // the combination is better
    expect(prefersCombination(21.5, 20)).toBe(true); // 7.5 % worse: within the backtest's noise
    expect(prefersCombination(22.5, 20)).toBe(false); // 12.5 % worse: the single method is clearly better
  });

  it('never prefers a combination without a finite error', () => {
    expect(prefersCombination(Number.POSITIVE_INFINITY, 20)).toBe(false);
  });
});
