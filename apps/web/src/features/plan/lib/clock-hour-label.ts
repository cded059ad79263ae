/** "Sun 22 Nov, 19:00" on the given clock: the hour a chart's tooltip is read at. */
export function clockHourLabel(utcMs: number, timeZone: string, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(new Date(utcMs));
  } catch {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(utcMs));
  }
}
