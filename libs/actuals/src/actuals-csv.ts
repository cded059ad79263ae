import { parse, type Parser } from 'csv-parse';
import { DateTime } from 'luxon';
import { HOUR_MS, MAX_HISTORY_CSV_ROWS, formatUtc, isValidTimeZone, toSpreadsheetSafeCsv } from '@app/domain';
import { MAX_ERRORS, MAX_SPAN_HOURS, csvErrorInWords, decodeUtf8, placeLocalTimestamp, type DecodedText } from '@app/history';
import type { ActualMessage, ActualsColumnMapping, ActualsCsvIssue, ActualsCsvOptions, ActualsCsvResult } from './actuals.types';
import { headerKey, parseColumnMapping } from './helpdesk-layouts';

/**
 * A helpdesk export of buyer messages (one row per message) read through a column mapping
 * (`helpdesk-layouts.ts`). The rules are the history import's: every row is checked and every
 * problem reported (up to MAX_ERRORS, with the count of the rest), never a partial result; the
 * same CSV parser (csv-parse), UTF-8 check and rule for local times without an offset
 * (`placeLocalTimestamp`: the repeated autumn hour is read at its first occurrence). Unlike a
 * history file, a time in a spring-forward gap is refused: a helpdesk stamps real instants, so a
 * time that never showed on the clock means the file's time zone is wrong. A first reply in the
 * repeated hour is read at its second occurrence when the first would come before the message.
 * Columns the mapping does not name are ignored (exports carry many); a mapped class, agent or
 * site column the file lacks is read as empty. A file is read as it arrives (`createActualsCsvReader`):
 * a chunk at a time, kept in memory only as the messages read from it.
 */

/** Most data rows one actuals import takes (as for history files: one import held in memory at once). */
export const MAX_ACTUALS_CSV_ROWS = MAX_HISTORY_CSV_ROWS;

const EXAMPLE = '2026-03-08T14:05:00-05:00 or 2026-03-08T19:05:00Z';

/** The problems of one file: the first MAX_ERRORS kept, the others counted. */
class IssueList {
  private readonly kept: ActualsCsvIssue[] = [];
  private total = 0;
  add(row: number, field: string | null, message: string): void {
    this.total++;
    if (this.kept.length < MAX_ERRORS) this.kept.push({ row, field, message });
  }
  get empty(): boolean {
    return this.total === 0;
  }
  /** In file order (file-level problems first), and a count of the rest. Rows come in order, so the kept ones are the first. */
  capped(): ActualsCsvIssue[] {
    const sorted = [...this.kept].sort((a, b) => a.row - b.row);
    const rest = this.total - sorted.length;
    return rest > 0 ? [...sorted, { row: 0, field: null, message: `… and ${rest} more problems` }] : sorted;
  }
}

/**
 * The CSV records of a file as its text arrives, each handed to `onRecord` with its line number
 * (csv-parse's streaming parser, written to and answering synchronously: no record is kept);
 * malformed lines are reported once each and left out.
 */
class CsvRecordStream {
  private readonly parser: Parser;
  private readonly reported = new Set<string>();
  private lastLine = 0;
  private failed = false;

  constructor(
    private readonly issues: IssueList,
    onRecord: (fields: string[], line: number) => void,
  ) {
    this.parser = parse({
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_record: (record: string[], context: { lines: number }) => {
        this.lastLine = context.lines;
        onRecord(record, context.lines);
        return null;
      },
      on_skip: (error: { code?: string; message: string; lines?: number } | undefined) => {
        if (!error) return;
        if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
          // csv-parse only notices at the end of the file; the quote opened after the last good line
          const line = this.lastLine + 1;
          this.report(line, error.code, `line ${line} (or a later one) is not valid CSV: ${csvErrorInWords(error.code, error.message)}; the lines after it could not be read`);
          return;
        }
        const line = error.lines ?? 0;
        this.report(line, error.code, `line ${line} is not valid CSV: ${csvErrorInWords(error.code, error.message)}`);
      },
    });
    // a fatal error is read from `errored` right after the write that raised it
    this.parser.on('error', () => undefined);
  }

  write(text: string): void {
    if (this.failed || text === '') return;
    this.parser.write(text);
    this.checkFailed();
  }

  /** The end of the file: the last record (without a line break) and an unclosed quote come out here. */
  end(): void {
    if (this.failed) return;
    this.parser.end();
    this.checkFailed();
  }

  private checkFailed(): void {
    const error = this.parser.errored as { code?: string; message: string; lines?: number } | null;
    if (!error) return;
    this.failed = true;
    this.report(error.lines ?? 0, error.code, `the file is not valid CSV: ${csvErrorInWords(error.code, error.message)}`);
  }

  private report(line: number, code: string | undefined, message: string): void {
    const key = `${line}:${code ?? ''}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.issues.add(line, null, message);
  }
}

/**
 * UTF-8 decoded as it arrives (a character may be cut between chunks); a byte that is not UTF-8
 * is placed, by offset and line in the whole file, exactly as `decodeUtf8` places it in the whole
 * content. The decoder drops a leading BOM itself.
 */
class Utf8Stream {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  /** Bytes and line breaks before the next chunk. */
  private offset = 0;
  private newlines = 0;
  /** The start of a character cut off at the end of the bytes so far (at most 3 bytes). */
  private cut: Uint8Array = new Uint8Array(0);

  push(bytes: Uint8Array): DecodedText {
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream: true });
    } catch {
      // the decoder held only `cut`: the first bad byte of cut + bytes is the file's
      const joined = concatBytes(this.cut, bytes);
      const found = decodeUtf8(joined);
      if (found.ok) throw new Error('UTF-8 decoders disagree'); // cannot happen: the same bytes failed above
      return { ok: false, offset: this.offset - this.cut.length + found.offset, line: this.newlines + found.line };
    }
    this.offset += bytes.length;
    this.newlines += countNewlines(bytes);
    this.cut = cutCharacter(concatBytes(this.cut, bytes.subarray(Math.max(0, bytes.length - 3))));
    return { ok: true, text };
  }

  /** The end of the file: a character cut off there is an invalid byte at its start. */
  finish(): DecodedText {
    try {
      return { ok: true, text: this.decoder.decode() };
    } catch {
      return { ok: false, offset: this.offset - this.cut.length, line: this.newlines + 1 };
    }
  }
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/** The bytes of a multi-byte character begun but not finished at the end of `tail` (valid UTF-8 so far). */
function cutCharacter(tail: Uint8Array): Uint8Array {
  let lead = tail.length - 1;
  while (lead >= 0 && tail.length - lead < 4 && (tail[lead] & 0xc0) === 0x80) lead--;
  if (lead < 0 || tail[lead] < 0xc0) return new Uint8Array(0);
  const length = tail[lead] >= 0xf0 ? 4 : tail[lead] >= 0xe0 ? 3 : 2;
  return tail.length - lead < length ? tail.slice(lead) : new Uint8Array(0);
}

type Field = keyof ActualsColumnMapping['columns'];
const REQUIRED: Field[] = ['marketplace', 'receivedAt', 'firstReplyAt', 'firstReplyMinutes'];

/** Where each mapped field sits in the file, and the file's own name of its column. */
interface Header {
  width: number;
  columns: Partial<Record<Field, { index: number; name: string }>>;
}

function readHeader(fields: string[] | undefined, mapping: ActualsColumnMapping, issues: IssueList): Header | null {
  const wanted = Object.entries(mapping.columns) as [Field, string][];
  if (!fields) {
    issues.add(0, null, `the file is empty; its first line must be a header naming the columns ${wanted.map(([, name]) => `"${name}"`).join(', ')} (layout "${mapping.name}")`);
    return null;
  }
  const byKey = new Map<string, number[]>();
  fields.forEach((name, index) => {
    const key = headerKey(name);
    byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  const columns: Header['columns'] = {};
  let ok = true;
  for (const [field, name] of wanted) {
    const indices = byKey.get(headerKey(name)) ?? [];
    if (indices.length > 1) {
      issues.add(1, fields[indices[1]], `the header has ${indices.length} columns that read as "${name}" (${indices.map((i) => `"${fields[i]}"`).join(', ')}); keep one or name another in a mapping file`);
      ok = false;
    } else if (indices.length === 1) columns[field] = { index: indices[0], name: fields[indices[0]] };
    else if (REQUIRED.includes(field)) {
      const shown = fields.slice(0, 30).map((f) => `"${f}"`).join(', ') + (fields.length > 30 ? ', …' : '');
      issues.add(1, name, `the header has no column "${name}" (the ${field} of layout "${mapping.name}"); the file's columns are ${shown}; if your export names it differently, write a mapping file`);
      ok = false;
    }
  }
  return ok ? { width: fields.length, columns } : null;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s?(Z|UTC|[+-]\d{2}(?::?\d{2})?))?$/i;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function isRealWallTime(t: WallTime): boolean {
  if (t.year < 1970 || t.month < 1 || t.month > 12 || t.hour > 23 || t.minute > 59 || t.second > 59) return false;
  const leap = t.month === 2 && (t.year % 4 === 0 && (t.year % 100 !== 0 || t.year % 400 === 0));
  return t.day >= 1 && t.day <= DAYS_IN_MONTH[t.month - 1] + (leap ? 1 : 0);
}

/** Minutes east of UTC of "Z", "UTC", "+02", "+0200", "-05:00"; null when out of range. */
function offsetMinutes(text: string): number | null {
  if (/^(z|utc)$/i.test(text)) return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 18 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/** A read timestamp; `secondUtcMs`: the other reading of a local time in the repeated autumn hour. */
type ReadTime = { ok: true; utcMs: number; secondUtcMs?: number } | { ok: false; message: string };

/**
 * Reads the timestamps of one file. A timestamp with an offset is plain arithmetic; a local time
 * goes through `placeLocalTimestamp` (luxon), once per local hour: an hour with one offset all
 * through (no DST change inside it) keeps that offset for every later time in it, so a million
 * rows cost a few thousand luxon look-ups, not millions.
 */
class TimestampReader {
  private readonly hourOffsets = new Map<number, number | null>();
  private readonly formatHasOffset: boolean;

  constructor(
    private readonly zone: string | undefined,
    private readonly format: string | undefined,
    private readonly mappingName: string,
  ) {
    // luxon's offset tokens (Z, ZZ, ZZZ, z) outside quoted literals
    this.formatHasOffset = format !== undefined && /[Zz]/.test(format.replace(/'[^']*'/g, ''));
  }

  read(value: string, column: string): ReadTime {
    if (this.format !== undefined) return this.readFormatted(value, column, this.format);
    const match = TIMESTAMP.exec(value);
    if (!match) {
      const local = this.zone ? ` (or a local time such as 2026-03-08 14:05 in ${this.zone})` : '';
      return { ok: false, message: `${column} "${value}" is not a timestamp; expected ISO 8601 such as ${EXAMPLE}${local}` };
    }
    const wall: WallTime = {
      year: Number(match[1]),
      month: Number(match[2]),
      day: Number(match[3]),
      hour: Number(match[4]),
      minute: Number(match[5]),
      second: match[6] ? Number(match[6]) : 0,
      millisecond: match[7] ? Math.floor(Number(match[7].padEnd(3, '0').slice(0, 3))) : 0,
    };
    const offset = match[8] === undefined ? undefined : offsetMinutes(match[8]);
    if (!isRealWallTime(wall) || offset === null) {
      return { ok: false, message: `${column} "${value}" is not a real date and time; expected an ISO 8601 timestamp such as ${EXAMPLE}` };
    }
    if (offset !== undefined) return { ok: true, utcMs: wallMs(wall) - offset * 60_000 };
    return this.readLocal(wall, value, column);
  }

  private readFormatted(value: string, column: string, format: string): ReadTime {
    const parsed = DateTime.fromFormat(value, format, { zone: 'utc', setZone: this.formatHasOffset });
    if (!parsed.isValid) {
      return { ok: false, message: `${column} "${value}" does not match the timestamp format "${format}" of the mapping "${this.mappingName}"` };
    }
    if (this.formatHasOffset) return { ok: true, utcMs: parsed.toMillis() };
    const { year, month, day, hour, minute, second, millisecond } = parsed;
    return this.readLocal({ year, month, day, hour, minute, second, millisecond }, value, column);
  }

  private readLocal(wall: WallTime, value: string, column: string): ReadTime {
    if (!this.zone) {
      return {
        ok: false,
        message: `${column} "${value}" has no UTC offset and no time zone was given for the file; add the offset (such as ${EXAMPLE}) or choose the time zone the times are written in`,
      };
    }
    const ms = wallMs(wall);
    const hour = Math.floor(ms / HOUR_MS) * HOUR_MS;
    let offset = this.hourOffsets.get(hour);
    if (offset === undefined) {
      offset = this.steadyOffset(hour);
      this.hourOffsets.set(hour, offset);
    }
    if (offset !== null) return { ok: true, utcMs: ms - offset };
    const placed = placeLocalTimestamp(new Date(ms).toISOString().slice(0, 23), this.zone);
    if (!placed) return { ok: false, message: `${column} "${value}" is not a real date and time in ${this.zone}` };
    if (placed.inGap) {
      return {
        ok: false,
        message: `${column} "${value}" never showed on the clocks in ${this.zone}: it falls in the gap when the clocks went forward; check the file's time zone, or write the time with its UTC offset`,
      };
    }
    return placed.repeated ? { ok: true, utcMs: placed.utcMs, secondUtcMs: placed.utcMs + HOUR_MS } : { ok: true, utcMs: placed.utcMs };
  }

  /** The offset (wall − UTC, ms) of a local hour that has one all through, or null near a DST change. */
  private steadyOffset(wallHourMs: number): number | null {
    const zone = this.zone as string;
    const start = placeLocalTimestamp(new Date(wallHourMs).toISOString().slice(0, 19), zone);
    const end = placeLocalTimestamp(new Date(wallHourMs + HOUR_MS - 1).toISOString().slice(0, 23), zone);
    if (!start || !end || start.inGap || start.repeated || end.inGap || end.repeated) return null;
    const startOffset = wallHourMs - start.utcMs;
    return wallHourMs + HOUR_MS - 1 - end.utcMs === startOffset ? startOffset : null;
  }
}

function wallMs(t: WallTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.millisecond);
}

/** Export values → ids, looked up case-insensitively. */
function valueMap(values: Record<string, string> | undefined): Map<string, string> {
  return new Map(Object.entries(values ?? {}).map(([from, to]) => [from.trim().toLowerCase(), to]));
}

/** Everything a row is checked against, built once per file. */
interface RowContext {
  header: Header;
  mapping: ActualsColumnMapping;
  classIdsOf: Map<string, string[]>;
  siteIds: Set<string>;
  marketplaceValues: Map<string, string>;
  classValues: Map<string, string>;
  siteValues: Map<string, string>;
  times: TimestampReader;
}

function mappedId(value: string, values: Map<string, string>): { id: string; mapped: boolean } {
  const id = values.get(value.toLowerCase());
  return id === undefined ? { id: value, mapped: false } : { id, mapped: true };
}

function readMarketplace(value: string, column: string, line: number, context: RowContext, issues: IssueList): string | null {
  const known = [...context.classIdsOf.keys()];
  const list = known.join(', ') || 'none (create the marketplace first)';
  if (value === '') {
    issues.add(line, column, `the marketplace is empty; known: ${list}`);
    return null;
  }
  const { id, mapped } = mappedId(value, context.marketplaceValues);
  if (context.classIdsOf.has(id)) return id;
  issues.add(
    line,
    column,
    mapped
      ? `"${value}" is marketplace "${id}" by the mapping "${context.mapping.name}", which is not set up; known: ${list}`
      : `unknown marketplace "${value}"; known: ${list} (a mapping file's marketplaceValues can map other export values to these ids)`,
  );
  return null;
}

function readClass(value: string, column: string, marketplaceId: string | null, line: number, context: RowContext, issues: IssueList): string | null | undefined {
  if (value === '') return null;
  const { id, mapped } = mappedId(value, context.classValues);
  if (marketplaceId === null) return undefined;
  const classIds = context.classIdsOf.get(marketplaceId) as string[];
  if (classIds.includes(id)) return id;
  issues.add(
    line,
    column,
    mapped
      ? `"${value}" is class "${id}" by the mapping "${context.mapping.name}", which marketplace "${marketplaceId}" does not have; known: ${classIds.join(', ')}`
      : `unknown class "${value}" for marketplace "${marketplaceId}"; known: ${classIds.join(', ')} (a mapping file's classValues can map other export values to these ids)`,
  );
  return undefined;
}

function readSite(value: string, column: string, line: number, context: RowContext, issues: IssueList): string | null | undefined {
  if (value === '') return null;
  const { id } = mappedId(value, context.siteValues);
  if (context.siteIds.has(id)) return id;
  const known = [...context.siteIds].join(', ') || 'none';
  issues.add(line, column, `unknown site "${value}"; known: ${known} (map the export's values to site ids with siteValues in a mapping file, or leave the site column out of it)`);
  return undefined;
}

const MINUTES = /^\d+(\.\d+)?$/;

/** The first reply: a timestamp after receipt, or minutes from receipt; null when empty (not answered). */
function readFirstReply(fields: string[], received: ReadTime, line: number, context: RowContext, issues: IssueList): number | null | undefined {
  const { columns } = context.header;
  const minutesColumn = columns.firstReplyMinutes;
  if (minutesColumn) {
    const text = fields[minutesColumn.index];
    if (text === '') return null;
    if (!MINUTES.test(text)) {
      issues.add(
        line,
        minutesColumn.name,
        /^-\s*\d/.test(text)
          ? `${minutesColumn.name} "${text}" is negative; the minutes from receipt to the first reply are 0 or more`
          : `${minutesColumn.name} "${text}" is not a number of minutes; expected a number 0 or more, or nothing for a message not answered`,
      );
      return undefined;
    }
    return received.ok ? received.utcMs + Math.round(Number(text) * 60_000) : undefined;
  }
  const replyColumn = columns.firstReplyAt as { index: number; name: string };
  const text = fields[replyColumn.index];
  if (text === '') return null;
  const reply = context.times.read(text, replyColumn.name);
  if (!reply.ok) {
    issues.add(line, replyColumn.name, reply.message);
    return undefined;
  }
  if (!received.ok) return undefined;
  if (reply.utcMs >= received.utcMs) return reply.utcMs;
  // the repeated autumn hour: the second reading when only it comes after the message
  if (reply.secondUtcMs !== undefined && reply.secondUtcMs >= received.utcMs) return reply.secondUtcMs;
  const receivedColumn = columns.receivedAt as { index: number; name: string };
  issues.add(
    line,
    replyColumn.name,
    `${replyColumn.name} "${text}" is before the message was received (${receivedColumn.name} "${fields[receivedColumn.index]}"); a first reply comes after the message`,
  );
  return undefined;
}

function readRow(fields: string[], line: number, context: RowContext, issues: IssueList): ActualMessage | null {
  const { columns } = context.header;
  const cell = (field: Field) => {
    const column = columns[field];
    return column ? fields[column.index] : '';
  };
  const name = (field: Field) => columns[field]?.name ?? '';
  const marketplaceId = readMarketplace(cell('marketplace'), name('marketplace'), line, context, issues);
  const classId = readClass(cell('class'), name('class'), marketplaceId, line, context, issues);
  const received = context.times.read(cell('receivedAt'), name('receivedAt'));
  if (!received.ok) issues.add(line, name('receivedAt'), received.message);
  const firstReplyUtcMs = readFirstReply(fields, received, line, context, issues);
  const siteId = readSite(cell('site'), name('site'), line, context, issues);
  if (marketplaceId === null || classId === undefined || !received.ok || firstReplyUtcMs === undefined || siteId === undefined) return null;
  const agent = cell('agent');
  return { marketplaceId, classId, receivedUtcMs: received.utcMs, firstReplyUtcMs, agent: agent === '' ? null : agent, siteId };
}

type Spans = Extract<ActualsCsvResult, { ok: true }>['spans'];

function spansOf(messages: ActualMessage[], order: string[]): Spans {
  const spans = new Map<string, Spans[number]>();
  for (const message of messages) {
    const span = spans.get(message.marketplaceId);
    if (!span) spans.set(message.marketplaceId, { marketplaceId: message.marketplaceId, firstUtcMs: message.receivedUtcMs, lastUtcMs: message.receivedUtcMs, messages: 1 });
    else {
      if (message.receivedUtcMs < span.firstUtcMs) span.firstUtcMs = message.receivedUtcMs;
      if (message.receivedUtcMs > span.lastUtcMs) span.lastUtcMs = message.receivedUtcMs;
      span.messages++;
    }
  }
  return order.filter((id) => spans.has(id)).map((id) => spans.get(id) as Spans[number]);
}

function spanIssue(spans: Spans, issues: IssueList): void {
  const first = Math.min(...spans.map((span) => span.firstUtcMs));
  const last = Math.max(...spans.map((span) => span.lastUtcMs));
  const hours = (last - first) / HOUR_MS;
  if (hours <= MAX_SPAN_HOURS) return;
  issues.add(0, null, `the file spans ${Math.round(hours / 24)} days, from ${formatUtc(first)} to ${formatUtc(last)}; at most 4 years are accepted (check for a mistyped year)`);
}

/** A helpdesk export read as it arrives: the same rules and result as `parseActualsCsv` on the whole file. */
export interface ActualsCsvReader {
  /**
   * Reads the next part of the file: bytes (a character or a quoted field may be cut anywhere)
   * or text, one kind for the whole file. Once `settled`, parts are no longer read.
   */
  push(chunk: Uint8Array | string): void;
  /**
   * The result no longer depends on the rest of the file: the mapping or time zone is wrong, a
   * byte is not UTF-8, or the file has more rows than one import takes. The caller may stop
   * sending parts (the rows of a file cut short are then told as "more than" the limit).
   */
  readonly settled: boolean;
  /** The end of the file: every problem (each with its line, the file's column and the reason) or every message. */
  finish(): ActualsCsvResult;
}

/**
 * Starts reading a helpdesk export through `options.mapping`, a part at a time (`push`): memory
 * holds the messages read so far (and at most MAX_ERRORS problems), not the file, and the row
 * limit (`maxRows`) is checked as rows arrive.
 */
export function createActualsCsvReader(options: ActualsCsvOptions): ActualsCsvReader {
  const checked = parseColumnMapping(options.mapping);
  if (!checked.ok) return settledReader({ ok: false, errors: checked.errors });
  if (options.timeZone !== undefined && !isValidTimeZone(options.timeZone)) {
    return settledReader({ ok: false, errors: [{ row: 0, field: null, message: `the time zone "${options.timeZone}" is not an IANA time zone; use a name such as "America/New_York"` }] });
  }
  return new StreamedActualsCsv(checked.mapping, options);
}

/**
 * Parses a helpdesk export (bytes or text) into actual messages through `options.mapping`.
 * All problems (each with its line, the file's column and the reason) or every message.
 */
export function parseActualsCsv(content: string | Uint8Array, options: ActualsCsvOptions): ActualsCsvResult {
  const reader = createActualsCsvReader(options);
  reader.push(content);
  return reader.finish();
}

function settledReader(result: ActualsCsvResult): ActualsCsvReader {
  return { settled: true, push: () => undefined, finish: () => result };
}

function notUtf8(decoded: Extract<DecodedText, { ok: false }>): ActualsCsvResult {
  const message = `the file is not UTF-8 text (invalid byte at offset ${decoded.offset}, line ${decoded.line}); save it as UTF-8 and upload again`;
  return { ok: false, errors: [{ row: 0, field: null, message }] };
}

class StreamedActualsCsv implements ActualsCsvReader {
  private readonly issues = new IssueList();
  private readonly utf8 = new Utf8Stream();
  private readonly csv: CsvRecordStream;
  private readonly limit: number;
  private readonly messages: ActualMessage[] = [];
  private header: Header | null | undefined;
  private context: RowContext | null = null;
  private rows = 0;
  /** Set when a byte is not UTF-8: nothing else is read or told. */
  private badBytes: ActualsCsvResult | null = null;
  /** Parts were sent after the row limit was passed and not read: the row count is a lower bound. */
  private cutShort = false;
  private started = false;

  constructor(
    private readonly mapping: ActualsColumnMapping,
    private readonly options: ActualsCsvOptions,
  ) {
    this.limit = options.maxRows ?? MAX_ACTUALS_CSV_ROWS;
    this.csv = new CsvRecordStream(this.issues, (fields, line) => this.readRecord(fields, line));
  }

  get settled(): boolean {
    return this.badBytes !== null || this.rows > this.limit;
  }

  push(chunk: Uint8Array | string): void {
    if (this.settled) {
      if (chunk.length > 0) this.cutShort = true;
      return;
    }
    if (typeof chunk === 'string') {
      this.csv.write(this.started ? chunk : chunk.replace(/^\uFEFF/, ''));
      this.started ||= chunk.length > 0;
      return;
    }
    this.started ||= chunk.length > 0;
    const decoded = this.utf8.push(chunk);
    if (!decoded.ok) this.badBytes = notUtf8(decoded);
    else this.csv.write(decoded.text);
  }

  finish(): ActualsCsvResult {
    if (this.badBytes) return this.badBytes;
    if (!this.cutShort) {
      const rest = this.utf8.finish();
      if (!rest.ok) return notUtf8(rest);
      this.csv.write(rest.text);
      this.csv.end();
    }
    const { issues, mapping, limit, rows } = this;
    if (this.header === undefined) readHeader(undefined, mapping, issues);
    if (rows > limit) {
      const count = this.cutShort ? `more than ${limit.toLocaleString('en-US')}` : rows.toLocaleString('en-US');
      const message = `the file has ${count} rows; one import takes at most ${limit.toLocaleString('en-US')}: split it by date and import the parts one after the other`;
      return { ok: false, errors: [{ row: 0, field: null, message }], tooManyRows: { rows, limit } };
    }
    if (!issues.empty) return { ok: false, errors: issues.capped() };
    if (rows === 0) return { ok: false, errors: [{ row: 0, field: null, message: 'the file has a header but no rows' }] };
    const spans = spansOf(this.messages, this.options.marketplaces.map((m) => m.id));
    spanIssue(spans, issues);
    if (!issues.empty) return { ok: false, errors: issues.capped() };
    return { ok: true, messages: this.messages, rows, spans };
  }

  private readRecord(fields: string[], line: number): void {
    const { issues, mapping, options } = this;
    if (this.header === undefined) {
      this.header = readHeader(fields, mapping, issues);
      if (this.header) {
        this.context = {
          header: this.header,
          mapping,
          classIdsOf: new Map(options.marketplaces.map((m) => [m.id, m.classIds])),
          siteIds: new Set(options.siteIds),
          marketplaceValues: valueMap(mapping.marketplaceValues),
          classValues: valueMap(mapping.classValues),
          siteValues: valueMap(mapping.siteValues),
          times: new TimestampReader(options.timeZone ?? mapping.timeZone, mapping.timestampFormat, mapping.name),
        };
      }
      return;
    }
    // past the limit, the rest of the part at hand is only counted
    this.rows++;
    const context = this.context;
    if (!context || this.rows > this.limit) return;
    if (fields.length !== context.header.width) {
      issues.add(line, null, `line ${line} has ${fields.length} fields but the header has ${context.header.width}`);
      return;
    }
    const message = readRow(fields, line, context, issues);
    if (message && issues.empty) this.messages.push(message);
  }
}

/** The native ("followsun") layout of messages, UTC timestamps; parseActualsCsv reads it back to the same messages. */
export function actualsToCsv(messages: readonly ActualMessage[]): string {
  const rows: string[][] = [['marketplace', 'received_at', 'first_reply_at', 'class', 'agent', 'site']];
  for (const m of messages) {
    rows.push([m.marketplaceId, formatUtc(m.receivedUtcMs), m.firstReplyUtcMs === null ? '' : formatUtc(m.firstReplyUtcMs), m.classId ?? '', m.agent ?? '', m.siteId ?? '']);
  }
  return toSpreadsheetSafeCsv(rows, { record_delimiter: '\n' });
}
