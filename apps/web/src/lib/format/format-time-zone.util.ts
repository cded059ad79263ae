function zonePart(zone: string, style: Intl.DateTimeFormatOptions['timeZoneName'], at: Date, locale?: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/**
 * An IANA zone as people know it: "Pacific Time (GMT-7)" for America/Los_Angeles, with the
 * offset in force at `at` (DST moves it). Unknown zones are shown as given.
 */
export function formatTimeZone(zone: string, at: Date = new Date(), locale?: string): string {
  try {
    const name = zonePart(zone, 'longGeneric', at, locale);
    const offset = zonePart(zone, 'shortOffset', at, locale);
    if (!name || name === offset) return offset ? `${zone} (${offset})` : zone;
    return `${name} (${offset})`;
  } catch {
    return zone;
  }
}
