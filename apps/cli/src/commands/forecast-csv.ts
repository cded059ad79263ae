import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { HOUR_MS, formatUtc, toSpreadsheetSafeCsv } from '@app/domain';
import type { SeriesForecast, SeriesHistory } from '@app/forecast';
import { placeLocalTimestamp } from '@app/history';

/**
 * The forecast command's CSV formats. Input `series_id,timestamp,value` (series_id optional;
 * ISO 8601 timestamps with an offset, or local in the given zone; absent hours are missing, an
 * empty value is missing). Output `series_id,timestamp,forecast,lo80,hi80,lo95,hi95` in UTC.
 */

export interface InputProblem {
  /** 1-based line of the file. */
  line: number;
  field: string;
  reason: string;
}

export interface ParsedSeries {
  seriesId: string;
  history: SeriesHistory;
}

const COLUMNS = ['series_id', 'timestamp', 'value'];
const OFFSET_SUFFIX = /(Z|[+-]\d\d(:?\d\d)?)$/i;
const MAX_PROBLEMS = 20;

export function parseForecastInput(text: string, timeZone: string): { series: ParsedSeries[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, bom: true, trim: true, skip_empty_lines: true, info: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { series: [], problems: [{ line, field: 'csv', reason: (error as Error).message.replace(/^Invalid Record Length: /, '') }] };
  }
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
  const unknown = header.filter((name) => !COLUMNS.includes(name));
  const missing = ['timestamp', 'value'].filter((name) => !header.includes(name));
  if (unknown.length || missing.length) {
    const reasons = [...missing.map((name) => `missing column "${name}"`), ...unknown.map((name) => `unknown column "${name}"`)];
    return { series: [], problems: [{ line: 1, field: 'header', reason: `${reasons.join(', ')}; expected series_id,timestamp,value (series_id optional)` }] };
  }

  const bySeries = new Map<string, Map<number, { value: number | null; line: number }>>();
  const seenLocal = new Map<string, number>();
  for (const { record, info } of records) {
    if (problems.length >= MAX_PROBLEMS) break;
    const line = info.lines;
    const seriesId = record.series_id ?? '';
    const instant = parseTimestamp(record.timestamp, timeZone, `${seriesId}\u0000${record.timestamp}`, seenLocal);
    if (typeof instant === 'string') {
      problems.push({ line, field: 'timestamp', reason: instant });
      continue;
    }
    let value: number | null = null;
    if (record.value !== '') {
      value = Number(record.value);
      if (!Number.isFinite(value)) {
        problems.push({ line, field: 'value', reason: `"${record.value}" is not a number` });
        continue;
      }
      if (value < 0) {
        problems.push({ line, field: 'value', reason: `negative value ${record.value}` });
        continue;
      }
    }
    const hours = bySeries.get(seriesId) ?? new Map<number, { value: number | null; line: number }>();
    const earlier = hours.get(instant);
    if (earlier) {
      problems.push({ line, field: 'timestamp', reason: `series "${seriesId}" already has ${formatUtc(instant)} on line ${earlier.line}` });
      continue;
    }
    hours.set(instant, { value, line });
    bySeries.set(seriesId, hours);
  }
  const series = [...bySeries].map(([seriesId, hours]) => {
    const instants = [...hours.keys()];
    const startUtcMs = Math.min(...instants);
    const values: (number | null)[] = new Array((Math.max(...instants) - startUtcMs) / HOUR_MS + 1).fill(null);
    for (const [instant, { value }] of hours) values[(instant - startUtcMs) / HOUR_MS] = value;
    return { seriesId, history: { startUtcMs, values } };
  });
  return { series, problems };
}

/**
 * UTC ms of a timestamp, or the reason it is unusable. One without an offset is placed in
 * `timeZone` by the history library's DST rule (the API's upload reads it the same way); the
 * repeated autumn hour listed again for the same series is its second occurrence.
 */
function parseTimestamp(text: string, timeZone: string, key: string, seenLocal: Map<string, number>): number | string {
  if (!text) return 'empty timestamp';
  const iso = text.replace(' ', 'T');
  const hasOffset = OFFSET_SUFFIX.test(text) && /T|\s/.test(text);
  let utcMs: number;
  if (hasOffset) {
    const parsed = DateTime.fromISO(iso, { setZone: true });
    if (!parsed.isValid) return unparseable(text);
    utcMs = parsed.toMillis();
  } else {
    const placed = placeLocalTimestamp(iso, timeZone);
    if (!placed) return unparseable(text);
    utcMs = placed.utcMs;
    if (placed.repeated) {
      const count = seenLocal.get(key) ?? 0;
      seenLocal.set(key, count + 1);
      if (count === 1) utcMs = (placeLocalTimestamp(iso, timeZone, { second: true }) as { utcMs: number }).utcMs;
    }
  }
  if (utcMs % HOUR_MS !== 0) return `"${text}" is not on a whole UTC hour`;
  return utcMs;
}

function unparseable(text: string): string {
  return `unparseable timestamp "${text}" (expected ISO 8601, e.g. 2026-03-01T14:00:00Z)`;
}

export function describeProblem(file: string, problem: InputProblem): string {
  return `${file} line ${problem.line}, ${problem.field}: ${problem.reason}`;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function forecastsToCsv(results: { seriesId: string; forecast: SeriesForecast }[]): string {
  const rows: (string | number)[][] = [];
  for (const { seriesId, forecast } of results) {
    for (const point of forecast.points) {
      rows.push([seriesId, formatUtc(point.utcMs), round(point.forecast), round(point.lo80), round(point.hi80), round(point.lo95), round(point.hi95)]);
    }
  }
  return toSpreadsheetSafeCsv(rows, { header: true, columns: ['series_id', 'timestamp', 'forecast', 'lo80', 'hi80', 'lo95', 'hi95'] });
}
