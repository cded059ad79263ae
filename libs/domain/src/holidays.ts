import Holidays from 'date-holidays';

export interface PublicHoliday {
  /** Local date "YYYY-MM-DD". */
  date: string;
  name: string;
}

const cache = new Map<string, PublicHoliday[]>();

/**
 * Whole-day public holidays of a country ("CN") or subdivision ("US-CA") in a year, from the
 * maintained `date-holidays` calendar. Half-day observances (China's Women's Day afternoon)
 * are left out: they neither stop a reply clock nor earn the statutory premium.
 */
export function publicHolidays(country: string, year: number): PublicHoliday[] {
  const key = `${country}:${year}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const [countryCode, state] = country.toUpperCase().split('-');
  if (!hasHolidayCalendar(country)) throw new RangeError(`no public-holiday calendar for "${country}"`);
  const calendar = new Holidays(countryCode, state ?? '', { languages: ['en'], types: ['public'] });
  const byDate = new Map<string, string>();
  for (const holiday of calendar.getHolidays(year)) {
    // `date` is "YYYY-MM-DD hh:mm:ss[ ±hhmm]" in local time; a holiday that begins at sunset the
    // evening before (Jewish holidays) still carries its own day's midnight here.
    if (holiday.type !== 'public' || holiday.date.slice(11, 19) !== '00:00:00') continue;
    const date = holiday.date.slice(0, 10);
    byDate.set(date, byDate.has(date) ? `${byDate.get(date)}; ${holiday.name}` : holiday.name);
  }
  const holidays = [...byDate].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
  cache.set(key, holidays);
  return holidays;
}

export function hasHolidayCalendar(country: string): boolean {
  const [countryCode, state] = country.toUpperCase().split('-');
  const supported = new Holidays().getCountries();
  if (!supported[countryCode]) return false;
  return state === undefined || Boolean(new Holidays().getStates(countryCode)?.[state]);
}

/** Public-holiday dates of a country over a set of years, for fast membership tests. */
export function holidayDateSet(country: string, years: Iterable<number>): Set<string> {
  const dates = new Set<string>();
  for (const year of years) for (const holiday of publicHolidays(country, year)) dates.add(holiday.date);
  return dates;
}
