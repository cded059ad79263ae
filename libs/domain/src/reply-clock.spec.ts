import { clockHoursBetween, isClockRunning, replyDeadline } from './reply-clock';
import type { ReplyClock } from './scenario.types';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Mon–Fri 09:00–18:00 in the buyers' zone: 9 running hours a day. */
const officeHours: ReplyClock = { kind: 'business', days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', holidaysStopClock: true };
const NY = 'America/New_York';

describe('replyDeadline', () => {
  it('adds the hours on a calendar clock, weekends and holidays included', () => {
    expect(iso(replyDeadline(at('2026-09-04T21:00:00Z'), 24, { kind: 'calendar' }, NY, 'US'))).toBe('2026-09-05T21:00:00Z');
  });

  it('carries a Friday 17:00 message on a 24 h business clock to Wednesday 14:00', () => {
    // Fri 11 Sep 17:00 EDT: 1 h on Friday, 9 on Monday, 9 on Tuesday, 5 on Wednesday → 14:00 EDT
    expect(iso(replyDeadline(at('2026-09-11T21:00:00Z'), 24, officeHours, NY, 'US'))).toBe('2026-09-16T18:00:00Z');
  });

  it('skips a public holiday (Labor Day, Monday 7 Sep 2026) only when holidays stop the clock', () => {
    // Fri 4 Sep 17:00 EDT: 1 h Friday, Monday off, 9 Tuesday, 9 Wednesday, 5 Thursday → Thu 14:00 EDT
    expect(iso(replyDeadline(at('2026-09-04T21:00:00Z'), 24, officeHours, NY, 'US'))).toBe('2026-09-10T18:00:00Z');
    const holidaysCount: ReplyClock = { ...officeHours, holidaysStopClock: false } as ReplyClock;
    expect(iso(replyDeadline(at('2026-09-04T21:00:00Z'), 24, holidaysCount, NY, 'US'))).toBe('2026-09-09T18:00:00Z');
  });

  it('keeps opening hours on the local clock across the end of DST (1 Nov 2026)', () => {
    // Fri 30 Oct 17:00 EDT (21:00Z): 1 + 9 (Mon, EST) + 9 (Tue) + 5 → Wed 4 Nov 14:00 EST = 19:00Z, not 18:00Z
    expect(iso(replyDeadline(at('2026-10-30T21:00:00Z'), 24, officeHours, NY, 'US'))).toBe('2026-11-04T19:00:00Z');
  });

  it('keeps opening hours on the local clock across the start of DST (8 Mar 2026)', () => {
    // Fri 6 Mar 17:00 EST (22:00Z) → Wed 11 Mar 14:00 EDT = 18:00Z
    expect(iso(replyDeadline(at('2026-03-06T22:00:00Z'), 24, officeHours, NY, 'US'))).toBe('2026-03-11T18:00:00Z');
  });

  it('starts counting a message received while the clock is stopped at the next opening', () => {
    // Saturday 12 Sep 10:00 EDT, 2 h → Monday 14 Sep 11:00 EDT
    expect(iso(replyDeadline(at('2026-09-12T14:00:00Z'), 2, officeHours, NY, 'US'))).toBe('2026-09-14T15:00:00Z');
    // an early-morning message waits for 09:00 the same day
    expect(iso(replyDeadline(at('2026-09-14T11:00:00Z'), 1.5, officeHours, NY, 'US'))).toBe('2026-09-14T14:30:00Z');
  });

  it('works in a zone east of UTC whose opening day starts on the previous UTC date', () => {
    // Tokyo Mon–Fri 09:00–18:00 = 00:00–09:00Z; Friday 17:00 JST + 3 h → Monday 11:00 JST (02:00Z)
    expect(iso(replyDeadline(at('2026-09-11T08:00:00Z'), 3, officeHours, 'Asia/Tokyo', 'JP'))).toBe('2026-09-14T02:00:00Z');
  });

  it('rejects a negative deadline', () => {
    expect(() => replyDeadline(0, -1, { kind: 'calendar' }, NY, 'US')).toThrow(RangeError);
  });
});

describe('clockHoursBetween', () => {
  it('counts only running hours on a business clock', () => {
    // Fri 17:00 EDT → Mon 10:30 EDT: 1 h Friday + 1.5 h Monday
    expect(clockHoursBetween(at('2026-09-11T21:00:00Z'), at('2026-09-14T14:30:00Z'), officeHours, NY, 'US')).toBe(2.5);
    expect(clockHoursBetween(at('2026-09-11T21:00:00Z'), at('2026-09-14T14:30:00Z'), { kind: 'calendar' }, NY, 'US')).toBe(65.5);
  });

  it('is negative when the reply is before the message, and zero at the same instant', () => {
    expect(clockHoursBetween(at('2026-09-14T14:30:00Z'), at('2026-09-11T21:00:00Z'), officeHours, NY, 'US')).toBe(-2.5);
    expect(clockHoursBetween(at('2026-09-14T14:30:00Z'), at('2026-09-14T14:30:00Z'), officeHours, NY, 'US')).toBe(0);
  });

  it('is the inverse of replyDeadline for messages at any hour of a DST week', () => {
    const start = at('2026-10-29T00:00:00Z');
    for (let hour = 0; hour < 7 * 24; hour += 5) {
      const received = start + hour * 3_600_000 + 17 * 60_000;
      for (const hours of [0.5, 4, 24, 40]) {
        const deadline = replyDeadline(received, hours, officeHours, NY, 'US');
        expect(clockHoursBetween(received, deadline, officeHours, NY, 'US')).toBeCloseTo(hours, 9);
        expect(isClockRunning(deadline - 1, officeHours, NY, 'US')).toBe(true);
      }
    }
  });
});

describe('isClockRunning', () => {
  it('runs from opening (inclusive) to closing (exclusive) on open days only', () => {
    expect(isClockRunning(at('2026-09-14T12:59:59Z'), officeHours, NY, 'US')).toBe(false); // Mon 08:59:59 EDT
    expect(isClockRunning(at('2026-09-14T13:00:00Z'), officeHours, NY, 'US')).toBe(true); // Mon 09:00 EDT
    expect(isClockRunning(at('2026-09-14T22:00:00Z'), officeHours, NY, 'US')).toBe(false); // Mon 18:00 EDT
    expect(isClockRunning(at('2026-09-12T16:00:00Z'), officeHours, NY, 'US')).toBe(false); // Saturday noon
    expect(isClockRunning(at('2026-09-07T16:00:00Z'), officeHours, NY, 'US')).toBe(false); // Labor Day noon
    expect(isClockRunning(at('2026-09-12T16:00:00Z'), { kind: 'calendar' }, NY, 'US')).toBe(true);
  });
});
