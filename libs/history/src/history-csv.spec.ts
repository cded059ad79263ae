import { historyToCsv, parseHistoryCsv, MAX_ERRORS } from './history-csv';
import type { CsvIssue, HistoryCsvOptions } from './history-csv.types';

const marketplaces: HistoryCsvOptions['marketplaces'] = [
  { id: 'amazon-us', classIds: ['urgent', 'standard', 'no-reply'] },
  { id: 'amazon-uk', classIds: ['urgent', 'standard'] },
];
const options: HistoryCsvOptions = { marketplaces };

function errorsOf(content: string | Uint8Array, opts: HistoryCsvOptions = options): CsvIssue[] {
  const result = parseHistoryCsv(content, opts);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

function seriesOf(content: string | Uint8Array, opts: HistoryCsvOptions = options) {
  const result = parseHistoryCsv(content, opts);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('parseHistoryCsv — one row per message', () => {
  it('counts messages per UTC hour, with zeros inside the covered range', () => {
    const csv = [
      'received_at,marketplace,class',
      '2026-09-07T10:05:00Z,amazon-us,urgent',
      '2026-09-07T10:59:59Z,amazon-us,urgent',
      '2026-09-07T08:30:00-04:00,amazon-us,standard', // 12:30Z
      '2026-09-07T13:00:00+01:00,amazon-uk,', // 12:00Z, no class
    ].join('\n');
    const result = seriesOf(csv);
    expect(result.rows).toBe(4);
    expect(result.series).toEqual([
      { marketplaceId: 'amazon-uk', classId: null, start: '2026-09-07T10:00:00Z', counts: [0, 0, 1] },
      { marketplaceId: 'amazon-us', classId: 'standard', start: '2026-09-07T10:00:00Z', counts: [0, 0, 1] },
      { marketplaceId: 'amazon-us', classId: 'urgent', start: '2026-09-07T10:00:00Z', counts: [2, 0, 0] },
    ]);
  });

  it('accepts the two-column layout, a BOM, CRLF line ends and blank lines', () => {
    const bytes = new TextEncoder().encode('\uFEFFreceived_at,marketplace\r\n2026-09-07T10:05:00Z,amazon-us\r\n\r\n2026-09-07T11:05:00Z,amazon-us\r\n');
    expect(seriesOf(bytes).series).toEqual([{ marketplaceId: 'amazon-us', classId: null, start: '2026-09-07T10:00:00Z', counts: [1, 1] }]);
  });

  it('reads local times in the given zone across the spring-forward gap (America/New_York, 8 Mar 2026)', () => {
    const csv = ['received_at,marketplace', '2026-03-08 00:30,amazon-us', '2026-03-08 01:30,amazon-us', '2026-03-08 03:15,amazon-us', '2026-03-08T04:10,amazon-us'].join('\n');
    // 00:30 EST = 05:30Z, 01:30 EST = 06:30Z, 03:15 EDT = 07:15Z, 04:10 EDT = 08:10Z: one per UTC hour
    expect(seriesOf(csv, { ...options, timeZone: 'America/New_York' }).series).toEqual([
      { marketplaceId: 'amazon-us', classId: null, start: '2026-03-08T05:00:00Z', counts: [1, 1, 1, 1] },
    ]);
  });

  it('reads local times across the autumn change (1 Nov 2026), the repeated hour at its first offset', () => {
    const csv = ['received_at,marketplace', '2026-11-01 00:30,amazon-us', '2026-11-01 01:30,amazon-us', '2026-11-01 02:30,amazon-us'].join('\n');
    // 00:30 EDT = 04:30Z, 01:30 EDT (first of the two) = 05:30Z, 02:30 EST = 07:30Z
    expect(seriesOf(csv, { ...options, timeZone: 'America/New_York' }).series).toEqual([
      { marketplaceId: 'amazon-us', classId: null, start: '2026-11-01T04:00:00Z', counts: [1, 1, 0, 1] },
    ]);
  });

  it('asks for a time zone when a timestamp has no offset and none was given', () => {
    expect(errorsOf('received_at,marketplace\n2026-03-08 01:30,amazon-us\n')).toEqual([
      {
        row: 2,
        field: 'received_at',
        message:
          'received_at "2026-03-08 01:30" has no UTC offset and no time zone was given for the file; add the offset (such as 2026-03-08T14:05:00-05:00 or 2026-03-08T19:05:00Z) or choose the time zone the times are written in',
      },
    ]);
  });

  it('quotes an unparseable timestamp and says what is expected', () => {
    expect(errorsOf('received_at,marketplace\n08/03/2026 14:05,amazon-us\n2026-02-30T10:00:00Z,amazon-us\n')).toEqual([
      {
        row: 2,
        field: 'received_at',
        message: 'received_at "08/03/2026 14:05" is not a timestamp; expected ISO 8601 such as 2026-03-08T14:05:00-05:00 or 2026-03-08T19:05:00Z',
      },
      {
        row: 3,
        field: 'received_at',
        message:
          'received_at "2026-02-30T10:00:00Z" is not a real date and time; expected an ISO 8601 timestamp such as 2026-03-08T14:05:00-05:00 or 2026-03-08T19:05:00Z',
      },
    ]);
  });
});

describe('parseHistoryCsv — the row limit', () => {
  const csv = (rows: number) => ['received_at,marketplace', ...Array.from({ length: rows }, (_, i) => `2026-09-07T10:${String(i % 60).padStart(2, '0')}:00Z,amazon-us`)].join('\n');

  it('takes a file of exactly the limit', () => {
    expect(seriesOf(csv(3), { ...options, maxRows: 3 }).rows).toBe(3);
  });

  it('refuses one row more, saying how many it has and how many fit', () => {
    const result = parseHistoryCsv(csv(4), { ...options, maxRows: 3 });
    expect(result).toEqual({
      ok: false,
      tooManyRows: { rows: 4, limit: 3 },
      errors: [{ row: 0, field: null, message: 'the file has 4 rows; one import takes at most 3: split it by date and import the parts one after the other' }],
    });
  });
});

describe('parseHistoryCsv — the span of the file', () => {
  it('counts a quiet night in a per-message file as zeros, and the report says how the span was treated', () => {
    // London (GMT in January): an evening's messages, nothing from 20:00 to 07:59, then the morning's
    const csv = [
      'received_at,marketplace',
      '2026-01-12 18:10,amazon-uk',
      '2026-01-12 19:55,amazon-uk',
      '2026-01-13 08:02,amazon-uk',
      '2026-01-13 08:30,amazon-uk',
    ].join('\n');
    const result = seriesOf(csv, { marketplaces, timeZone: 'Europe/London' });
    expect(result.series).toEqual([
      { marketplaceId: 'amazon-uk', classId: null, start: '2026-01-12T18:00:00Z', counts: [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2] },
    ]);
    expect(result.format).toBe('messages');
    expect(result.coverage).toEqual([
      { marketplaceId: 'amazon-uk', classId: null, firstUtcMs: Date.UTC(2026, 0, 12, 18), lastUtcMs: Date.UTC(2026, 0, 13, 8), hoursWithData: 3, zeroHours: 12, missingHours: 0 },
    ]);
    expect(result.spanNote).toBe(
      "one row per message: every hour from 2026-01-12T18:00:00Z to 2026-01-13T08:00:00Z (the file's first to last message) is counted; 12 hour(s) without a message were stored as 0, a quiet hour rather than a gap",
    );
  });

  it('fills a series with zeros over the whole file, beyond its own first and last message', () => {
    const csv = ['received_at,marketplace', '2026-01-12T10:00:00Z,amazon-uk', '2026-01-12T13:00:00Z,amazon-us', '2026-01-12T11:30:00Z,amazon-us'].join('\n');
    const result = seriesOf(csv);
    expect(result.series.map((series) => [series.marketplaceId, series.start, series.counts])).toEqual([
      ['amazon-uk', '2026-01-12T10:00:00Z', [1, 0, 0, 0]],
      ['amazon-us', '2026-01-12T10:00:00Z', [0, 1, 0, 1]],
    ]);
    expect(result.coverage.map((entry) => entry.zeroHours)).toEqual([3, 2]);
  });

  it('leaves the hours an hourly file has no row for missing, and says so', () => {
    const csv = ['hour_start,marketplace,count', '2026-01-12T09:00:00Z,amazon-uk,4', '2026-01-12T10:00:00Z,amazon-uk,0', '2026-01-13T09:00:00Z,amazon-uk,5'].join('\n');
    const result = seriesOf(csv);
    expect(result.format).toBe('hourly');
    expect(result.coverage).toEqual([expect.objectContaining({ hoursWithData: 3, zeroHours: 0, missingHours: 22 })]);
    expect(result.spanNote).toBe(
      'hourly counts from 2026-01-12T09:00:00Z to 2026-01-13T09:00:00Z: 22 hour(s) without a row were left missing, not 0; an hour of the week that never has a row is forecast as closed',
    );
  });
});

describe('parseHistoryCsv — hourly counts', () => {
  it('keeps absent hours as missing (null), not zero', () => {
    const csv = ['hour_start,marketplace,class,count', '2026-09-07T10:00:00Z,amazon-us,urgent,3', '2026-09-07T13:00:00Z,amazon-us,urgent,0', '2026-09-07T12:00:00+01:00,amazon-uk,,7'].join('\n');
    expect(seriesOf(csv).series).toEqual([
      { marketplaceId: 'amazon-uk', classId: null, start: '2026-09-07T11:00:00Z', counts: [7] },
      { marketplaceId: 'amazon-us', classId: 'urgent', start: '2026-09-07T10:00:00Z', counts: [3, null, null, 0] },
    ]);
  });

  it('accepts its columns in any order and header names in any case', () => {
    const csv = 'Count,Marketplace,Hour_Start\n4,amazon-us,2026-09-07T10:00:00Z\n';
    expect(seriesOf(csv).series).toEqual([{ marketplaceId: 'amazon-us', classId: null, start: '2026-09-07T10:00:00Z', counts: [4] }]);
  });

  it('reports a duplicate hour naming both lines', () => {
    const csv = ['hour_start,marketplace,count', '2026-09-07T10:00:00Z,amazon-us,3', '2026-09-07T11:00:00Z,amazon-us,3', '2026-09-07T06:00:00-04:00,amazon-us,5'].join('\n');
    expect(errorsOf(csv)).toEqual([
      {
        row: 4,
        field: 'hour_start',
        message: 'line 4 repeats the hour 2026-09-07T10:00:00Z of marketplace "amazon-us", already given on line 2',
      },
    ]);
  });

  it('reports negative and fractional counts and hours not on the hour', () => {
    const csv = ['hour_start,marketplace,count', '2026-09-07T10:00:00Z,amazon-us,-1', '2026-09-07T11:00:00Z,amazon-us,2.5', '2026-09-07T12:30:00Z,amazon-us,2'].join('\n');
    expect(errorsOf(csv)).toEqual([
      { row: 2, field: 'count', message: 'count "-1" is not a whole number of messages 0 or more; leave a missing hour out instead of writing a count' },
      { row: 3, field: 'count', message: 'count "2.5" is not a whole number of messages 0 or more; leave a missing hour out instead of writing a count' },
      {
        row: 4,
        field: 'hour_start',
        message: 'hour_start "2026-09-07T12:30:00Z" is not on the hour (UTC); each row counts the messages of one whole hour, starting at minute 00',
      },
    ]);
  });
});

describe('parseHistoryCsv — bad files', () => {
  it('names an unknown marketplace and lists the known ones', () => {
    expect(errorsOf('received_at,marketplace\n2026-09-07T10:05:00Z,amazon-fr\n')).toEqual([
      { row: 2, field: 'marketplace', message: 'unknown marketplace "amazon-fr"; known: amazon-us, amazon-uk' },
    ]);
  });

  it('names a class the marketplace does not have', () => {
    expect(errorsOf('received_at,marketplace,class\n2026-09-07T10:05:00Z,amazon-uk,no-reply\n')).toEqual([
      { row: 2, field: 'class', message: 'unknown class "no-reply" for marketplace "amazon-uk"; known: urgent, standard' },
    ]);
  });

  it('rejects bytes that are not UTF-8, with the offset and line of the first bad byte', () => {
    // "Café" saved as Latin-1 on line 2: é is the single byte E9
    const bytes = new Uint8Array([...new TextEncoder().encode('received_at,marketplace\n2026-09-07T10:05:00Z,Caf'), 0xe9, 0x0a]);
    expect(errorsOf(bytes)).toEqual([
      {
        row: 0,
        field: null,
        message: 'the file is not UTF-8 text (invalid byte at offset 48, line 2); save it as UTF-8 and upload again',
      },
    ]);
  });

  it('reports a malformed line with its number and the reason in plain words, and the other lines too', () => {
    const csv = ['received_at,marketplace', '2026-09-07T10:05:00Z,amazon-us,extra', '"2026-09-07T10:06:00Z"x,amazon-us', '2026-09-07T10:07:00Z,amazon-fr'].join('\n');
    expect(errorsOf(csv)).toEqual([
      { row: 2, field: null, message: 'line 2 has 3 fields but the header has 2' },
      {
        row: 3,
        field: null,
        message:
          'line 3 is not valid CSV: a closing " is followed by other characters; after a quoted field there must be a comma or the end of the line (write a " inside a quoted field as "")',
      },
      {
        row: 3,
        field: null,
        message: 'line 3 (or a later one) is not valid CSV: a quoted field is never closed: a closing " is missing; the lines after it could not be read',
      },
    ]);
  });

  it('reports bad rows after a wrong field count, and quotes in the middle of a field once per line', () => {
    const csv = ['received_at,marketplace', '2026-09-07T10:05:00Z,amazon-us,extra', '2026-09-07T10:"0"6:00Z,amazon-us', '2026-09-07T10:07:00Z,amazon-fr'].join('\n');
    expect(errorsOf(csv)).toEqual([
      { row: 2, field: null, message: 'line 2 has 3 fields but the header has 2' },
      {
        row: 3,
        field: null,
        message: 'line 3 is not valid CSV: a " appears inside a field that does not start with one; quote the whole field and write the inner " as ""',
      },
      { row: 4, field: 'marketplace', message: 'unknown marketplace "amazon-fr"; known: amazon-us, amazon-uk' },
    ]);
  });

  it('reports a quote that is never closed', () => {
    const csv = 'received_at,marketplace\n2026-09-07T10:05:00Z,amazon-us\n"2026-09-07T10:06:00Z,amazon-us\n2026-09-07T10:07:00Z,amazon-us\n';
    expect(errorsOf(csv)).toEqual([
      {
        row: 3,
        field: null,
        message: 'line 3 (or a later one) is not valid CSV: a quoted field is never closed: a closing " is missing; the lines after it could not be read',
      },
    ]);
  });

  it('explains an unknown header, an unknown column and an empty file', () => {
    expect(errorsOf('date,channel,n\n')[0].message).toBe(
      'the header "date,channel,n" is not one of "received_at,marketplace" or "received_at,marketplace,class" (one row per message), or "hour_start,marketplace,count" or "hour_start,marketplace,class,count" (hourly counts)',
    );
    expect(errorsOf('hour_start,marketplace,count,agent\n')).toEqual([
      { row: 1, field: 'agent', message: 'the header has a column "agent" that this format does not have; expected hour_start, marketplace, count, class' },
    ]);
    expect(errorsOf('hour_start,marketplace\n')).toEqual([
      { row: 1, field: 'count', message: 'the header has no "count" column; expected hour_start,marketplace,count (and optionally class)' },
    ]);
    expect(errorsOf('')).toEqual([
      { row: 0, field: null, message: expect.stringContaining('the file is empty; its first line must be a header') },
    ]);
    expect(errorsOf('received_at,marketplace\n')).toEqual([{ row: 0, field: null, message: 'the file has a header but no rows' }]);
  });

  it('rejects a file spanning more than four years (a mistyped year)', () => {
    const csv = 'received_at,marketplace\n2026-09-07T10:05:00Z,amazon-us\n2016-09-07T10:05:00Z,amazon-us\n';
    expect(errorsOf(csv)[0].message).toMatch(/^the file spans 3652 days, from 2016-09-07T10:00:00Z to 2026-09-07T10:00:00Z/);
  });

  it('collects every bad row, capped with a count of the rest', () => {
    const rows = Array.from({ length: MAX_ERRORS + 20 }, (_, i) => `2026-09-07T10:${String(i % 60).padStart(2, '0')}:00Z,ebay-de`);
    const errors = errorsOf(['received_at,marketplace', ...rows].join('\n'));
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[0].row).toBe(2);
    expect(errors[MAX_ERRORS - 1].row).toBe(MAX_ERRORS + 1);
    expect(errors[MAX_ERRORS]).toEqual({ row: 0, field: null, message: '… and 20 more problems' });
  });

  it('rejects an unknown time zone option', () => {
    expect(errorsOf('received_at,marketplace\n', { ...options, timeZone: 'Europe/Londres' })[0].message).toBe(
      'the time zone "Europe/Londres" is not an IANA time zone; use a name such as "America/New_York"',
    );
  });
});

describe('historyToCsv', () => {
  it('writes hourly counts without the missing hours, and reads back to the same series', () => {
    const series = [
      { marketplaceId: 'amazon-uk', classId: null, start: '2026-10-25T00:00:00Z', counts: [4, null, 0, 2] },
      { marketplaceId: 'amazon-us', classId: 'urgent', start: '2026-10-25T03:00:00Z', counts: [1, 1] },
    ];
    const csv = historyToCsv(series);
    expect(csv).toBe(
      [
        'hour_start,marketplace,class,count',
        '2026-10-25T00:00:00Z,amazon-uk,,4',
        '2026-10-25T02:00:00Z,amazon-uk,,0',
        '2026-10-25T03:00:00Z,amazon-uk,,2',
        '2026-10-25T03:00:00Z,amazon-us,urgent,1',
        '2026-10-25T04:00:00Z,amazon-us,urgent,1',
        '',
      ].join('\n'),
    );
    expect(seriesOf(csv).series).toEqual(series);
  });
});
