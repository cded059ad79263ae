import { mondayOfUtcWeek } from './demo-seed.service';

describe('mondayOfUtcWeek', () => {
  it.each([
    ['2026-03-02T00:00:00Z', '2026-03-02'], // a Monday at midnight is its own week's start
    ['2026-03-08T23:59:59Z', '2026-03-02'], // Sunday night still belongs to that week
    ['2026-03-09T00:00:00Z', '2026-03-09'],
    ['2026-03-11T12:00:00Z', '2026-03-09'],
    ['2027-01-01T05:00:00Z', '2026-12-28'], // across a year end
  ])('%s → %s', (now, monday) => {
    expect(mondayOfUtcWeek(new Date(now))).toBe(monday);
  });
});
