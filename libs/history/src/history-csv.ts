import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { HOUR_MS, MAX_HISTORY_CSV_ROWS, MAX_MESSAGES_PER_HOUR, floorToHour, formatUtc, isValidTimeZone, type HistorySeries, toSpreadsheetSafeCsv } from '@app/domain';
import type { CsvIssue, HistoryCsvCoverage, HistoryCsvFormat, HistoryCsvOptions, HistoryCsvResult } from './history-csv.types';
import { decodeUtf8 } from './utf8-text.util';
import { placeLocalTimestamp } from './local-timestamp.util';

/**
 * Message history as CSV, in one of two layouts told apart by the header:
 *   one row per message   received_at,marketplace[,class]
 *   hourly counts         hour_start,marketplace[,class],count
 * Every row is checked and every problem reported (up to MAX_ERRORS), never a partial result.
 * Timestamps carry a UTC offset, or are local times in `options.timeZone`.
 */

export const MAX_ERRORS = 100;
/** Longest span a file may cover: 4 years of hours (a typo in a year would allocate millions). */
export const MAX_SPAN_HOURS = 4 * 366 * 24;

const LAYOUTS: Record<HistoryCsvFormat, { required: string[]; optional: string[] }> = {
  messages: { required: ['received_at', 'marketplace'], optional: ['class'] },
  hourly: { required: ['hour_start', 'marketplace', 'count'], optional: ['class'] },
};

const EXPECTED_HEADERS =
  '"received_at,marketplace" or "received_at,marketplace,class" (one row per message), or "hour_start,marketplace,count" or "hour_start,marketplace,class,count" (hourly counts)';

interface CsvLine {
  line: number;
  fields: string[];
}

class IssueList {
  readonly issues: CsvIssue[] = [];
  add(row: number, field: string | null, message: string): void {
    this.issues.push({ row, field, message });
  }
  get empty(): boolean {
    return this.issues.length === 0;
  }
  /** In file order (file-level problems first), at most MAX_ERRORS and a count of the rest. */
  capped(): CsvIssue[] {
    const sorted = [...this.issues].sort((a, b) => a.row - b.row);
    if (sorted.length <= MAX_ERRORS) return sorted;
    const rest = sorted.length - MAX_ERRORS;
    return [...sorted.slice(0, MAX_ERRORS), { row: 0, field: null, message: `… and ${rest} more problems` }];
  }
}

/** csv-parse's error codes in words a person can act on (`fallback`: its own message). */
export function csvErrorInWords(code: string | undefined, fallback: string): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed: a closing " is missing';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'a closing " is followed by other characters; after a quoted field there must be a comma or the end of the line (write a " inside a quoted field as "")';
    case 'INVALID_OPENING_QUOTE':
      return 'a " appears inside a field that does not start with one; quote the whole field and write the inner " as ""';
    default:
      return fallback;
  }
}

/** CSV lines with their line numbers; malformed lines are reported (once each) and left out. */
function readLines(text: string, issues: IssueList): CsvLine[] {
  const lines: CsvLine[] = [];
  // csv-parse may report the same problem once per field of a line: keep one per line and kind
  const reported = new Set<string>();
  const report = (line: number, code: string | undefined, message: string) => {
    const key = `${line}:${code ?? ''}`;
    if (reported.has(key)) return;
    reported.add(key);
    issues.add(line, null, message);
  };
  try {
    parse(text, {
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_record: (record: string[], context: { lines: number }) => {
        lines.push({ line: context.lines, fields: record });
        return record;
      },
      on_skip: (error: { code?: string; message: string; lines?: number } | undefined) => {
        if (!error) return;
        if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
          // csv-parse only notices at the end of the file; the quote opened after the last good line
          const line = (lines[lines.length - 1]?.line ?? 0) + 1;
          report(
            line,
            error.code,
            `line ${line} (or a later one) is not valid CSV: ${csvErrorInWords(error.code, error.message)}; the lines after it could not be read`,
          );
          return;
        }
        const line = error.lines ?? 0;
        report(line, error.code, `line ${line} is not valid CSV: ${csvErrorInWords(error.code, error.message)}`);
      },
    });
  } catch (error) {
    const csvError = error as { code?: string; message: string; lines?: number };
    report(csvError.lines ?? 0, csvError.code, `the file is not valid CSV: ${csvErrorInWords(csvError.code, csvError.message)}`);
  }
  return lines;
}

interface Header {
  format: HistoryCsvFormat;
  columns: Map<string, number>;
  width: number;
}

function readHeader(first: CsvLine | undefined, issues: IssueList): Header | null {
  if (!first) {
    issues.add(0, null, `the file is empty; its first line must be a header: ${EXPECTED_HEADERS}`);
    return null;
  }
  const names = first.fields.map((name) => name.trim().toLowerCase());
  const format: HistoryCsvFormat | null = names.includes('received_at') ? 'messages' : names.includes('hour_start') ? 'hourly' : null;
  if (!format) {
    issues.add(first.line, null, `the header "${first.fields.join(',')}" is not one of ${EXPECTED_HEADERS}`);
    return null;
  }
  const layout = LAYOUTS[format];
  const allowed = [...layout.required, ...layout.optional];
  const columns = new Map<string, number>();
  let ok = true;
  names.forEach((name, index) => {
    if (!allowed.includes(name)) {
      issues.add(first.line, name || null, `the header has a column "${first.fields[index]}" that this format does not have; expected ${allowed.join(', ')}`);
      ok = false;
    } else if (columns.has(name)) {
      issues.add(first.line, name, `the header names the column "${name}" twice`);
      ok = false;
    } else columns.set(name, index);
  });
  for (const name of layout.required) {
    if (!columns.has(name)) {
      issues.add(first.line, name, `the header has no "${name}" column; expected ${layout.required.join(',')} (and optionally class)`);
      ok = false;
    }
  }
  return ok ? { format, columns, width: names.length } : null;
}

const OFFSET_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;
const LOCAL_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;

/** UTC ms of a local "YYYY-MM-DDTHH:mm[:ss[.fff]]" in `zone`, by the one CSV-timestamp DST rule (placeLocalTimestamp). */
function localInstant(iso: string, zone: string): number | null {
  return placeLocalTimestamp(iso, zone)?.utcMs ?? null;
}

type ParsedTime = { ok: true; utcMs: number } | { ok: false; message: string };

function parseTimestamp(value: string, column: string, timeZone: string | undefined): ParsedTime {
  const example =
    column === 'hour_start' ? '2026-03-08T14:00:00-05:00 or 2026-03-08T19:00:00Z' : '2026-03-08T14:05:00-05:00 or 2026-03-08T19:05:00Z';
  const iso = value.replace(' ', 'T');
  if (OFFSET_TIMESTAMP.test(value)) {
    const instant = DateTime.fromISO(iso, { setZone: true });
    if (instant.isValid) return { ok: true, utcMs: instant.toMillis() };
    return { ok: false, message: `${column} "${value}" is not a real date and time; expected an ISO 8601 timestamp such as ${example}` };
  }
  if (LOCAL_TIMESTAMP.test(value)) {
    if (!timeZone) {
      return {
        ok: false,
        message: `${column} "${value}" has no UTC offset and no time zone was given for the file; add the offset (such as ${example}) or choose the time zone the times are written in`,
      };
    }
    const local = localInstant(iso, timeZone);
    if (local !== null) return { ok: true, utcMs: local };
    return { ok: false, message: `${column} "${value}" is not a real date and time in ${timeZone}` };
  }
  return {
    ok: false,
    message: `${column} "${value}" is not a timestamp; expected ISO 8601 such as ${example}${timeZone ? ` (or a local time such as 2026-03-08 14:05 in ${timeZone})` : ''}`,
  };
}

interface RowKey {
  marketplaceId: string;
  classId: string | null;
}

/** Checks the marketplace and class cells of a row against the known ones. */
function readKey(line: CsvLine, header: Header, known: Map<string, string[]>, issues: IssueList): RowKey | null {
  const marketplaceId = line.fields[header.columns.get('marketplace') as number] ?? '';
  const classColumn = header.columns.get('class');
  const classText = classColumn === undefined ? '' : line.fields[classColumn] ?? '';
  const classIds = known.get(marketplaceId);
  if (!classIds) {
    const list = [...known.keys()];
    issues.add(
      line.line,
      'marketplace',
      marketplaceId === ''
        ? `the marketplace is empty; known: ${list.join(', ') || 'none'}`
        : `unknown marketplace "${marketplaceId}"; known: ${list.join(', ') || 'none (create the marketplace first)'}`,
    );
    return null;
  }
  if (classText !== '' && !classIds.includes(classText)) {
    issues.add(line.line, 'class', `unknown class "${classText}" for marketplace "${marketplaceId}"; known: ${classIds.join(', ')}`);
    return null;
  }
  return { marketplaceId, classId: classText === '' ? null : classText };
}

function keyText(key: RowKey): string {
  return `${key.marketplaceId}\u0000${key.classId ?? ''}`;
}

interface Accumulator {
  key: RowKey;
  /** UTC hour start → count, and the line it came from. */
  hours: Map<number, { count: number; line: number }>;
}

function spanIssue(firstMs: number, lastMs: number, issues: IssueList): boolean {
  const hours = (lastMs - firstMs) / HOUR_MS + 1;
  if (hours <= MAX_SPAN_HOURS) return false;
  issues.add(
    0,
    null,
    `the file spans ${Math.round(hours / 24)} days, from ${formatUtc(firstMs)} to ${formatUtc(lastMs)}; at most 4 years are accepted (check for a mistyped year)`,
  );
  return true;
}

function accumulate(lines: CsvLine[], header: Header, options: HistoryCsvOptions, issues: IssueList): Map<string, Accumulator> {
  const series = new Map<string, Accumulator>();
  const timeColumn = header.format === 'messages' ? 'received_at' : 'hour_start';
  const known = new Map(options.marketplaces.map((m) => [m.id, m.classIds]));
  for (const line of lines) {
    if (line.fields.length !== header.width) {
      issues.add(line.line, null, `line ${line.line} has ${line.fields.length} fields but the header has ${header.width}`);
      continue;
    }
    const key = readKey(line, header, known, issues);
    const timeText = line.fields[header.columns.get(timeColumn) as number];
    const time = parseTimestamp(timeText, timeColumn, options.timeZone);
    if (!time.ok) issues.add(line.line, timeColumn, time.message);
    else if (header.format === 'hourly' && time.utcMs % HOUR_MS !== 0) {
      issues.add(line.line, 'hour_start', `hour_start "${timeText}" is not on the hour (UTC); each row counts the messages of one whole hour, starting at minute 00`);
    }
    let count = 1;
    if (header.format === 'hourly') {
      const countText = line.fields[header.columns.get('count') as number];
      if (!/^\d+$/.test(countText)) {
        issues.add(line.line, 'count', `count "${countText}" is not a whole number of messages 0 or more; leave a missing hour out instead of writing a count`);
        continue;
      }
      count = Number(countText);
      if (count > MAX_MESSAGES_PER_HOUR) {
        issues.add(line.line, 'count', `count ${countText} is more than ${MAX_MESSAGES_PER_HOUR.toLocaleString('en-US')} messages in one hour, the most an hour can hold`);
        continue;
      }
    }
    if (!key || !time.ok || (header.format === 'hourly' && time.utcMs % HOUR_MS !== 0)) continue;
    const id = keyText(key);
    let entry = series.get(id);
    if (!entry) {
      entry = { key, hours: new Map() };
      series.set(id, entry);
    }
    const hour = floorToHour(time.utcMs);
    const existing = entry.hours.get(hour);
    if (header.format === 'messages') entry.hours.set(hour, { count: (existing?.count ?? 0) + 1, line: line.line });
    else if (existing) {
      const klass = key.classId === null ? '' : ` class "${key.classId}"`;
      issues.add(
        line.line,
        'hour_start',
        `line ${line.line} repeats the hour ${formatUtc(hour)} of marketplace "${key.marketplaceId}"${klass}, already given on line ${existing.line}`,
      );
    } else entry.hours.set(hour, { count, line: line.line });
  }
  return series;
}

/**
 * Hourly series: message files fill the whole span of the file, first to last message of any
 * series (an hour without a message is a quiet hour, 0), count files leave hours without a row
 * missing (null).
 */
function toSeries(accumulators: Map<string, Accumulator>, format: HistoryCsvFormat, issues: IssueList): { series: HistorySeries[]; coverage: HistoryCsvCoverage[] } {
  let fileFirst = Infinity;
  let fileLast = -Infinity;
  for (const { hours } of accumulators.values()) {
    for (const hour of hours.keys()) {
      if (hour < fileFirst) fileFirst = hour;
      if (hour > fileLast) fileLast = hour;
    }
  }
  if (fileFirst === Infinity || spanIssue(fileFirst, fileLast, issues)) return { series: [], coverage: [] };
  const series: HistorySeries[] = [];
  const coverage: HistoryCsvCoverage[] = [];
  const ordered = [...accumulators.values()].sort((a, b) => (keyText(a.key) < keyText(b.key) ? -1 : 1));
  for (const { key, hours } of ordered) {
    const keys = [...hours.keys()];
    const first = format === 'messages' ? fileFirst : Math.min(...keys);
    const last = format === 'messages' ? fileLast : Math.max(...keys);
    const counts: (number | null)[] = new Array((last - first) / HOUR_MS + 1).fill(format === 'messages' ? 0 : null);
    for (const [hour, { count }] of hours) counts[(hour - first) / HOUR_MS] = count;
    series.push({ marketplaceId: key.marketplaceId, classId: key.classId, start: formatUtc(first), counts });
    const empty = counts.length - hours.size;
    coverage.push({
      marketplaceId: key.marketplaceId,
      classId: key.classId,
      firstUtcMs: first,
      lastUtcMs: last,
      hoursWithData: hours.size,
      zeroHours: format === 'messages' ? empty : 0,
      missingHours: format === 'hourly' ? empty : 0,
    });
  }
  return { series, coverage };
}

function describeSpan(format: HistoryCsvFormat, coverage: HistoryCsvCoverage[]): string {
  const first = Math.min(...coverage.map((entry) => entry.firstUtcMs));
  const last = Math.max(...coverage.map((entry) => entry.lastUtcMs));
  const span = `${formatUtc(first)} to ${formatUtc(last)}`;
  if (format === 'messages') {
    const zeros = coverage.reduce((sum, entry) => sum + entry.zeroHours, 0);
    return `one row per message: every hour from ${span} (the file's first to last message) is counted; ${zeros} hour(s) without a message were stored as 0, a quiet hour rather than a gap`;
  }
  const missing = coverage.reduce((sum, entry) => sum + entry.missingHours, 0);
  return `hourly counts from ${span}: ${missing} hour(s) without a row were left missing, not 0; an hour of the week that never has a row is forecast as closed`;
}

/**
 * Parses a history CSV file (bytes or text) into hourly series, one per marketplace and class
 * (classId null where the file has no class). All problems or a complete result.
 */
export function parseHistoryCsv(content: Uint8Array | string, options: HistoryCsvOptions): HistoryCsvResult {
  const issues = new IssueList();
  if (options.timeZone !== undefined && !isValidTimeZone(options.timeZone)) {
    issues.add(0, null, `the time zone "${options.timeZone}" is not an IANA time zone; use a name such as "America/New_York"`);
    return { ok: false, errors: issues.capped() };
  }
  const decoded = decodeUtf8(content);
  if (!decoded.ok) {
    issues.add(
      0,
      null,
      `the file is not UTF-8 text (invalid byte at offset ${decoded.offset}, line ${decoded.line}); save it as UTF-8 and upload again`,
    );
    return { ok: false, errors: issues.capped() };
  }
  const lines = readLines(decoded.text, issues);
  const header = readHeader(lines[0], issues);
  if (!header) return { ok: false, errors: issues.capped() };
  const dataLines = lines.slice(1);
  const limit = options.maxRows ?? MAX_HISTORY_CSV_ROWS;
  if (dataLines.length > limit) {
    const message = `the file has ${dataLines.length.toLocaleString('en-US')} rows; one import takes at most ${limit.toLocaleString('en-US')}: split it by date and import the parts one after the other`;
    return { ok: false, errors: [{ row: 0, field: null, message }], tooManyRows: { rows: dataLines.length, limit } };
  }
  if (dataLines.length === 0 && issues.empty) {
    issues.add(0, null, 'the file has a header but no rows');
    return { ok: false, errors: issues.capped() };
  }
  const accumulators = accumulate(dataLines, header, options, issues);
  if (!issues.empty) return { ok: false, errors: issues.capped() };
  const { series, coverage } = toSeries(accumulators, header.format, issues);
  if (!issues.empty) return { ok: false, errors: issues.capped() };
  return { ok: true, series, rows: dataLines.length, format: header.format, coverage, spanNote: describeSpan(header.format, coverage) };
}

/**
 * Hourly-counts CSV of series (missing hours left out), which parseHistoryCsv reads back to
 * the same series.
 */
export function historyToCsv(series: HistorySeries[]): string {
  const rows: (string | number)[][] = [['hour_start', 'marketplace', 'class', 'count']];
  for (const s of series) {
    const start = DateTime.fromISO(s.start, { setZone: true }).toMillis();
    s.counts.forEach((count, index) => {
      if (count === null) return;
      rows.push([formatUtc(start + index * HOUR_MS), s.marketplaceId, s.classId ?? '', count]);
    });
  }
  return toSpreadsheetSafeCsv(rows, { record_delimiter: '\n' });
}
