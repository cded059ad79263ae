import { hasHolidayCalendar, holidayDateSet, publicHolidays } from './holidays';

describe('publicHolidays', () => {
  it('keeps China\'s whole-day statutory holidays and leaves out half-day observances', () => {
    const dates = publicHolidays('CN', 2027).map((holiday) => holiday.date);
    expect(dates).toEqual(expect.arrayContaining(['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-10-01']));
    expect(dates).not.toContain('2027-03-08'); // Women's Day: an afternoon off for some, not a statutory day
  });

  it('keeps Jewish holidays, which date-holidays starts at sunset the evening before', () => {
    const dates = publicHolidays('IL', 1999).map((holiday) => holiday.date);
    expect(dates).toEqual(expect.arrayContaining(['1999-04-01', '1999-04-07', '1999-04-21', '1999-05-21', '1999-09-11', '1999-09-20']));
    expect(dates).not.toContain('1999-03-31');
  });

  it('reads subdivisions and rejects unknown calendars', () => {
    expect(holidayDateSet('US-CA', [2026]).has('2026-07-03')).toBe(true); // Independence Day observed
    expect(hasHolidayCalendar('XX')).toBe(false);
    expect(() => publicHolidays('XX', 2026)).toThrow('no public-holiday calendar for "XX"');
  });
});
