const INSTANT_FORMAT: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};

/**
 * A UTC instant (ISO 8601) on a named clock: "3 Mar 2025, 14:00 GMT+8". Buyers' and sites'
 * times are always shown on their own clock with the zone named; an unknown zone falls back
 * to UTC (still named) rather than to the viewer's own clock.
 */
export function formatInstant(iso: string, timeZone = 'UTC', locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { ...INSTANT_FORMAT, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { ...INSTANT_FORMAT, timeZone: 'UTC' }).format(date);
  }
}
