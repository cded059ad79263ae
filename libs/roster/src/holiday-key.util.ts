/**
 * The name a holiday is matched by across seasons: case, spacing and years dropped, so
 * "Chinese New Year 2026" and "chinese new year 2027" are the same holiday.
 */
export function holidayKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
