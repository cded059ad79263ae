import { HistoryCsvParser, PARSE_IN_WORKER_FROM_BYTES } from '../../apps/api/src/history/history-csv.parser';
import { TestApp, startTestApp } from './support/test-app';
import { smallScenario } from './support/fixtures';

interface CsvIssue {
  row: number;
  field: string | null;
  message: string;
}

// smallScenario() holds amazon-us history without class: 2026-02-23T00Z … 02-24T23Z, hour h of a day = h + 1 messages.

const PER_MESSAGE_CSV = [
  'received_at,marketplace,class',
  // 09:05 and 09:40 in New York (EST, UTC-5) fall in the 14:00Z hour, 11:59 in the 16:00Z hour
  '2026-03-02 09:05,amazon-us,standard',
  '2026-03-02 09:40,amazon-us,standard',
  '2026-03-02 11:59,amazon-us,urgent',
  '2026-03-02T16:10:00Z,amazon-us,standard',
].join('\n');

const HOURLY_CSV = ['hour_start,marketplace,count', '2026-02-23T05:00:00Z,amazon-us,100', '2026-02-23T07:00:00Z,amazon-us,70', ''].join('\n');

describe('message history over HTTP', () => {
  let t: TestApp;
  const exportText = async () => (await t.http().get('/api/scenario/export').expect(200)).text;

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(smallScenario()).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports one row per message sent as text/csv, local times read in ?timeZone', async () => {
    const response = await t
      .http()
      .post('/api/history/import?timeZone=America/New_York')
      .set('Content-Type', 'text/csv')
      .send(PER_MESSAGE_CSV)
      .expect(200);
    expect(response.body).toEqual({
      rows: 4,
      format: 'messages',
      span: "one row per message: every hour from 2026-03-02T14:00:00Z to 2026-03-02T16:00:00Z (the file's first to last message) is counted; 3 hour(s) without a message were stored as 0, a quiet hour rather than a gap",
      // the 15:00Z hour has no message of either class, nor the 14:00Z and 16:00Z hours any urgent one: zeros
      series: [
        { marketplaceId: 'amazon-us', classId: 'standard', from: '2026-03-02T14:00:00Z', to: '2026-03-02T16:00:00Z', hours: 3, total: 3, zeroHours: 1, missingHours: 0 },
        { marketplaceId: 'amazon-us', classId: 'urgent', from: '2026-03-02T14:00:00Z', to: '2026-03-02T16:00:00Z', hours: 3, total: 1, zeroHours: 2, missingHours: 0 },
      ],
    });
    const stored = await t.http().get('/api/history?marketplaceId=amazon-us&classId=standard').expect(200);
    expect(stored.body).toEqual([{ marketplaceId: 'amazon-us', classId: 'standard', start: '2026-03-02T14:00:00Z', counts: [2, 0, 1] }]);
  });

  it('imports hourly counts as a multipart file, replacing the same hours and keeping the others', async () => {
    const response = await t
      .http()
      .post('/api/history/import')
      .attach('file', Buffer.from(HOURLY_CSV), { filename: 'hourly.csv', contentType: 'text/csv' })
      .expect(200);
    expect(response.body).toEqual({
      rows: 2,
      format: 'hourly',
      span: 'hourly counts from 2026-02-23T05:00:00Z to 2026-02-23T07:00:00Z: 1 hour(s) without a row were left missing, not 0; an hour of the week that never has a row is forecast as closed',
      series: [{ marketplaceId: 'amazon-us', classId: null, from: '2026-02-23T05:00:00Z', to: '2026-02-23T07:00:00Z', hours: 2, total: 170, zeroHours: 0, missingHours: 1 }],
    });
    const window = await t
      .http()
      .get('/api/history')
      .query({ marketplaceId: 'amazon-us', from: '2026-02-23T04:00:00Z', to: '2026-02-23T08:00:00Z' })
      .expect(200);
    expect(window.body).toEqual([{ marketplaceId: 'amazon-us', classId: null, start: '2026-02-23T04:00:00Z', counts: [5, 100, 7, 70, 9] }]);
  });

  it('summarises what is stored per marketplace and class', async () => {
    const response = await t.http().get('/api/history/summary').expect(200);
    expect(response.body).toEqual([
      // 2 × (1 + … + 24) = 600, with hour 05 (6 → 100) and hour 07 (8 → 70) of the first day replaced
      { marketplaceId: 'amazon-us', classId: null, from: '2026-02-23T00:00:00Z', to: '2026-02-24T23:00:00Z', hours: 48, total: 756 },
      { marketplaceId: 'amazon-us', classId: 'standard', from: '2026-03-02T14:00:00Z', to: '2026-03-02T16:00:00Z', hours: 3, total: 3 },
      { marketplaceId: 'amazon-us', classId: 'urgent', from: '2026-03-02T14:00:00Z', to: '2026-03-02T16:00:00Z', hours: 3, total: 1 },
    ]);
  });

  describe('a bad file gets a 400 naming row, field and reason, and writes nothing', () => {
    let before: string;
    beforeAll(async () => {
      before = await exportText();
    });
    afterEach(async () => {
      expect(await exportText()).toBe(before);
    });

    /** The common 400 of a bad CSV: every issue listed, the first one spelled out in `message`. */
    function expectCsvRejection(body: { statusCode: number; error: string; message: string; issues: CsvIssue[] }, first: CsvIssue) {
      expect(body.statusCode).toBe(400);
      expect(body.error).toBe('Bad Request');
      expect(body.issues[0]).toEqual(first);
      const count = body.issues.length;
      const where = first.row > 0 ? `row ${first.row}${first.field ? ` (${first.field})` : ''}: ` : '';
      expect(body.message).toBe(`history CSV has ${count} error${count === 1 ? '' : 's'}: ${where}${body.issues[0].message}`);
    }

    it('an unknown marketplace in a row (after a good row)', async () => {
      const csv = 'received_at,marketplace\n2026-03-03T10:00:00Z,amazon-us\n2026-03-03T11:00:00Z,amazon-fr\n';
      const response = await t.http().post('/api/history/import').set('Content-Type', 'text/csv').send(csv).expect(400);
      expectCsvRejection(response.body, { row: 3, field: 'marketplace', message: 'unknown marketplace "amazon-fr"; known: amazon-us' });
      expect(response.body.issues).toHaveLength(1);
    });

    it('a malformed CSV line (more fields than the header)', async () => {
      const csv = 'received_at,marketplace\n2026-03-03T10:00:00Z,amazon-us\n2026-03-03T11:00:00Z,amazon-us,urgent\n2026-03-03T12:00:00Z,amazon-us\n';
      const response = await t.http().post('/api/history/import').set('Content-Type', 'text/csv').send(csv).expect(400);
      expectCsvRejection(response.body, { row: 3, field: null, message: 'line 3 has 3 fields but the header has 2' });
      expect(response.body.issues).toHaveLength(1);
    });

    it('a malformed CSV line (broken quoting)', async () => {
      const csv = 'received_at,marketplace\n2026-03-03T10:00:00Z,amazon-us\n"2026-03-03T11:00:00Z"x,amazon-us\n2026-03-03T12:00:00Z,amazon-us\n';
      const response = await t.http().post('/api/history/import').set('Content-Type', 'text/csv').send(csv).expect(400);
      expectCsvRejection(response.body, { row: 3, field: null, message: expect.stringMatching(/^line 3 is not valid CSV: a closing " is followed by other characters/) });
    });

    it('a file that is not UTF-8 (Latin-1 "é")', async () => {
      const prefix = Buffer.from('received_at,marketplace,class\n2026-03-03T10:00:00Z,amazon-us,standard\n2026-03-03T11:00:00Z,amazon-us,caf');
      const latin1 = Buffer.concat([prefix, Buffer.from([0xe9]), Buffer.from('\n')]);
      expect(prefix.length).toBe(104); // the offset of the bad byte
      const response = await t.http().post('/api/history/import').set('Content-Type', 'text/csv').send(latin1).expect(400);
      expectCsvRejection(response.body, {
        row: 0,
        field: null,
        message: 'the file is not UTF-8 text (invalid byte at offset 104, line 3); save it as UTF-8 and upload again',
      });
    });

    it('an invalid ?timeZone', async () => {
      const response = await t.http().post('/api/history/import?timeZone=Europe/Londn').set('Content-Type', 'text/csv').send(PER_MESSAGE_CSV).expect(400);
      expect(response.body.issues).toEqual([
        { path: 'timeZone', message: '"Europe/Londn" is not an IANA time zone; use a name such as "America/New_York".' },
      ]);
    });

    it('no file at all', async () => {
      const response = await t.http().post('/api/history/import').expect(400);
      expect(response.body.message).toMatch(/^request is invalid: No CSV received/);
    });

    it('dropping a class that has history from its marketplace (409)', async () => {
      const scenario = smallScenario();
      const [noReply, , urgent] = scenario.marketplaces[0].classes;
      const response = await t
        .http()
        .put('/api/marketplaces/amazon-us')
        .send({ ...scenario.marketplaces[0], classes: [noReply, { ...urgent, share: 0.9 }] })
        .expect(409);
      expect(response.body.message).toBe(
        'class "standard" of marketplace "amazon-us" has 3 hours of message history; delete it first ' +
          '(DELETE /api/history?marketplaceId=amazon-us&classId=standard) or keep the class',
      );
    });
  });

  it('answers 413 with the limit when a file has more rows than one import takes, and writes nothing', async () => {
    const before = (await t.http().get('/api/history/summary').expect(200)).body;
    // the real limit is 2,000,000 rows (about 46 MB of the shortest rows); the parser is asked for a small one
    const parser = t.app.get(HistoryCsvParser);
    const parse = parser.parse.bind(parser);
    const spy = jest.spyOn(parser, 'parse').mockImplementation((content, options) => parse(content, { ...options, maxRows: 2 }));
    try {
      const response = await t.http().post('/api/history/import').set('Content-Type', 'text/csv').send(PER_MESSAGE_CSV).query({ timeZone: 'America/New_York' }).expect(413);
      expect(response.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'history CSV is too large: the file has 4 rows; one import takes at most 2: split it by date and import the parts one after the other.',
      });
    } finally {
      spy.mockRestore();
    }
    expect((await t.http().get('/api/history/summary').expect(200)).body).toEqual(before);
  });

  it('deletes one class of a marketplace’s history', async () => {
    await t.http().delete('/api/history?marketplaceId=amazon-us&classId=urgent').expect(200, { deletedHours: 3 });
    const summary = await t.http().get('/api/history/summary').expect(200);
    expect(summary.body.map((s: { classId: string | null }) => s.classId)).toEqual([null, 'standard']);
  });

  it('names what is missing when deleting', async () => {
    await t.http().delete('/api/history?marketplaceId=amazon-fr').expect(404, { statusCode: 404, error: 'Not Found', message: 'marketplace "amazon-fr" not found' });
    const response = await t.http().delete('/api/history').expect(400);
    expect(response.body.issues).toEqual([{ path: 'marketplaceId', message: 'Name the marketplace whose history to delete: ?marketplaceId=…' }]);
  });

  it('deleting a marketplace deletes its history with it', async () => {
    await t.http().delete('/api/events/prime-day').expect(204);
    await t.http().delete('/api/marketplaces/amazon-us').expect(204);
    await t.http().get('/api/history/summary').expect(200, []);
  });
});

describe('history imports into an empty history', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send({ ...smallScenario(), history: [] }).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('concurrent imports of the same hours', () => {
    /** 500 unclassified hours from 2026-03-02T00Z, `count` messages each. */
    const hoursCsv = (count: number) =>
      ['hour_start,marketplace,count', ...Array.from({ length: 500 }, (_, h) => `${new Date(Date.UTC(2026, 2, 2, h)).toISOString().replace('.000', '')},amazon-us,${count}`), ''].join('\n');

    it('store every hour once (the unclassified series too), the later write winning each hour', async () => {
      const imports = [3, 4, 5].map((count) => t.http().post('/api/history/import').set('Content-Type', 'text/csv').send(hoursCsv(count)));
      const answers = await Promise.all(imports);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      const { body: summary } = await t.http().get('/api/history/summary').expect(200);
      expect(summary).toHaveLength(1);
      expect(summary[0]).toMatchObject({ marketplaceId: 'amazon-us', classId: null, from: '2026-03-02T00:00:00Z', hours: 500 });
      // each hour holds one import's count: the total is 500 × 3, 4 or 5, never a sum of two
      expect([1500, 2000, 2500]).toContain(summary[0].total);
    });
  });

  describe('a large history file', () => {
    /** One row per message: `perHour` messages in each of `hours` hours from 2026-03-02T00Z, over PARSE_IN_WORKER_FROM_BYTES in all. */
    const messagesCsv = (hours: number, perHour: number, badRow?: number) => {
      const rows = ['received_at,marketplace,class'];
      for (let h = 0; h < hours; h++) {
        for (let m = 0; m < perHour; m++) rows.push(`${new Date(Date.UTC(2026, 2, 2, h, m % 60)).toISOString().replace('.000', '')},amazon-us,standard`);
      }
      if (badRow !== undefined) rows[badRow - 1] = 'yesterday,amazon-us,standard';
      return rows.join('\n') + '\n';
    };

    it('is read in a worker thread, off the event loop, with the same report as a small one', async () => {
      const parser = t.app.get(HistoryCsvParser);
      const csv = messagesCsv(500, 100);
      expect(Buffer.byteLength(csv)).toBeGreaterThan(PARSE_IN_WORKER_FROM_BYTES);
      const parses = parser.workerParses;
      const { body } = await t.http().post('/api/history/import').set('Content-Type', 'text/csv').send(csv).expect(200);
      expect(parser.workerParses).toBe(parses + 1);
      expect(body).toMatchObject({ rows: 50_000, format: 'messages', series: [expect.objectContaining({ marketplaceId: 'amazon-us', classId: 'standard', hours: 500, total: 50_000 })] });
    });

    it('names the bad row of a large file and writes nothing', async () => {
      const before = (await t.http().get('/api/history/summary').expect(200)).body;
      const response = await t.http().post('/api/history/import').set('Content-Type', 'text/csv').send(messagesCsv(500, 100, 40_000)).expect(400);
      expect(response.body.issues[0]).toMatchObject({ row: 40_000, field: 'received_at' });
      expect((await t.http().get('/api/history/summary').expect(200)).body).toEqual(before);
    });
  });
});
