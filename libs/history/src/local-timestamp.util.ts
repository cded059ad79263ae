import { DateTime } from 'luxon';
import { HOUR_MS } from '@app/domain';

/** Where a wall-clock time written without an offset lands in UTC, and what its day's DST did to it. */
export interface PlacedLocalTimestamp {
  utcMs: number;
  /** The time falls in a spring-forward gap (it never showed on the clock): moved forward by the gap. */
  inGap: boolean;
  /** The time falls in the repeated autumn hour: the first (daylight) instant unless `second` was asked. */
  repeated: boolean;
}

/**
 * The one rule for CSV timestamps without a UTC offset ("YYYY-MM-DDTHH:mm[:ss[.fff]]" read in
 * `zone`), for every importer of message history (the API's upload, the CLI): as
 * @app/domain's localToUtc places wall-clock times, a time in the spring-forward gap moves
 * forward by the gap, and a time in the repeated autumn hour is its first occurrence — the
 * second when the caller knows it is (`second: true`, e.g. the same hour listed again in an
 * hourly series). Null when the text is no real date and time.
 */
export function placeLocalTimestamp(iso: string, zone: string, options: { second?: boolean } = {}): PlacedLocalTimestamp | null {
  const day = DateTime.fromISO(iso.slice(0, 10), { zone });
  const time = DateTime.fromISO(iso, { zone: 'utc' });
  if (!day.isValid || !time.isValid) return null;
  const placed = day.set({ hour: time.hour, minute: time.minute, second: time.second, millisecond: time.millisecond });
  const inGap = placed.hour !== time.hour || placed.minute !== time.minute;
  const later = DateTime.fromMillis(placed.toMillis() + HOUR_MS, { zone });
  const repeated = !inGap && later.hour === placed.hour && later.minute === placed.minute && later.toISODate() === placed.toISODate();
  return { utcMs: placed.toMillis() + (repeated && options.second ? HOUR_MS : 0), inGap, repeated };
}
