import { tinyMarketplace } from '../__fixtures__/tiny-planning.fixture';
import type { GridSpec } from './planning-problem.types';
import { replyDueHours } from './reply-due.util';

describe('replyDueHours', () => {
  const grid: GridSpec = { startUtcMs: Date.parse('2025-01-06T00:00:00Z'), hours: 168, mode: 'dated' };

  it('gives a calendar deadline of D hours the hour k + D − 1 (even a message at the start of hour k is on time)', () => {
    const { dueHour, openingDueHour } = replyDueHours(tinyMarketplace(), 24, grid);
    expect(dueHour[0]).toBe(23);
    expect(dueHour[100]).toBe(123);
    expect(openingDueHour).toBe(22);
    expect(replyDueHours(tinyMarketplace(), 0.5, grid).dueHour[5]).toBe(5);
  });

  it('runs a business clock only Mon–Fri 09:00–17:00 Berlin: 8 h from Friday 16:00 local ends Monday 16:00 local', () => {
    const berlin = tinyMarketplace({
      timeZone: 'Europe/Berlin',
      country: 'DE',
      replyClock: { kind: 'business', days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00', holidaysStopClock: true },
    });
    const { dueHour } = replyDueHours(berlin, 8, grid);
    // Friday 10 Jan 16:00 Berlin = 15:00 UTC = hour 4·24 + 15 = 111; Monday 13 Jan 16:00 Berlin = 15:00 UTC = hour 183
    expect(dueHour[111]).toBe(182);
    // Saturday 11:00 UTC: the clock starts Monday 09:00 Berlin (08:00 UTC), 8 h later is 16:00 UTC = hour 184
    expect(dueHour[5 * 24 + 11]).toBe(183);
  });
});
