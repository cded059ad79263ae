import { MAX_ERRORS } from '@app/history';
import type { ActualsColumnMapping, ActualsCsvIssue, ActualsCsvOptions } from './actuals.types';
import { actualsToCsv, createActualsCsvReader, parseActualsCsv } from './actuals-csv';
import { HELPDESK_LAYOUTS } from './helpdesk-layouts';

const setup: Omit<ActualsCsvOptions, 'mapping'> = {
  marketplaces: [
    { id: 'amazon-us', classIds: ['urgent', 'standard', 'no-reply'] },
    { id: 'amazon-uk', classIds: ['urgent', 'standard'] },
  ],
  siteIds: ['lisbon', 'manila'],
};
const native: ActualsCsvOptions = { ...setup, mapping: HELPDESK_LAYOUTS.followsun };
const at = (iso: string) => Date.parse(iso);

function messagesOf(content: string | Uint8Array, options: ActualsCsvOptions = native) {
  const result = parseActualsCsv(content, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
  return result;
}

function errorsOf(content: string | Uint8Array, options: ActualsCsvOptions = native): ActualsCsvIssue[] {
  const result = parseActualsCsv(content, options);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

describe('parseActualsCsv — the native layout', () => {
  it('reads every column, an empty first reply as unanswered, and the span per marketplace', () => {
    const csv = [
      'marketplace,received_at,first_reply_at,class,agent,site',
      'amazon-us,2026-09-07T10:05:00Z,2026-09-07T11:35:00Z,urgent,ana@example.com,lisbon',
      'amazon-uk,2026-09-07T09:00:00+01:00,,standard,,',
      'amazon-us,2026-09-07T08:30:00-04:00,2026-09-08T12:30:00Z,,agent-7,manila',
    ].join('\n');
    const result = messagesOf(csv);
    expect(result.rows).toBe(3);
    expect(result.messages).toEqual([
      { marketplaceId: 'amazon-us', classId: 'urgent', receivedUtcMs: at('2026-09-07T10:05:00Z'), firstReplyUtcMs: at('2026-09-07T11:35:00Z'), agent: 'ana@example.com', siteId: 'lisbon' },
      { marketplaceId: 'amazon-uk', classId: 'standard', receivedUtcMs: at('2026-09-07T08:00:00Z'), firstReplyUtcMs: null, agent: null, siteId: null },
      { marketplaceId: 'amazon-us', classId: null, receivedUtcMs: at('2026-09-07T12:30:00Z'), firstReplyUtcMs: at('2026-09-08T12:30:00Z'), agent: 'agent-7', siteId: 'manila' },
    ]);
    expect(result.spans).toEqual([
      { marketplaceId: 'amazon-us', firstUtcMs: at('2026-09-07T10:05:00Z'), lastUtcMs: at('2026-09-07T12:30:00Z'), messages: 2 },
      { marketplaceId: 'amazon-uk', firstUtcMs: at('2026-09-07T08:00:00Z'), lastUtcMs: at('2026-09-07T08:00:00Z'), messages: 1 },
    ]);
  });

  it('matches headers whatever their case, spacing or order, ignores columns it does not map, and takes a BOM and CRLF', () => {
    const bytes = new TextEncoder().encode(
      '\uFEFFTicket,Received At,MARKETPLACE,First Reply At\r\n17,2026-09-07 10:05:00Z,amazon-us,2026-09-07 10:06:30.250Z\r\n\r\n18,2026-09-07T11:00Z,amazon-uk,\r\n',
    );
    const result = messagesOf(bytes);
    expect(result.messages.map((m) => [m.marketplaceId, m.receivedUtcMs, m.firstReplyUtcMs, m.classId, m.agent, m.siteId])).toEqual([
      ['amazon-us', at('2026-09-07T10:05:00Z'), at('2026-09-07T10:06:30.250Z'), null, null, null],
      ['amazon-uk', at('2026-09-07T11:00:00Z'), null, null, null, null],
    ]);
  });

  it('writes messages that read back to the same messages', () => {
    const messages = [
      { marketplaceId: 'amazon-us', classId: 'urgent', receivedUtcMs: at('2026-09-07T10:05:00Z'), firstReplyUtcMs: at('2026-09-07T11:35:00Z'), agent: 'ana@example.com', siteId: 'lisbon' },
      { marketplaceId: 'amazon-uk', classId: null, receivedUtcMs: at('2026-09-07T08:00:00Z'), firstReplyUtcMs: null, agent: null, siteId: null },
    ];
    const csv = actualsToCsv(messages);
    expect(csv).toBe(
      [
        'marketplace,received_at,first_reply_at,class,agent,site',
        'amazon-us,2026-09-07T10:05:00Z,2026-09-07T11:35:00Z,urgent,ana@example.com,lisbon',
        'amazon-uk,2026-09-07T08:00:00Z,,,,',
        '',
      ].join('\n'),
    );
    expect(messagesOf(csv).messages).toEqual(messages);
  });
});

describe('parseActualsCsv — each helpdesk in its own header names', () => {
  it('zendesk: local "Created at" times in the account zone and "First reply time in minutes"', () => {
    const csv = [
      'Id,Subject,Brand,Created at,First reply time in minutes,First reply time in minutes within business hours,Assignee,Assignee email,Group',
      '501,Where is my order,amazon-us,2026-09-07 10:05:00,95,95,Ana Silva,Ana@Example.com,lisbon',
      '502,Refund,amazon-us,2026-09-07 23:50:00,,,,,',
      '503,"Broken, returned",amazon-uk,2026-09-07 12:00:00,0.5,0,Rui,rui@example.com,manila',
    ].join('\n');
    const result = messagesOf(csv, { ...setup, mapping: HELPDESK_LAYOUTS.zendesk, timeZone: 'America/New_York' });
    // New York is on EDT (UTC−4) in September: 10:05 → 14:05Z, +95 min → 15:40Z
    expect(result.messages).toEqual([
      { marketplaceId: 'amazon-us', classId: null, receivedUtcMs: at('2026-09-07T14:05:00Z'), firstReplyUtcMs: at('2026-09-07T15:40:00Z'), agent: 'Ana@Example.com', siteId: 'lisbon' },
      { marketplaceId: 'amazon-us', classId: null, receivedUtcMs: at('2026-09-08T03:50:00Z'), firstReplyUtcMs: null, agent: null, siteId: null },
      { marketplaceId: 'amazon-uk', classId: null, receivedUtcMs: at('2026-09-07T16:00:00Z'), firstReplyUtcMs: at('2026-09-07T16:00:30Z'), agent: 'rui@example.com', siteId: 'manila' },
    ]);
  });

  it('zendesk through a mapping file: brand names, priorities and groups mapped to ids', () => {
    const mapping: ActualsColumnMapping = {
      ...HELPDESK_LAYOUTS.zendesk,
      name: 'acme-zendesk',
      columns: { ...HELPDESK_LAYOUTS.zendesk.columns, class: 'Priority' },
      marketplaceValues: { 'Acme US': 'amazon-us', 'Acme UK': 'amazon-uk' },
      classValues: { Urgent: 'urgent', Normal: 'standard' },
      siteValues: { 'Lisbon team': 'lisbon' },
      timeZone: 'Europe/London',
    };
    const csv = ['Brand,Priority,Created at,First reply time in minutes,Assignee email,Group', 'acme uk,urgent,2026-01-12 09:00,30,ana@example.com,Lisbon Team'].join('\n');
    expect(messagesOf(csv, { ...setup, mapping }).messages).toEqual([
      { marketplaceId: 'amazon-uk', classId: 'urgent', receivedUtcMs: at('2026-01-12T09:00:00Z'), firstReplyUtcMs: at('2026-01-12T09:30:00Z'), agent: 'ana@example.com', siteId: 'lisbon' },
    ]);
  });

  it('freshdesk: "Created time" and "First response time" as timestamps', () => {
    const csv = [
      'Ticket ID,Subject,Status,Priority,Product,Created time,First response time,Agent,Group',
      '1,Hi,Open,High,amazon-uk,2026-09-07 10:00:00 +0100,2026-09-07 10:45:00 +0100,Rui Costa,manila',
      '2,Hallo,Open,Low,amazon-uk,2026-09-07 11:00:00 +0100,,,',
    ].join('\n');
    expect(messagesOf(csv, { ...setup, mapping: HELPDESK_LAYOUTS.freshdesk }).messages).toEqual([
      { marketplaceId: 'amazon-uk', classId: null, receivedUtcMs: at('2026-09-07T09:00:00Z'), firstReplyUtcMs: at('2026-09-07T09:45:00Z'), agent: 'Rui Costa', siteId: 'manila' },
      { marketplaceId: 'amazon-uk', classId: null, receivedUtcMs: at('2026-09-07T10:00:00Z'), firstReplyUtcMs: null, agent: null, siteId: null },
    ]);
  });

  it('gorgias: "Created Datetime", "First Response Datetime", "Assignee User Email", "Integration"', () => {
    const csv = [
      'Ticket Id,Channel,Integration,Created Datetime,First Response Datetime,Assignee User Email',
      '9,email,amazon-us,2026-09-07T10:00:00.000Z,2026-09-07T10:20:00.000Z,ana@example.com',
    ].join('\n');
    expect(messagesOf(csv, { ...setup, mapping: HELPDESK_LAYOUTS.gorgias }).messages).toEqual([
      { marketplaceId: 'amazon-us', classId: null, receivedUtcMs: at('2026-09-07T10:00:00Z'), firstReplyUtcMs: at('2026-09-07T10:20:00Z'), agent: 'ana@example.com', siteId: null },
    ]);
  });

  it('edesk: "Channel" naming the marketplace by its domain, "Received", "First Reply", "User"', () => {
    const csv = ['Channel,Received,First Reply,User', 'Amazon.com,2026-09-07T10:00:00-04:00,2026-09-07T12:00:00-04:00,ana', 'amazon.co.uk,2026-09-07T10:00:00+01:00,,'].join('\n');
    expect(messagesOf(csv, { ...setup, mapping: HELPDESK_LAYOUTS.edesk }).messages).toEqual([
      { marketplaceId: 'amazon-us', classId: null, receivedUtcMs: at('2026-09-07T14:00:00Z'), firstReplyUtcMs: at('2026-09-07T16:00:00Z'), agent: 'ana', siteId: null },
      { marketplaceId: 'amazon-uk', classId: null, receivedUtcMs: at('2026-09-07T09:00:00Z'), firstReplyUtcMs: null, agent: null, siteId: null },
    ]);
  });

  it('amazon-bsm: "Marketplace", "Message Received Date", "Response Date", no agent', () => {
    const csv = ['Order ID,Marketplace,Message Received Date,Response Date', '111-222,Amazon.co.uk,2026-09-07T08:00:00Z,2026-09-07T20:00:00Z'].join('\n');
    expect(messagesOf(csv, { ...setup, mapping: HELPDESK_LAYOUTS['amazon-bsm'] }).messages).toEqual([
      { marketplaceId: 'amazon-uk', classId: null, receivedUtcMs: at('2026-09-07T08:00:00Z'), firstReplyUtcMs: at('2026-09-07T20:00:00Z'), agent: null, siteId: null },
    ]);
  });

  it('a mapping with a timestamp format, in its own time zone', () => {
    const mapping: ActualsColumnMapping = {
      name: 'uk-desk',
      columns: { marketplace: 'Shop', receivedAt: 'Opened', firstReplyAt: 'Answered' },
      timestampFormat: 'dd/MM/yyyy HH:mm',
      timeZone: 'Europe/London',
    };
    // London is on BST (UTC+1) on 7 September 2026, on GMT on 12 January
    const csv = ['Shop,Opened,Answered', 'amazon-uk,07/09/2026 10:00,07/09/2026 13:30', 'amazon-uk,12/01/2026 10:00,'].join('\n');
    expect(messagesOf(csv, { ...setup, mapping }).messages.map((m) => [m.receivedUtcMs, m.firstReplyUtcMs])).toEqual([
      [at('2026-09-07T09:00:00Z'), at('2026-09-07T12:30:00Z')],
      [at('2026-01-12T10:00:00Z'), null],
    ]);
    expect(errorsOf('Shop,Opened,Answered\namazon-uk,2026-09-07 10:00,\n', { ...setup, mapping })).toEqual([
      { row: 2, field: 'Opened', message: 'Opened "2026-09-07 10:00" does not match the timestamp format "dd/MM/yyyy HH:mm" of the mapping "uk-desk"' },
    ]);
  });
});

describe('parseActualsCsv — time zones and DST', () => {
  const header = 'marketplace,received_at,first_reply_at';

  it('reads local times in the given zone on both sides of the spring change (New York, 8 March 2026)', () => {
    const csv = [header, 'amazon-us,2026-03-08 01:30,2026-03-08 03:15', 'amazon-us,2026-03-08T04:10:00,'].join('\n');
    // 01:30 EST = 06:30Z; 03:15 EDT = 07:15Z (45 minutes later); 04:10 EDT = 08:10Z
    expect(messagesOf(csv, { ...native, timeZone: 'America/New_York' }).messages.map((m) => [m.receivedUtcMs, m.firstReplyUtcMs])).toEqual([
      [at('2026-03-08T06:30:00Z'), at('2026-03-08T07:15:00Z')],
      [at('2026-03-08T08:10:00Z'), null],
    ]);
  });

  it('refuses a local time in the spring-forward gap: it never showed on the clock', () => {
    expect(errorsOf(`${header}\namazon-us,2026-03-08 02:30,\n`, { ...native, timeZone: 'America/New_York' })).toEqual([
      {
        row: 2,
        field: 'received_at',
        message:
          'received_at "2026-03-08 02:30" never showed on the clocks in America/New_York: it falls in the gap when the clocks went forward; check the file\'s time zone, or write the time with its UTC offset',
      },
    ]);
  });

  it('reads the repeated autumn hour at its first occurrence, and a reply at its second when only that comes after the message', () => {
    const csv = [header, 'amazon-us,2026-11-01 01:30,2026-11-01 01:50', 'amazon-us,2026-11-01 01:50,2026-11-01 01:10', 'amazon-us,2026-11-01 02:30,'].join('\n');
    // 01:30 EDT = 05:30Z, reply 01:50 EDT = 05:50Z; 01:50 EDT = 05:50Z, reply 01:10 can only be EST = 06:10Z; 02:30 EST = 07:30Z
    expect(messagesOf(csv, { ...native, timeZone: 'America/New_York' }).messages.map((m) => [m.receivedUtcMs, m.firstReplyUtcMs])).toEqual([
      [at('2026-11-01T05:30:00Z'), at('2026-11-01T05:50:00Z')],
      [at('2026-11-01T05:50:00Z'), at('2026-11-01T06:10:00Z')],
      [at('2026-11-01T07:30:00Z'), null],
    ]);
  });

  it('reads a zone with a half-hour offset (India, UTC+05:30) and the mapping\'s zone when none is given', () => {
    const mapping = { ...HELPDESK_LAYOUTS.followsun, timeZone: 'Asia/Kolkata' };
    expect(messagesOf(`${header}\namazon-us,2026-09-07 10:15,2026-09-07 10:45\n`, { ...setup, mapping }).messages.map((m) => [m.receivedUtcMs, m.firstReplyUtcMs])).toEqual([
      [at('2026-09-07T04:45:00Z'), at('2026-09-07T05:15:00Z')],
    ]);
    // the option overrides the mapping's zone
    expect(messagesOf(`${header}\namazon-us,2026-09-07 10:15,\n`, { ...setup, mapping, timeZone: 'UTC' }).messages[0].receivedUtcMs).toBe(at('2026-09-07T10:15:00Z'));
  });

  it('asks for a time zone when a timestamp has no offset and none was given', () => {
    expect(errorsOf(`${header}\namazon-us,2026-03-08 01:30,\n`)).toEqual([
      {
        row: 2,
        field: 'received_at',
        message:
          'received_at "2026-03-08 01:30" has no UTC offset and no time zone was given for the file; add the offset (such as 2026-03-08T14:05:00-05:00 or 2026-03-08T19:05:00Z) or choose the time zone the times are written in',
      },
    ]);
  });

  it('refuses an unknown time zone', () => {
    expect(errorsOf(`${header}\namazon-us,2026-03-08 01:30,\n`, { ...native, timeZone: 'Mars/Olympus' })).toEqual([
      { row: 0, field: null, message: 'the time zone "Mars/Olympus" is not an IANA time zone; use a name such as "America/New_York"' },
    ]);
  });
});

describe('parseActualsCsv — all or nothing', () => {
  it('reports every bad row with its line, the file\'s column and the reason, and returns no messages', () => {
    const csv = [
      'Marketplace,Received At,First Reply At,Class,Agent,Site',
      'amazon-fr,2026-09-07T10:00:00Z,,,,',
      'amazon-uk,2026-09-07T10:00:00Z,,no-reply,,',
      'amazon-us,08/09/2026 10:00,,,,',
      'amazon-us,2026-02-30T10:00:00Z,,,,',
      'amazon-us,2026-09-07T10:00:00Z,2026-09-07T09:59:00Z,,,',
      'amazon-us,2026-09-07T10:00:00Z,,,ana,porto',
      ',2026-09-07T10:00:00Z,,,,',
      'amazon-us,2026-09-07T10:00:00Z,,,',
      'amazon-us,2026-09-07T10:00:00Z,2026-09-07T10:30:00Z,urgent,ana,lisbon',
    ].join('\n');
    const result = parseActualsCsv(csv, native);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 2, field: 'Marketplace', message: 'unknown marketplace "amazon-fr"; known: amazon-us, amazon-uk (a mapping file\'s marketplaceValues can map other export values to these ids)' },
        { row: 3, field: 'Class', message: 'unknown class "no-reply" for marketplace "amazon-uk"; known: urgent, standard (a mapping file\'s classValues can map other export values to these ids)' },
        { row: 4, field: 'Received At', message: 'Received At "08/09/2026 10:00" is not a timestamp; expected ISO 8601 such as 2026-03-08T14:05:00-05:00 or 2026-03-08T19:05:00Z' },
        {
          row: 5,
          field: 'Received At',
          message: 'Received At "2026-02-30T10:00:00Z" is not a real date and time; expected an ISO 8601 timestamp such as 2026-03-08T14:05:00-05:00 or 2026-03-08T19:05:00Z',
        },
        {
          row: 6,
          field: 'First Reply At',
          message: 'First Reply At "2026-09-07T09:59:00Z" is before the message was received (Received At "2026-09-07T10:00:00Z"); a first reply comes after the message',
        },
        {
          row: 7,
          field: 'Site',
          message: 'unknown site "porto"; known: lisbon, manila (map the export\'s values to site ids with siteValues in a mapping file, or leave the site column out of it)',
        },
        { row: 8, field: 'Marketplace', message: 'the marketplace is empty; known: amazon-us, amazon-uk' },
        { row: 9, field: null, message: 'line 9 has 5 fields but the header has 6' },
      ],
    });
  });

  it('names a marketplace value the mapping maps to a marketplace that is not set up', () => {
    const csv = ['Channel,Received,First Reply,User', 'Amazon.fr,2026-09-07T10:00:00Z,,'].join('\n');
    expect(errorsOf(csv, { ...setup, mapping: HELPDESK_LAYOUTS.edesk })).toEqual([
      { row: 2, field: 'Channel', message: '"Amazon.fr" is marketplace "amazon-fr" by the mapping "edesk", which is not set up; known: amazon-us, amazon-uk' },
    ]);
  });

  it('refuses negative and non-numeric reply minutes', () => {
    const csv = ['Brand,Created at,First reply time in minutes', 'amazon-us,2026-09-07T10:00:00Z,-5', 'amazon-us,2026-09-07T10:00:00Z,1h'].join('\n');
    expect(errorsOf(csv, { ...setup, mapping: HELPDESK_LAYOUTS.zendesk })).toEqual([
      { row: 2, field: 'First reply time in minutes', message: 'First reply time in minutes "-5" is negative; the minutes from receipt to the first reply are 0 or more' },
      {
        row: 3,
        field: 'First reply time in minutes',
        message: 'First reply time in minutes "1h" is not a number of minutes; expected a number 0 or more, or nothing for a message not answered',
      },
    ]);
  });

  it('explains a header without a needed column, an empty file and a file without rows', () => {
    expect(errorsOf('Brand,Created,Assignee email\n', { ...setup, mapping: HELPDESK_LAYOUTS.zendesk })).toEqual([
      {
        row: 1,
        field: 'Created at',
        message: 'the header has no column "Created at" (the receivedAt of layout "zendesk"); the file\'s columns are "Brand", "Created", "Assignee email"; if your export names it differently, write a mapping file',
      },
      {
        row: 1,
        field: 'First reply time in minutes',
        message:
          'the header has no column "First reply time in minutes" (the firstReplyMinutes of layout "zendesk"); the file\'s columns are "Brand", "Created", "Assignee email"; if your export names it differently, write a mapping file',
      },
    ]);
    expect(errorsOf('')).toEqual([
      {
        row: 0,
        field: null,
        message: 'the file is empty; its first line must be a header naming the columns "marketplace", "received_at", "first_reply_at", "class", "agent", "site" (layout "followsun")',
      },
    ]);
    expect(errorsOf('marketplace,received_at,first_reply_at\n')).toEqual([{ row: 0, field: null, message: 'the file has a header but no rows' }]);
  });

  it('refuses a header with two columns that read as the same one', () => {
    expect(errorsOf('marketplace,received_at,Received At,first_reply_at\n')).toEqual([
      { row: 1, field: 'Received At', message: 'the header has 2 columns that read as "received_at" ("received_at", "Received At"); keep one or name another in a mapping file' },
    ]);
  });

  it('reports malformed CSV lines in plain words', () => {
    const csv = ['marketplace,received_at,first_reply_at', 'amazon-us,2026-09-07T10:"0"6:00Z,', 'amazon-us,2026-09-07T10:07:00Z,'].join('\n');
    expect(errorsOf(csv)).toEqual([
      { row: 2, field: null, message: 'line 2 is not valid CSV: a " appears inside a field that does not start with one; quote the whole field and write the inner " as ""' },
    ]);
  });

  it('rejects bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('marketplace,received_at,first_reply_at\namazon-us,2026-09-07T10:00:00Z,Caf'), 0xe9, 0x0a]);
    expect(errorsOf(bytes)).toEqual([
      { row: 0, field: null, message: 'the file is not UTF-8 text (invalid byte at offset 73, line 2); save it as UTF-8 and upload again' },
    ]);
  });

  it('refuses a file spanning more than four years (a mistyped year)', () => {
    const csv = 'marketplace,received_at,first_reply_at\namazon-us,2026-09-07T10:05:00Z,\namazon-us,2016-09-07T10:05:00Z,\n';
    expect(errorsOf(csv)[0].message).toMatch(/^the file spans 3652 days, from 2016-09-07T10:05:00Z to 2026-09-07T10:05:00Z/);
  });

  it('collects every bad row, capped with a count of the rest', () => {
    const rows = Array.from({ length: MAX_ERRORS + 20 }, () => 'ebay-de,2026-09-07T10:00:00Z,');
    const errors = errorsOf(['marketplace,received_at,first_reply_at', ...rows].join('\n'));
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[0]).toEqual({ row: 2, field: 'marketplace', message: expect.stringContaining('unknown marketplace "ebay-de"') });
    expect(errors[MAX_ERRORS - 1].row).toBe(MAX_ERRORS + 1);
    expect(errors[MAX_ERRORS]).toEqual({ row: 0, field: null, message: '… and 20 more problems' });
  });
});

describe('parseActualsCsv — size', () => {
  const csv = (rows: number) => ['marketplace,received_at,first_reply_at', ...Array.from({ length: rows }, () => 'amazon-us,2026-09-07T10:00:00Z,')].join('\n');

  it('takes a file of exactly the row limit and refuses one row more, saying how many it has and how many fit', () => {
    expect(messagesOf(csv(3), { ...native, maxRows: 3 }).rows).toBe(3);
    expect(parseActualsCsv(csv(4), { ...native, maxRows: 3 })).toEqual({
      ok: false,
      tooManyRows: { rows: 4, limit: 3 },
      errors: [{ row: 0, field: null, message: 'the file has 4 rows; one import takes at most 3: split it by date and import the parts one after the other' }],
    });
  });

  it('reads 200,000 local-time rows in a few seconds (one zone look-up per local hour, not per row)', () => {
    const start = Date.parse('2026-04-01T00:00:00Z'); // local wall times from 1 April, all on EDT (UTC−4)
    const lines = ['marketplace,received_at,first_reply_at,agent'];
    for (let i = 0; i < 200_000; i++) {
      const received = new Date(start + i * 13_000).toISOString().slice(0, 19).replace('T', ' ');
      const reply = new Date(start + i * 13_000 + 600_000).toISOString().slice(0, 19).replace('T', ' ');
      lines.push(`amazon-us,${received},${reply},agent-${i % 7}`);
    }
    const began = Date.now();
    const result = messagesOf(lines.join('\n'), { ...native, timeZone: 'America/New_York' });
    const seconds = (Date.now() - began) / 1000;
    expect(result.rows).toBe(200_000);
    // 2026-04-01 00:00 EDT = 04:00Z; the last row is 199,999 × 13 s later: 2026-05-01 02:13:07 EDT
    expect(result.spans[0]).toEqual({ marketplaceId: 'amazon-us', firstUtcMs: at('2026-04-01T04:00:00Z'), lastUtcMs: at('2026-05-01T06:13:07Z'), messages: 200_000 });
    expect(seconds).toBeLessThan(20);
  });
});

describe('createActualsCsvReader — a file read as it arrives', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  function readInChunks(bytes: Uint8Array, size: number, options: ActualsCsvOptions = native) {
    const reader = createActualsCsvReader(options);
    for (let at = 0; at < bytes.length; at += size) reader.push(bytes.subarray(at, at + size));
    return reader.finish();
  }

  /** A BOM, CRLF, 2-, 3- and 4-byte characters and quoted fields over several lines, in a column the layout ignores and in the agent's. */
  const header = '\uFEFFmarketplace,received_at,first_reply_at,class,agent,site,note\r\n';
  const rows = Array.from({ length: 3000 }, (_, i) => {
    const minute = String(i % 60).padStart(2, '0');
    const hour = String(Math.floor(i / 60) % 24).padStart(2, '0');
    const agent = i % 3 === 0 ? `"José ""Zé""\nSantos"` : i % 3 === 1 ? '李娜' : '';
    return `amazon-${i % 2 ? 'us' : 'uk'},2026-09-07T${hour}:${minute}:00Z,${i % 4 ? `2026-09-08T${hour}:${minute}:00Z` : ''},${i % 2 ? 'urgent' : 'standard'},${agent},${i % 5 ? 'lisbon' : ''},"Où est mon colis 📦?\r\nMerci, ça presse"`;
  });
  const good = encode(header + rows.join('\r\n') + '\r\n');

  it.each([1, 7, 4096])('gives for chunks of %i bytes exactly what it gives for the whole file', (size) => {
    const whole = parseActualsCsv(good, native);
    expect(whole).toMatchObject({ ok: true, rows: 3000 });
    expect(good.length).toBeGreaterThan(4 * 4096);
    expect(readInChunks(good, size)).toEqual(whole);
  });

  it.each([1, 7, 4096])('reports the same problems for chunks of %i bytes: bad rows, a bad CSV line and a quote left open', (size) => {
    const bad = encode(
      [
        'marketplace,received_at,first_reply_at,agent,note',
        'ebay-de,2026-09-07T10:00:00Z,,"Zoë",x',
        'amazon-us,2026-09-07T25:00:00Z,,,"a ""quoted"" note"',
        ...rows.slice(0, 1500).map((row) => row.split(',').slice(0, 3).join(',') + ',,'),
        'amazon-us,2026-09-07T10:00:00Z,,x"y,z',
        'amazon-us,2026-09-07T10:00:00Z,,,"never closed 📦',
        'amazon-us,2026-09-07T10:00:00Z,,,',
      ].join('\n'),
    );
    const whole = parseActualsCsv(bad, native);
    expect(whole.ok).toBe(false);
    expect(whole.ok ? [] : whole.errors.map((error) => error.row)).toEqual([2, 3, 1504, 1504]);
    expect(readInChunks(bad, size)).toEqual(whole);
  });

  it.each([1, 7, 4096])('reports a byte that is not UTF-8 (chunks of %i bytes) by its offset and line in the whole file, as for the whole file', (size) => {
    const text = encode(header + rows.slice(0, 200).join('\r\n') + '\r\n');
    const latin1 = new Uint8Array([...text, ...encode('amazon-us,2026-09-07T10:00:00Z,,,,,Caf'), 0xe9, 0x0a]);
    const cutAtTheEnd = new Uint8Array([...text, ...encode('amazon-us,2026-09-07T10:00:00Z,,,,,'), 0xe2, 0x82]);
    const strayContinuation = new Uint8Array([...encode('marketplace,received_at,first_reply_at\n'), 0x80, ...text]);
    expect(text.length).toBeGreaterThan(4096);
    for (const bytes of [latin1, cutAtTheEnd, strayContinuation]) {
      const whole = parseActualsCsv(bytes, native);
      expect(whole).toEqual({ ok: false, errors: [{ row: 0, field: null, message: expect.stringMatching(/^the file is not UTF-8 text \(invalid byte at offset \d+, line \d+\)/) }] });
      expect(readInChunks(bytes, size)).toEqual(whole);
    }
    const line = text.filter((byte) => byte === 0x0a).length + 1;
    expect(parseActualsCsv(latin1, native)).toMatchObject({ errors: [{ message: expect.stringContaining(`offset ${text.length + 38}, line ${line}`) }] });
    expect(parseActualsCsv(cutAtTheEnd, native)).toMatchObject({ errors: [{ message: expect.stringContaining(`offset ${text.length + 35}, line ${line}`) }] });
  });

  it('stops reading a file once it has more rows than one import takes, and says so', () => {
    const reader = createActualsCsvReader({ ...native, maxRows: 100 });
    const lines = encode(['marketplace,received_at,first_reply_at', ...Array.from({ length: 1000 }, () => 'amazon-us,2026-09-07T10:00:00Z,')].join('\n'));
    let pushed = 0;
    while (!reader.settled && pushed < lines.length) {
      reader.push(lines.subarray(pushed, pushed + 512));
      pushed += 512;
    }
    expect(pushed).toBeLessThan(lines.length / 2);
    reader.push(lines.subarray(pushed));
    expect(reader.finish()).toEqual({
      ok: false,
      tooManyRows: { rows: expect.any(Number), limit: 100 },
      errors: [{ row: 0, field: null, message: 'the file has more than 100 rows; one import takes at most 100: split it by date and import the parts one after the other' }],
    });
  });

  it('is settled at once by a bad mapping or time zone, and reads text parts too', () => {
    expect(createActualsCsvReader({ ...native, timeZone: 'Mars/Olympus' }).settled).toBe(true);
    const reader = createActualsCsvReader(native);
    for (const part of ['\uFEFFmarketplace,received_at,first', '_reply_at\namazon-us,2026-09-07T10:0', '0:00Z,\n']) reader.push(part);
    expect(reader.finish()).toMatchObject({ ok: true, rows: 1, messages: [{ marketplaceId: 'amazon-us', receivedUtcMs: at('2026-09-07T10:00:00Z') }] });
  });
});
