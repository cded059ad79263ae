import { placeLocalTimestamp } from './local-timestamp.util';

describe('CSV timestamps without an offset', () => {
  it('reads an ordinary local time on its own offset', () => {
    expect(placeLocalTimestamp('2026-03-05T14:05:00', 'America/New_York')).toEqual({ utcMs: Date.parse('2026-03-05T19:05:00Z'), inGap: false, repeated: false });
  });

  it('moves a time in the spring-forward gap forward by the gap (New York skips 02:00–03:00 on 8 March 2026)', () => {
    expect(placeLocalTimestamp('2026-03-08T02:30:00', 'America/New_York')).toEqual({ utcMs: Date.parse('2026-03-08T07:30:00Z'), inGap: true, repeated: false });
    expect(placeLocalTimestamp('2026-03-08T03:30:00', 'America/New_York')).toEqual({ utcMs: Date.parse('2026-03-08T07:30:00Z'), inGap: false, repeated: false });
  });

  it('places the repeated autumn hour (01:00–02:00 twice in New York on 1 November 2026) first on daylight time, on standard time when told it is the second', () => {
    expect(placeLocalTimestamp('2026-11-01T01:00:00', 'America/New_York')).toEqual({ utcMs: Date.parse('2026-11-01T05:00:00Z'), inGap: false, repeated: true });
    expect(placeLocalTimestamp('2026-11-01T01:00:00', 'America/New_York', { second: true })).toEqual({ utcMs: Date.parse('2026-11-01T06:00:00Z'), inGap: false, repeated: true });
    expect(placeLocalTimestamp('2026-11-01T02:00:00', 'America/New_York', { second: true })?.utcMs).toBe(Date.parse('2026-11-01T07:00:00Z'));
  });

  it('refuses what is no date and time', () => {
    expect(placeLocalTimestamp('2026-02-30T10:00:00', 'UTC')).toBeNull();
    expect(placeLocalTimestamp('2026-02-03T25:00:00', 'UTC')).toBeNull();
  });
});
