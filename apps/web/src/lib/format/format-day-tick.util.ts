/** Tick label of a local midnight on a chart's time axis: "Mon 2 Mar" on the given clock (UTC if unknown). */
export function formatDayTick(utcMs: number, timeZone: string, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(new Date(utcMs));
  } catch {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(utcMs));
  }
}
