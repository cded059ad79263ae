import { DateTime, FixedOffsetZone } from 'luxon';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const formatOffset = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

/**
 * An RFC 5545 VTIMEZONE for an IANA zone covering the given years, built from luxon's zone
 * data: one component for the offset in force at the start and one per offset change found
 * (each change's onset given as the wall-clock time it happens at, in the offset before it).
 */
export function buildVtimezone(zone: string, fromYear: number, toYear: number): string {
  const startMs = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone: 'utc' }).toMillis();
  const endMs = DateTime.fromObject({ year: toYear + 1, month: 1, day: 1 }, { zone: 'utc' }).toMillis();
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const component = (ms: number, from: number, to: number, onset: string) => {
    const at = DateTime.fromMillis(ms, { zone });
    const kind = at.isInDST ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${onset}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      `TZNAME:${at.setLocale('en-GB').offsetNameShort ?? formatOffset(to)}`,
      `END:${kind}`,
    ];
  };
  const initial = offsetAt(startMs);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...component(startMs, initial, initial, '19700101T000000')];
  let previous = initial;
  for (let ms = startMs; ms < endMs; ms += DAY_MS) {
    const next = offsetAt(ms + DAY_MS);
    if (next === previous) continue;
    // narrow the change down to the minute
    let low = ms;
    let high = ms + DAY_MS;
    while (high - low > MINUTE_MS) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetAt(middle) === previous) low = middle;
      else high = middle;
    }
    const onset = DateTime.fromMillis(high, { zone: FixedOffsetZone.instance(previous) }).toFormat("yyyyLLdd'T'HHmmss");
    lines.push(...component(high, previous, next, onset));
    previous = next;
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
