import type { DayClassification } from './day-classification';
import type { DayLevelRatios } from './day-level-ratios';
import { excludeOutlierDays } from './outlier-days';

function classification(days: number): DayClassification {
  return {
    kinds: Array.from({ length: days }, () => 'normal' as const),
    eventOf: Array.from({ length: days }, () => null),
    excluded: Array.from({ length: days }, () => false),
    eventMultiplier: Array.from({ length: days }, () => undefined),
    eventNames: new Map(),
  };
}

/** Ten weeks of ordinary days expecting 1,000 messages each, with the given day ratios. */
function ratios(dayRatios: Record<number, number>): DayLevelRatios {
  const ratio = new Float64Array(70).fill(1);
  for (const [day, value] of Object.entries(dayRatios)) ratio[Number(day)] = value;
  return { ratio, expected: new Float64Array(70).fill(1000), count: 70 };
}

describe('excludeOutlierDays', () => {
  it('leaves out a 40 % day and a 60 % dip the volume came back from, keeps an 80 % day', () => {
    const { classification: cleaned, outliers } = excludeOutlierDays(classification(70), ratios({ 20: 0.3, 30: 0.6, 31: 0.65, 40: 0.8 }));
    expect(outliers).toBe(3);
    expect([20, 30, 31, 40].map((day) => cleaned.excluded[day])).toEqual([true, true, true, false]);
  });

  it('keeps a dip at the end of the history: it may be the new level', () => {
    const { classification: cleaned, outliers } = excludeOutlierDays(classification(70), ratios({ 67: 0.6, 68: 0.62, 69: 0.55 }));
    expect(outliers).toBe(0);
    expect(cleaned.excluded.slice(67)).toEqual([false, false, false]);
  });

  it('leaves out a single low last day after an ordinary one: a local holiday, not yet a new level', () => {
    const { classification: cleaned, outliers } = excludeOutlierDays(classification(70), ratios({ 69: 0.6 }));
    expect(outliers).toBe(1);
    expect(cleaned.excluded[69]).toBe(true);
  });

  it('does not judge dips on less than eight weeks of history', () => {
    const short = { ...ratios({ 20: 0.6 }), count: 55 };
    expect(excludeOutlierDays(classification(70), short).outliers).toBe(0);
  });
});
