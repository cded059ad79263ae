import { DraftParser, parseList, roundShare, shareToPercentText } from './draft-parser';

describe('DraftParser', () => {
  it('parses numbers, accepting a decimal comma, and collects one message per bad field', () => {
    const parser = new DraftParser();
    expect(parser.number('hourlyCost', '32,5', 'Hourly cost')).toBe(32.5);
    expect(parser.number('maxHeadcount', '2.5', 'Maximum headcount', { integer: true })).toBe(2.5);
    expect(parser.number('minHeadcount', '', 'Minimum headcount')).toBeNaN();
    expect(parser.optionalNumber('occupancy', 'abc', 'Occupancy')).toBeNaN();
    expect(parser.optionalNumber('volumeMultiplier', '  ', 'Volume multiplier')).toBeUndefined();
    expect(parser.number('shrinkage', '-1', 'Shrinkage', { min: 0 })).toBe(-1);
    expect(parser.ok).toBe(false);
    expect(Object.fromEntries(parser.errors)).toEqual({
      maxHeadcount: ['Maximum headcount must be a whole number.'],
      minHeadcount: ['Minimum headcount is required.'],
      occupancy: ['Occupancy must be a number (got "abc").'],
      shrinkage: ['Shrinkage must be at least 0.'],
    });
  });

  it('reads percentages as 0..1 shares without floating-point noise', () => {
    const parser = new DraftParser();
    expect(parser.percent('share', '33.3', 'Share')).toBe(0.333);
    expect(parser.percent('share', '30 %', 'Share')).toBe(0.3);
    expect(parser.percent('occupancy', '', 'Occupancy', false)).toBeUndefined();
    expect(parser.percent('cap', '120', 'Cap')).toBe(1.2);
    expect(Object.fromEntries(parser.errors)).toEqual({ cap: ['Cap must be at most 100.'] });
  });

  it('requires text unless told otherwise and trims it', () => {
    const parser = new DraftParser();
    expect(parser.text('name', '  Manila  ', 'Name')).toBe('Manila');
    expect(parser.text('reason', '', 'Reason', false)).toBe('');
    expect(parser.ok).toBe(true);
    parser.text('id', ' ', 'Id');
    expect(parser.result({})).toEqual({ ok: false, errors: new Map([['id', ['Id is required.']]]) });
  });
});

describe('list and share helpers', () => {
  it('splits lists on commas, semicolons and spaces, dropping duplicates', () => {
    expect(parseList('en, de ;ja  en')).toEqual(['en', 'de', 'ja']);
    expect(parseList('')).toEqual([]);
  });

  it('round-trips shares through percentage text', () => {
    expect(shareToPercentText(0.333)).toBe('33.3');
    expect(shareToPercentText(0.05)).toBe('5');
    expect(shareToPercentText(undefined)).toBe('');
    expect(roundShare(0.1 + 0.2)).toBe(0.3);
  });
});
