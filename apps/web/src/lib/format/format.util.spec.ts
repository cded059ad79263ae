import { formatCurrency } from './format-currency.util';
import { formatInstant } from './format-instant.util';
import { formatMoneyChange } from './format-money-change.util';
import { formatLocalDate } from './format-local-date.util';
import { formatLocalDateRange } from './format-local-date-range.util';
import { formatPercent } from './format-percent.util';
import { formatTimeZone } from './format-time-zone.util';

describe('formatters (en-GB, fixed instants)', () => {
  const winter = new Date('2025-01-15T12:00:00Z');
  const summer = new Date('2025-07-15T12:00:00Z');

  it('names a time zone with the offset in force on the day (DST moves it)', () => {
    expect(formatTimeZone('America/Los_Angeles', winter, 'en-GB')).toBe('Pacific Time (GMT-8)');
    expect(formatTimeZone('America/Los_Angeles', summer, 'en-GB')).toBe('Pacific Time (GMT-7)');
    expect(formatTimeZone('Asia/Shanghai', summer, 'en-GB')).toBe('China Standard Time (GMT+8)');
    expect(formatTimeZone('Not/AZone', summer, 'en-GB')).toBe('Not/AZone');
  });

  it('signs a difference in money, to the cent', () => {
    expect(formatMoneyChange(100.8, 'USD', 'en-GB')).toBe('+US$100.80');
    expect(formatMoneyChange(-142.8, 'USD', 'en-GB')).toBe('−US$142.80');
    expect(formatMoneyChange(0.001, 'USD', 'en-GB')).toBe('±US$0.00');
  });

  it('formats money in the site currency and survives an unknown code', () => {
    expect(formatCurrency(32.5, 'CNY', 'en-GB')).toBe('CN¥32.50');
    expect(formatCurrency(1234.5, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatCurrency(12, 'NOTACODE', 'en-GB')).toBe('12 NOTACODE');
  });

  it('shows a UTC instant on the buyers’ clock with the zone named', () => {
    expect(formatInstant('2025-03-09T10:00:00Z', 'America/New_York', 'en-GB')).toBe('9 Mar 2025, 06:00 GMT-4');
    expect(formatInstant('2025-03-08T10:00:00Z', 'America/New_York', 'en-GB')).toBe('8 Mar 2025, 05:00 GMT-5');
    expect(formatInstant('2025-03-08T10:00:00Z', 'Mars/Base', 'en-GB')).toBe('8 Mar 2025, 10:00 UTC');
    expect(formatInstant('not a date', 'UTC', 'en-GB')).toBe('not a date');
  });

  it('formats local calendar dates without shifting them by a time zone', () => {
    expect(formatLocalDate('2025-01-29', 'en-GB')).toBe('Wed, 29 Jan 2025');
    expect(formatLocalDate('29/01/2025', 'en-GB')).toBe('29/01/2025');
  });

  it('formats inclusive date ranges compactly', () => {
    // ICU versions differ in which spaces they use around the dash (thin, plain): compare words only.
    const words = (text: string) => text.replace(/\s+/g, ' ');
    expect(words(formatLocalDateRange('2026-12-17', '2026-12-20', 'en-GB'))).toBe('17 – 20 Dec 2026');
    expect(words(formatLocalDateRange('2026-12-28', '2027-01-03', 'en-GB'))).toBe('28 Dec 2026 – 3 Jan 2027');
    expect(formatLocalDateRange('2027-02-05', '2027-02-05', 'en-GB')).toBe('5 Feb 2027');
    expect(words(formatLocalDateRange('2027-02-05', '2027-02-07', 'en-GB', true))).toBe('Fri, 5 Feb – Sun, 7 Feb 2027');
    expect(formatLocalDateRange('2027-02-05', '2027-02-05', 'en-GB', true)).toBe('Fri, 5 Feb 2027');
  });

  it('formats shares as percentages', () => {
    expect(formatPercent(0.125, 'en-GB')).toBe('12.5%');
  });
});
