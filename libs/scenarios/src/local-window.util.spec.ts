import { TINY_GRID } from './__fixtures__/tiny-scenario.fixture';
import { isInLocalWindow, localWindowHourMask } from './local-window.util';

describe('local weekly windows', () => {
  it('a window over midnight belongs to the day it starts on', () => {
    const window = { days: [1 as const], start: '22:00', end: '06:00' };
    // Monday 3 March 2025, Berlin (UTC+1): Mon 22:00 = 21:00 UTC; Tue 05:59 local = 04:59 UTC.
    expect(isInLocalWindow(Date.parse('2025-03-03T21:00:00Z'), 'Europe/Berlin', window)).toBe(true);
    expect(isInLocalWindow(Date.parse('2025-03-04T04:00:00Z'), 'Europe/Berlin', window)).toBe(true);
    expect(isInLocalWindow(Date.parse('2025-03-04T05:00:00Z'), 'Europe/Berlin', window)).toBe(false);
    expect(isInLocalWindow(Date.parse('2025-03-03T20:00:00Z'), 'Europe/Berlin', window)).toBe(false);
    // Sunday night is not Monday's window.
    expect(isInLocalWindow(Date.parse('2025-03-02T23:00:00Z'), 'Europe/Berlin', window)).toBe(false);
  });

  it('follows the local clock through a DST change: 00:00–08:00 New York is 05–13 UTC before and 04–12 UTC after', () => {
    const mask = localWindowHourMask({ ...TINY_GRID, hours: 336 }, 'America/New_York', [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '08:00' }]);
    const hoursOn = (day: number) => mask.slice(day * 24, day * 24 + 24).flatMap((on, hour) => (on ? [hour] : []));
    expect(hoursOn(1)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]); // Tuesday 4 March, EST
    expect(hoursOn(8)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]); // Tuesday 11 March, EDT
  });
});
