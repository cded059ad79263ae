import { formatDayTick } from '../format/format-day-tick.util';
import { localDayTicks, tickSpacingDays } from './local-day-ticks.util';

describe('localDayTicks', () => {
  it('marks each local midnight, 23 h apart across the spring DST change in New York', () => {
    // 2026-03-08 is the US spring-forward day: midnight EST is 05:00Z, the next midnight EDT 04:00Z.
    const ticks = localDayTicks(Date.parse('2026-03-07T00:00:00Z'), Date.parse('2026-03-10T00:00:00Z'), 'America/New_York');
    expect(ticks.map((t) => new Date(t).toISOString())).toEqual(['2026-03-07T05:00:00.000Z', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z']);
  });

  it('can space ticks several days apart and returns nothing for an empty range', () => {
    const ticks = localDayTicks(Date.parse('2026-03-01T16:00:00Z'), Date.parse('2026-03-06T16:00:00Z'), 'Asia/Shanghai', 2);
    expect(ticks.map((t) => new Date(t).toISOString())).toEqual(['2026-03-01T16:00:00.000Z', '2026-03-03T16:00:00.000Z', '2026-03-05T16:00:00.000Z']);
    expect(localDayTicks(10, 5, 'UTC')).toEqual([]);
  });
});

describe('tickSpacingDays and formatDayTick', () => {
  it('keeps about 14 labels and names the local day', () => {
    expect(tickSpacingDays(168)).toBe(1);
    expect(tickSpacingDays(13 * 168)).toBe(7);
    expect(formatDayTick(Date.parse('2026-03-01T16:00:00Z'), 'Asia/Shanghai', 'en-GB')).toBe('Mon 2 Mar');
    expect(formatDayTick(Date.parse('2026-03-01T16:00:00Z'), 'Mars/Base', 'en-GB')).toBe('Sun 1 Mar');
  });
});
