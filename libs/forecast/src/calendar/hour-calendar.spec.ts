import { buildHourCalendar } from './hour-calendar';

describe('buildHourCalendar', () => {
  it('the UTC fast path agrees with the luxon path of a zone that is UTC all year', () => {
    const start = Date.UTC(2024, 1, 26, 0); // through a leap day and a year end
    const hours = 24 * 320;
    const fast = buildHourCalendar(start, hours, 'UTC');
    const slow = buildHourCalendar(start, hours, 'Africa/Abidjan');
    expect(Array.from(fast.hourOfWeek)).toEqual(Array.from(slow.hourOfWeek));
    expect(Array.from(fast.hourOfDay)).toEqual(Array.from(slow.hourOfDay));
    expect(fast.dates).toEqual(slow.dates);
    expect(fast.weekdays).toEqual(slow.weekdays);
    expect(fast.dates.slice(0, 5)).toEqual(['2024-02-26', '2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(fast.weekdays[0]).toBe(1); // a Monday
  });

  it('gives the 23- and 25-hour local days of a DST zone', () => {
    // New York, Saturday 2026-03-07 to Tuesday 2026-11-03 local
    const calendar = buildHourCalendar(Date.UTC(2026, 2, 7, 5), 24 * 241, 'America/New_York');
    const length = (date: string) => {
      const index = calendar.dates.indexOf(date);
      return calendar.dayEnd[index] - calendar.dayStart[index];
    };
    expect(length('2026-03-07')).toBe(24);
    expect(length('2026-03-08')).toBe(23);
    expect(length('2026-11-01')).toBe(25);
    const spring = calendar.dayStart[calendar.dates.indexOf('2026-03-08')];
    expect(Array.from(calendar.hourOfDay.subarray(spring, spring + 4))).toEqual([0, 1, 3, 4]);
    // Sunday 00:00 local is hour 144 of the ISO week
    expect(calendar.hourOfWeek[spring]).toBe(144);
  });
});
