import { outsideBand, outsideBandNote } from './band-check';

describe('a plan figure against the simulated band of the same rule', () => {
  const share = { mean: 0.97, low: 0.95, high: 0.99 };
  const wait = { mean: 2.5, low: 2, high: 3 };

  it('counts a share inside the band, or within half a point of it, as inside', () => {
    expect(outsideBand('slaAttainment', 0.96, share)).toBe(false);
    expect(outsideBand('slaAttainment', 0.994, share)).toBe(false);
    expect(outsideBand('slaAttainment', 0.996, share)).toBe(true);
    expect(outsideBand('slaAttainment', 0.944, share)).toBe(true);
  });

  it('gives a wait a tenth of itself of slack', () => {
    expect(outsideBand('averageWaitHours', 3.3, wait)).toBe(false);
    expect(outsideBand('averageWaitHours', 3.4, wait)).toBe(true);
    expect(outsideBand('p90WaitHours', 1.85, wait)).toBe(false);
    expect(outsideBand('p90WaitHours', 1.7, wait)).toBe(true);
  });

  it('never flags a figure without a band', () => {
    expect(outsideBand('slaAttainment', 0.5, null)).toBe(false);
    expect(outsideBand('averageWaitHours', 99, undefined)).toBe(false);
  });

  it('says the disagreement in words with both figures', () => {
    expect(outsideBandNote('Amazon DE', 'averageWaitHours', 3.6, { mean: 10, low: 8.2, high: 11.9 })).toBe(
      "Amazon DE: the plan's average wait (3.6 h) lies outside the simulated 90 % band (8.2 h–11.9 h) of the same rule: with arrivals as random as the simulation's, expect the band.",
    );
  });
});
