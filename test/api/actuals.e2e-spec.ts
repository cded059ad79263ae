import { once } from 'events';
import { request as httpRequest, type Server } from 'http';
import type { AddressInfo } from 'net';
import { DataSource } from 'typeorm';
import { actualsToCsv, type GeneratedActuals, type MonitorReport } from '@app/actuals';
import { ActualsCsvParser } from '../../apps/api/src/actuals/actuals-csv.parser';
import { BODY_LIMIT_MB } from '../../apps/api/src/common/body-limit';
import { Clock } from '../../apps/api/src/common/clock';
import { buildDataSourceOptions } from '../../apps/api/src/database/data-source-options.factory';
import { MIGRATIONS } from '../../apps/api/src/database/entities';
import { MonitorService } from '../../apps/api/src/monitor/monitor.service';
import { PlanningDataModule } from '../../apps/api/src/planning-data.module';
import { PlanRepository } from '../../apps/api/src/plans/plan.repository';
import { RefreshScheduler } from '../../apps/api/src/refresh/refresh.scheduler';
import { HOUR, PLAN_ID, WEEK_HOURS, WEEK_START, actualsSetup, generatedWeek, plannedBacklog, weekPlan } from './actuals-setup.fixture';
import { streamJob } from './forecasts-job-events.fixture';
import { SHENZHEN_AGENTS } from './shenzhen-team.fixture';
import { TestApp, startTestApp } from './support/test-app';
import { TestDatabase, createTestDatabase } from './support/test-database';

// The tests of the actuals use days after the plan's week (actuals-setup.fixture.ts), the report the week itself.

/** The clock every report here is built at: long after the week, so every reply has happened. */
const NOW = '2026-03-20T12:00:00Z';

interface CsvIssue {
  row: number;
  field: string | null;
  message: string;
}

/** A Zendesk ticket export (extra columns are ignored): ticket 2 unanswered when it was taken. */
const ZENDESK_CSV = [
  'Ticket ID,Brand,Created at,First reply time in minutes,Assignee email,Group,Subject',
  '101,tmall,2026-03-10T02:00:00Z,30,chen,shenzhen,Where is my parcel',
  '102,tmall,2026-03-10T03:15:00Z,,,,Refund',
  '103,amazon-de,2026-03-10T09:00:00+01:00,90,li,,Wrong size',
].join('\n');

/** The same tickets exported later: ticket 102 has been answered, and 104 came in. */
const LATER_ZENDESK_CSV = [
  'Ticket ID,Brand,Created at,First reply time in minutes,Assignee email,Group,Subject',
  '101,tmall,2026-03-10T02:00:00Z,30,chen,shenzhen,Where is my parcel',
  '102,tmall,2026-03-10T03:15:00Z,200,wang,shenzhen,Refund',
  '103,amazon-de,2026-03-10T09:00:00+01:00,90,li,,Wrong size',
  '104,tmall,2026-03-10T05:00:00Z,15,zhao,shenzhen,Invoice',
].join('\n');

/** eDesk's message export: marketplaces by their Amazon domain, local times read in ?timeZone. */
const EDESK_CSV = ['Channel,Received,First Reply,User,Subject', 'Amazon.de,2026-03-11 10:00,2026-03-11 12:30,wang,Lieferung', 'Amazon.de,2026-03-11 11:20,,,Rechnung', ''].join('\n');

describe('actuals and the monitor report over HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    jest.spyOn(t.app.select(PlanningDataModule).get(Clock, { strict: true }), 'now').mockImplementation(() => new Date(NOW));
    await t.http().post('/api/scenario/import').send(actualsSetup()).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const summary = async () => (await t.http().get('/api/actuals/summary').expect(200)).body;
  const importCsv = (csv: string, query: Record<string, string> = {}) => t.http().post('/api/actuals/import').query(query).set('Content-Type', 'text/csv').send(csv);

  it('lists the built-in helpdesk layouts', async () => {
    const { body } = await t.http().get('/api/actuals/layouts').expect(200);
    expect(body.map((layout: { name: string }) => layout.name)).toEqual(['followsun', 'zendesk', 'freshdesk', 'gorgias', 'edesk', 'amazon-bsm']);
    expect(body.find((layout: { name: string }) => layout.name === 'zendesk').columns).toMatchObject({ marketplace: 'Brand', receivedAt: 'Created at', firstReplyMinutes: 'First reply time in minutes' });
  });

  describe('import', () => {
    it('reads a Zendesk export as text/csv: replies from minutes, spans per marketplace', async () => {
      const { body } = await importCsv(ZENDESK_CSV, { mapping: 'zendesk' }).expect(200);
      expect(body).toEqual({
        rows: 3,
        mapping: 'zendesk',
        messages: 3,
        replaced: 0,
        spans: [
          { marketplaceId: 'amazon-de', from: '2026-03-10T08:00:00Z', to: '2026-03-10T08:00:00Z', messages: 1, replaced: 0 },
          { marketplaceId: 'tmall', from: '2026-03-10T02:00:00Z', to: '2026-03-10T03:15:00Z', messages: 2, replaced: 0 },
        ],
      });
      expect(await summary()).toEqual([
        { marketplaceId: 'amazon-de', from: '2026-03-10T08:00:00Z', to: '2026-03-10T08:00:00Z', messages: 1, answered: 1 },
        { marketplaceId: 'tmall', from: '2026-03-10T02:00:00Z', to: '2026-03-10T03:15:00Z', messages: 2, answered: 1 },
      ]);
    });

    it('a re-import of the same export changes nothing: no duplicates, the same report', async () => {
      const before = { summary: await summary(), report: (await t.http().get('/api/monitor').query({ from: '2026-03-10', to: '2026-03-11' }).expect(200)).body };
      const { body } = await importCsv(ZENDESK_CSV, { mapping: 'zendesk' }).expect(200);
      expect(body).toMatchObject({ messages: 3, replaced: 3 });
      expect(await summary()).toEqual(before.summary);
      expect((await t.http().get('/api/monitor').query({ from: '2026-03-10', to: '2026-03-11' }).expect(200)).body).toEqual(before.report);
    });

    it('a later export of the same days updates their replies and adds the new tickets', async () => {
      const { body } = await importCsv(LATER_ZENDESK_CSV, { mapping: 'zendesk' }).expect(200);
      expect(body.spans).toEqual([
        { marketplaceId: 'amazon-de', from: '2026-03-10T08:00:00Z', to: '2026-03-10T08:00:00Z', messages: 1, replaced: 1 },
        { marketplaceId: 'tmall', from: '2026-03-10T02:00:00Z', to: '2026-03-10T05:00:00Z', messages: 3, replaced: 2 },
      ]);
      expect(await summary()).toEqual([
        { marketplaceId: 'amazon-de', from: '2026-03-10T08:00:00Z', to: '2026-03-10T08:00:00Z', messages: 1, answered: 1 },
        { marketplaceId: 'tmall', from: '2026-03-10T02:00:00Z', to: '2026-03-10T05:00:00Z', messages: 3, answered: 3 },
      ]);
      const report: MonitorReport = (await t.http().get('/api/monitor').query({ from: '2026-03-10', to: '2026-03-11' }).expect(200)).body;
      const tmall = report.marketplaces.find((entry) => entry.marketplaceId === 'tmall' && entry.classId === null)!;
      // waits 0.5, 200/60 and 0.25 hours, all within the day's deadline
      expect(tmall.actual).toMatchObject({ received: 3, answered: 3, answeredInTime: 3, late: 0, openNotDue: 0, slaAttainment: 1 });
      expect(tmall.actual.averageWaitHours).toBeCloseTo((0.5 + 200 / 60 + 0.25) / 3, 10);
    });

    it('reads an eDesk export sent as a multipart file, local times in ?timeZone, marketplaces by domain', async () => {
      const { body } = await t
        .http()
        .post('/api/actuals/import')
        .query({ mapping: 'edesk', timeZone: 'Europe/Berlin' })
        .attach('file', Buffer.from(EDESK_CSV), { filename: 'edesk.csv', contentType: 'text/csv' })
        .expect(200);
      // 10:00 and 11:20 in Berlin (UTC+1)
      expect(body).toEqual({
        rows: 2,
        mapping: 'edesk',
        messages: 2,
        replaced: 0,
        spans: [{ marketplaceId: 'amazon-de', from: '2026-03-11T09:00:00Z', to: '2026-03-11T10:20:00Z', messages: 2, replaced: 0 }],
      });
      expect((await summary())[0]).toEqual({ marketplaceId: 'amazon-de', from: '2026-03-10T08:00:00Z', to: '2026-03-11T10:20:00Z', messages: 3, answered: 2 });
    });

    it('reads an export through a mapping file sent beside it', async () => {
      const mapping = { name: 'our-gorgias', columns: { marketplace: 'Store', receivedAt: 'Created', firstReplyAt: 'Replied', agent: 'Agent' }, marketplaceValues: { 'Our Tmall shop': 'tmall' } };
      const csv = 'Store,Created,Replied,Agent\nOur Tmall shop,2026-03-12T01:00:00Z,2026-03-12T01:40:00Z,li\n';
      const { body } = await t
        .http()
        .post('/api/actuals/import')
        .attach('file', Buffer.from(csv), { filename: 'export.csv', contentType: 'text/csv' })
        .attach('mappingFile', Buffer.from(JSON.stringify(mapping)), { filename: 'mapping.json', contentType: 'application/json' })
        .expect(200);
      expect(body).toMatchObject({ rows: 1, mapping: 'our-gorgias', messages: 1, spans: [{ marketplaceId: 'tmall', from: '2026-03-12T01:00:00Z', to: '2026-03-12T01:00:00Z', messages: 1, replaced: 0 }] });
    });
  });

  describe('a bad file or mapping gets a 400 naming row, field and reason, and writes nothing', () => {
    let before: unknown;
    beforeAll(async () => {
      before = await summary();
    });
    afterEach(async () => {
      expect(await summary()).toEqual(before);
    });

    it('an unknown marketplace and a reply before its message, each with its row and the export’s column', async () => {
      const csv = [
        'Ticket ID,Brand,Created at,First reply time in minutes,Assignee email,Group',
        '201,tmall,2026-03-13T02:00:00Z,30,chen,shenzhen',
        '202,amazon-fr,2026-03-13T03:00:00Z,30,chen,shenzhen',
        '203,tmall,2026-03-13T04:00:00Z,-5,chen,shenzhen',
      ].join('\n');
      const { body } = await importCsv(csv, { mapping: 'zendesk' }).expect(400);
      expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(body.issues).toEqual([
        { row: 3, field: 'Brand', message: expect.stringContaining('amazon-fr') },
        { row: 4, field: 'First reply time in minutes', message: expect.any(String) },
      ]);
      expect(body.message).toBe(`actuals CSV has 2 errors: row 3 (Brand): ${body.issues[0].message}`);
    });

    it('a file without the mapping’s columns', async () => {
      const { body } = await importCsv('received_at,marketplace\n2026-03-13T02:00:00Z,tmall\n', { mapping: 'zendesk' }).expect(400);
      expect(body.issues[0]).toMatchObject({ row: 1 });
      expect(body.issues.map((issue: CsvIssue) => issue.message).join(' ')).toMatch(/Brand/);
    });

    it('a mapping file with a missing column, named by its key', async () => {
      const mapping = { name: 'broken', columns: { marketplace: 'Store', firstReplyAt: 'Replied' } };
      const { body } = await t
        .http()
        .post('/api/actuals/import')
        .attach('file', Buffer.from('Store,Created,Replied\ntmall,2026-03-13T01:00:00Z,\n'), { filename: 'export.csv', contentType: 'text/csv' })
        .field('mappingFile', JSON.stringify(mapping))
        .expect(400);
      expect(body.issues).toEqual([{ path: 'mapping', field: 'columns.receivedAt', message: expect.stringContaining('columns.receivedAt is missing') }]);
    });

    it('an unknown layout, a bad time zone, no file', async () => {
      const unknown = await importCsv(ZENDESK_CSV, { mapping: 'helpscout' }).expect(400);
      expect(unknown.body.issues).toEqual([{ path: 'mapping', message: expect.stringMatching(/^unknown helpdesk layout "helpscout"; known: followsun, zendesk/) }]);
      const zone = await importCsv(ZENDESK_CSV, { mapping: 'zendesk', timeZone: 'Mars/Olympus' }).expect(400);
      expect(zone.body.issues).toEqual([{ path: 'timeZone', message: expect.stringContaining('"Mars/Olympus" is not an IANA time zone') }]);
      const empty = await t.http().post('/api/actuals/import').set('Content-Type', 'text/csv').send('').expect(400);
      expect(empty.body.issues[0].message).toMatch(/^No CSV received/);
    });

    it('answers 413 with the limit when a file has more rows than one import takes', async () => {
      const parser = t.app.get(ActualsCsvParser);
      const read = parser.read.bind(parser);
      const spy = jest.spyOn(parser, 'read').mockImplementation((source, options, limit) => read(source, { ...options, maxRows: 2 }, limit));
      try {
        const { body } = await importCsv(ZENDESK_CSV, { mapping: 'zendesk' }).expect(413);
        expect(body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: expect.stringMatching(/^actuals CSV is too large: the file has 3 rows; one import takes at most 2/) });
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('a text/csv body read as it arrives', () => {
    /** POSTs `parts` as a chunked request body, each part written as the connection takes it. */
    async function postStreamed(parts: Iterable<Uint8Array>): Promise<{ status: number; body: any }> {
      const server: Server = t.app.getHttpServer();
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/actuals/import',
        headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${t.managerToken}` },
      });
      const response = once(req, 'response') as Promise<[import('http').IncomingMessage]>;
      for (const part of parts) if (!req.write(part)) await Promise.race([once(req, 'drain'), response]);
      req.end();
      const [res] = await response;
      let text = '';
      for await (const chunk of res) text += chunk;
      return { status: res.statusCode ?? 0, body: JSON.parse(text) };
    }

    /** `text` as bytes cut every `size` bytes, wherever that falls (inside rows and characters). */
    function* cutEvery(text: string, size: number): Generator<Uint8Array> {
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
    }

    const HEADER = 'marketplace,received_at,first_reply_at,class,agent,site';
    /** One Tmall message every 10 s from `fromUtc`, answered an hour later, row i bad when `bad(i)`. */
    function exportOf(rows: number, fromUtc: string, bad: (i: number) => boolean = () => false): string {
      const lines = [HEADER];
      const start = Date.parse(fromUtc);
      for (let i = 0; i < rows; i++) {
        const at = start + i * 10_000;
        lines.push(`tmall,${new Date(at).toISOString()},${new Date(at + 3_600_000).toISOString()},${bad(i) ? 'premium' : 'standard'},agent-${i % 40},shenzhen`);
      }
      return lines.join('\n') + '\n';
    }

    it('imports a 300,000-row export sent in many parts, with the right counts', async () => {
      const csv = exportOf(300_000, '2026-04-01T00:00:00Z');
      expect(Buffer.byteLength(csv)).toBeGreaterThan(20 * 1024 * 1024);
      const started = Date.now();
      const { status, body } = await postStreamed(cutEvery(csv, 65_521));
      const seconds = (Date.now() - started) / 1000;
      expect(status).toBe(200);
      expect(body).toEqual({
        rows: 300_000,
        mapping: 'followsun',
        messages: 300_000,
        replaced: 0,
        spans: [{ marketplaceId: 'tmall', from: '2026-04-01T00:00:00Z', to: '2026-05-05T17:19:50Z', messages: 300_000, replaced: 0 }],
      });
      expect((await summary()).find((row: { marketplaceId: string }) => row.marketplaceId === 'tmall')).toMatchObject({ to: '2026-05-05T17:19:50Z' });
      // eslint-disable-next-line no-console
      console.log(`300,000 rows (${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)} MB) streamed and imported in ${seconds.toFixed(1)} s`);
    }, 180_000);

    it(`answers 413 with the body parser's error body for a body over ${BODY_LIMIT_MB} MB, and writes nothing`, async () => {
      const before = await summary();
      const blank = Buffer.alloc(1024 * 1024, '\n');
      const parts = [Buffer.from(exportOf(100, '2026-06-01T00:00:00Z')), ...Array.from({ length: BODY_LIMIT_MB }, () => blank)];
      const { status, body } = await postStreamed(parts);
      expect(status).toBe(413);
      expect(body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: `The request body is larger than the ${BODY_LIMIT_MB} MB limit.` });
      expect(await summary()).toEqual(before);
    }, 120_000);

    it('answers 400 naming the row and field of a bad row deep in a streamed file, and writes nothing', async () => {
      const before = await summary();
      const csv = exportOf(100_000, '2026-06-01T00:00:00Z', (i) => i === 90_000);
      const { status, body } = await postStreamed(cutEvery(csv, 4096));
      expect(status).toBe(400);
      expect(body.issues).toEqual([{ row: 90_002, field: 'class', message: expect.stringMatching(/^unknown class "premium" for marketplace "tmall"/) }]);
      expect(body.message).toMatch(/^actuals CSV has 1 error: row 90002 \(class\): unknown class "premium"/);
      expect(await summary()).toEqual(before);
    }, 120_000);

    it('reads a multipart upload (buffered) with the same rules', async () => {
      const csv = exportOf(20_000, '2026-07-01T00:00:00Z');
      const { body } = await t.http().post('/api/actuals/import').attach('file', Buffer.from(csv), { filename: 'export.csv', contentType: 'text/csv' }).expect(200);
      expect(body).toMatchObject({ rows: 20_000, messages: 20_000, spans: [{ marketplaceId: 'tmall', from: '2026-07-01T00:00:00Z', to: '2026-07-03T07:33:10Z', messages: 20_000 }] });
    }, 60_000);
  });

  describe('the report over a generated week', () => {
    let generated: GeneratedActuals;
    let report: MonitorReport;
    let assignments: Array<{ agentId: string; startUtc: string; endUtc: string }>;

    beforeAll(async () => {
      await t.app.get(PlanRepository).insert(weekPlan());
      const started = await t.http().post('/api/rotas').send({ planId: PLAN_ID }).expect(202);
      expect((await streamJob(t, started.body.jobId)).at(-1)?.type).toBe('done');
      await t.http().post(`/api/rotas/${started.body.rotaId}/publish`).expect(200);
      const rota = (await t.http().get(`/api/rotas/${started.body.rotaId}`).expect(200)).body;
      assignments = rota.agents.flatMap((agent: any) => agent.days.flatMap((day: any) => day.shifts.map((shift: any) => ({ agentId: agent.id, startUtc: shift.startUtc, endUtc: shift.endUtc }))));
      generated = generatedWeek();
      await importCsv(actualsToCsv(generated.messages)).expect(200);
      report = (await t.http().get('/api/monitor').query({ from: '2026-03-02', to: '2026-03-09' }).expect(200)).body;
    }, 60_000);

    it('is set against the plan over the week (the newest plan over the period) and judged as of now', () => {
      expect(report).toMatchObject({ fromUtc: '2026-03-02T00:00:00Z', toUtc: '2026-03-09T00:00:00Z', asOfUtc: '2026-03-20T12:00:00Z', planId: PLAN_ID, simulationId: null });
    });

    it('has the service figures the actuals were made with', () => {
      const tmall = report.marketplaces.find((entry) => entry.marketplaceId === 'tmall' && entry.classId === null)!;
      // 1680 messages: 840 answered in 1 h, 756 in 3 h, 84 in 30 h (6 h late)
      expect(tmall.actual).toEqual({
        forecast: 1680,
        received: 1680,
        answered: 1680,
        answeredInTime: 1596,
        late: 84,
        openNotDue: 0,
        lateByHours: { average: 6, max: 6 },
        slaAttainment: expect.closeTo(1596 / 1680, 12),
        averageWaitHours: expect.closeTo((840 * 1 + 756 * 3 + 84 * 30) / 1680, 12),
        // the 90th percentile falls among the 3-hour waits (ranks 841–1596)
        p90WaitHours: 3,
      });
      expect(tmall.planned).toEqual({ slaAttainment: 0.98, averageWaitHours: 2.5, p90WaitHours: 6 });
      // the class's own row: the same messages
      const standard = report.marketplaces.find((entry) => entry.marketplaceId === 'tmall' && entry.classId === 'standard')!;
      expect(standard.actual).toEqual(tmall.actual);
    });

    it('breaks them down by buyer-local day and by hour, with the plan’s forecast and backlog', () => {
      const tmall = report.marketplaces.find((entry) => entry.marketplaceId === 'tmall' && entry.classId === null)!;
      // Shanghai is UTC+8: the week runs from Monday 08:00 to the next Monday 08:00 there
      expect(tmall.days.map((day) => [day.date, day.received, day.forecast])).toEqual([
        ['2026-03-02', 160, 160],
        ...['03', '04', '05', '06', '07', '08'].map((day) => [`2026-03-${day}`, 240, 240]),
        ['2026-03-09', 80, 80],
      ]);
      expect(tmall.hours).toHaveLength(WEEK_HOURS);
      expect(tmall.hours[0]).toMatchObject({ startUtc: '2026-03-02T00:00:00Z', localStart: '2026-03-02T08:00+08:00', forecast: 10, plannedBacklog: 0 });
      expect(tmall.hours.map((hour) => hour.received)).toEqual(generated.marketplaces[0].perHour);
      expect(tmall.hours.map((hour) => hour.plannedBacklog)).toEqual(Array.from({ length: WEEK_HOURS }, (_, h) => plannedBacklog(h)));
      // nothing came in on Amazon DE that week, and the plan has no queue of it
      const de = report.marketplaces.find((entry) => entry.marketplaceId === 'amazon-de' && entry.classId === null)!;
      expect(de.actual).toMatchObject({ received: 0, forecast: null, slaAttainment: null });
    });

    it('sets each agent’s replies against their shifts in the published rota', () => {
      // answered messages were signed round-robin (420 each); the replies sent within the week count
      const weekEnd = WEEK_START + WEEK_HOURS * HOUR;
      const repliesOf = (agentId: string) => generated.messages.filter((message) => message.agent === agentId && message.firstReplyUtcMs! < weekEnd).map((message) => message.firstReplyUtcMs!);
      expect(SHENZHEN_AGENTS.map((id) => generated.messages.filter((message) => message.agent === id).length)).toEqual([420, 420, 420, 420]);
      expect(report.agents.map((agent) => [agent.agentId, agent.replies]).sort()).toEqual(SHENZHEN_AGENTS.map((id) => [id, repliesOf(id).length]));
      for (const agent of report.agents) {
        const shifts = assignments.filter((shift) => shift.agentId === agent.agentId);
        const replies = repliesOf(agent.agentId!);
        const inShift = replies.filter((at) => shifts.some((shift) => at >= Date.parse(shift.startUtc) && at < Date.parse(shift.endUtc))).length;
        expect(agent.scheduledHours).toBe(shifts.length * 8);
        expect(agent.repliesOutsideShifts).toBe(replies.length - inShift);
        expect(agent.scheduledHoursWithReplies + agent.scheduledHoursWithoutReplies).toBe(agent.scheduledHours);
      }
      const sentInWeek = SHENZHEN_AGENTS.reduce((sum, id) => sum + repliesOf(id).length, 0);
      expect(report.sites).toEqual([expect.objectContaining({ siteId: 'shenzhen', replies: sentInWeek, scheduledHours: assignments.length * 8 })]);
    });

    it('checks the auto-reply’s promises of the rota', () => {
      const [tmall] = report.promises.filter((check) => check.marketplaceId === 'tmall');
      expect(tmall.promised).toBeGreaterThan(0);
      expect(tmall.kept + tmall.broken + tmall.pending).toBe(tmall.promised);
      expect(tmall.pending).toBe(0);
    });

    it('comes as CSV too', async () => {
      const response = await t.http().get('/api/monitor').query({ from: '2026-03-02', to: '2026-03-09', format: 'csv' }).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      const lines = response.text.trim().split('\n');
      expect(lines[0]).toMatch(/p90_wait_hours/);
      expect(lines.length).toBeGreaterThan(WEEK_HOURS);
    });

    it('compares with a plan named, and refuses unknown plans', async () => {
      const named = (await t.http().get('/api/monitor').query({ from: '2026-03-02', to: '2026-03-09', planId: PLAN_ID }).expect(200)).body;
      expect(named).toEqual(report);
      const missing = await t.http().get('/api/monitor').query({ from: '2026-03-02', to: '2026-03-09', planId: 'nope' }).expect(404);
      expect(missing.body.message).toBe('plan "nope" not found');
    });
  });

  it('refuses a bad period with the parameter at fault', async () => {
    const issues = async (query: Record<string, string>) => (await t.http().get('/api/monitor').query(query).expect(400)).body.issues;
    expect(await issues({ to: '2026-03-09' })).toEqual([{ path: 'from', message: expect.stringMatching(/^name the period's start/) }]);
    expect(await issues({ from: 'last monday', to: '2026-03-09' })).toEqual([{ path: 'from', message: expect.stringContaining('"last monday" is not a date') }]);
    expect(await issues({ from: '2026-03-09', to: '2026-03-02' })).toEqual([{ path: 'to', message: 'the period must end after it starts: "2026-03-02" is not after "2026-03-09".' }]);
    expect(await issues({ from: '2026-03-02', to: '2026-03-02' })).toEqual([{ path: 'to', message: expect.stringContaining('must end after it starts') }]);
    expect(await issues({ from: '2026-01-01', to: '2026-02-02' })).toEqual([{ path: 'to', message: 'the period is 32 days long; a report covers at most 31 days.' }]);
    expect(await issues({ from: '2026-03-02', to: '2026-03-09', format: 'xml' })).toEqual([{ path: 'format', message: '"xml" is not a format; use json or csv.' }]);
  });

  it('lets managers and leads import, planners read the report, and viewers neither', async () => {
    const csv = 'marketplace,received_at,first_reply_at\ntmall,2026-03-14T01:00:00Z,2026-03-14T02:00:00Z\n';
    await (await t.as('lead')).post('/api/actuals/import').set('Content-Type', 'text/csv').send(csv).expect(200);
    const refused = await (await t.as('finance')).post('/api/actuals/import').set('Content-Type', 'text/csv').send(csv).expect(403);
    expect(refused.body.message).toBe('A finance cannot do this; it needs the actuals.write permission.');
    await (await t.as('finance')).get('/api/monitor').query({ from: '2026-03-14', to: '2026-03-15' }).expect(200);
    await (await t.as('lead')).get('/api/actuals/summary').expect(200);
    const viewer = await (await t.as('viewer')).get('/api/monitor').query({ from: '2026-03-14', to: '2026-03-15' }).expect(403);
    expect(viewer.body.message).toBe('A viewer cannot do this; it needs the monitor.read permission.');
  });
});

describe('the nightly report of the day before', () => {
  let t: TestApp;
  let now: Date;
  const at = (instant: string) => (now = new Date(instant));

  beforeAll(async () => {
    t = await startTestApp({ refreshCron: '0 2 * * *' });
    at('2026-03-05T01:59:00Z');
    jest.spyOn(t.app.select(PlanningDataModule).get(Clock, { strict: true }), 'now').mockImplementation(() => new Date(now));
    await t.http().post('/api/scenario/import').send(actualsSetup()).expect(200);
    await t.app.get(PlanRepository).insert(weekPlan());
    await t.http().post('/api/actuals/import').set('Content-Type', 'text/csv').send(actualsToCsv(generatedWeek().messages)).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('is stored when the schedule comes round, listed, and overwritten by a later run of the same day', async () => {
    const scheduler = t.app.get(RefreshScheduler);
    await t.http().get('/api/monitor/reports').expect(200, []);
    expect(await scheduler.tick()).toBeNull(); // the first look only notes the time
    at('2026-03-05T02:00:30Z');
    expect(await scheduler.tick()).toMatchObject({ started: true });

    const { body: list } = await t.http().get('/api/monitor/reports').expect(200);
    expect(list).toEqual([{ id: expect.any(String), trigger: 'schedule', fromUtc: '2026-03-04T00:00:00Z', toUtc: '2026-03-05T00:00:00Z', planId: PLAN_ID, createdAt: '2026-03-05T02:00:30.000Z' }]);
    const { body: stored } = await t.http().get(`/api/monitor/reports/${list[0].id}`).expect(200);
    const onDemand = (await t.http().get('/api/monitor').query({ from: '2026-03-04', to: '2026-03-05' }).expect(200)).body;
    expect(stored).toEqual({ ...list[0], report: onDemand });
    // 240 messages that UTC day; judged at 02:00 the next day, the 30-hour replies are not due yet
    const tmall = stored.report.marketplaces.find((entry: any) => entry.marketplaceId === 'tmall' && entry.classId === null);
    expect(tmall.actual).toMatchObject({ received: 240, forecast: 240 });
    const csv = await t.http().get(`/api/monitor/reports/${list[0].id}`).query({ format: 'csv' }).expect(200);
    expect(csv.text).toBe((await t.http().get('/api/monitor').query({ from: '2026-03-04', to: '2026-03-05', format: 'csv' }).expect(200)).text);

    // built again for the same day after a late import: the same row, with the new message
    at('2026-03-05T03:00:00Z');
    await t.http().post('/api/actuals/import').set('Content-Type', 'text/csv').send('marketplace,received_at,first_reply_at\ntmall,2026-03-04T12:00:00Z,\n').expect(200);
    await t.app.get(MonitorService).storeDailyReport(new Date('2026-03-05T02:00:00Z'));
    const { body: again } = await t.http().get('/api/monitor/reports').expect(200);
    expect(again).toEqual([{ ...list[0], createdAt: '2026-03-05T03:00:00.000Z' }]);
    const rebuilt = (await t.http().get(`/api/monitor/reports/${list[0].id}`).expect(200)).body.report;
    // the one-message file replaced what was received at that very second (its span), if anything
    const sameSecond = generatedWeek().messages.filter((message) => message.receivedUtcMs === Date.parse('2026-03-04T12:00:00Z')).length;
    expect(rebuilt.marketplaces.find((entry: any) => entry.marketplaceId === 'tmall' && entry.classId === null).actual.received).toBe(240 + 1 - sameSecond);

    // the next night: a new report for the 5th; the 4th's is kept
    at('2026-03-06T02:00:10Z');
    await scheduler.tick();
    const { body: after } = await t.http().get('/api/monitor/reports').expect(200);
    expect(after.map((row: any) => row.fromUtc)).toEqual(['2026-03-05T00:00:00Z', '2026-03-04T00:00:00Z']);
    expect(after[1].id).toBe(list[0].id);
    await t.http().get('/api/monitor/reports/no-such-report').expect(404);
  });
});

/** The actuals-and-monitor migration (1767916800001) can be undone and run again on a database that holds actuals. */
describe('the actuals and monitor migration', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ persistent: true });
  });
  afterAll(async () => {
    await database.drop();
  });

  it('creates its two tables, drops them when undone, and creates them again', async () => {
    const setupApp = await startTestApp({ database });
    await setupApp.http().post('/api/scenario/import').send(actualsSetup()).expect(200);
    await setupApp.http().post('/api/actuals/import').query({ mapping: 'zendesk' }).set('Content-Type', 'text/csv').send(ZENDESK_CSV).expect(200);
    await setupApp.close();

    const source = await new DataSource({ ...buildDataSourceOptions(database.config), migrations: MIGRATIONS as never, migrationsRun: true }).initialize();
    const tables = async () => {
      const runner = source.createQueryRunner();
      try {
        return { actuals: await runner.hasTable('actual_message'), reports: await runner.hasTable('monitor_report'), history: await runner.hasTable('message_history') };
      } finally {
        await runner.release();
      }
    };
    expect(await tables()).toEqual({ actuals: true, reports: true, history: true });
    const ours = MIGRATIONS.findIndex((migration) => migration.name === 'ActualsMonitor1767916800001');
    for (let undo = MIGRATIONS.length - ours; undo > 0; undo--) await source.undoLastMigration({ transaction: 'none' });
    expect(await tables()).toEqual({ actuals: false, reports: false, history: true });
    await source.runMigrations();
    expect(await tables()).toEqual({ actuals: true, reports: true, history: true });
    await source.destroy();

    const again = await startTestApp({ database });
    try {
      await again.http().get('/api/actuals/summary').expect(200, []);
    } finally {
      await again.close();
    }
  });
});
