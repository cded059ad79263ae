import { ChildProcess, spawn } from 'child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import request from 'supertest';
import { planningScenario } from './forecasts-setup.fixture';
import { sleep, until } from './support/wait';

// The real server (apps/api/src/main.ts under ts-node, as test/jobs runs its workers) on a SQLite
// file, killed with SIGKILL twice: once while a large history import is being written, a plan is
// being solved and the organisation is being renamed request after request; once as soon as the
// restarted server has taken that plan up again. After each restart nothing the server had
// answered for is lost and nothing half-written shows: the import is all there or not at all,
// the earlier import and every answered rename are there, the plan job is taken up again once and
// then failed with the reason (as is its plan), and a new plan runs.

const ROOT = join(__dirname, '..', '..');
const ADMIN = { email: 'crash@followsun.test', password: 'crash-test-password' };
/** HiGHS at the thorough effort with no gap allowed searches until its cap: a solve that is still running when the server is killed. */
const LONG_SOLVE = { solver: 'highs', mipGap: 0, timeLimitSeconds: 300, effort: 'thorough' };
const HOUR_MS = 3_600_000;

/** The small import answered before the crash: 200 hours of amazon-uk from the scenario's first history hour, counts it does not have (20–24). */
const ACKNOWLEDGED = { marketplaceId: 'amazon-uk', start: Date.parse('2026-02-09T00:00:00Z'), hours: 200, count: (hour: number) => 20 + (hour % 5) };

/** The large import: 150,000 rows, every series of the setup (both marketplaces, unclassified and each class) for 25,000 hours before the scenario's history. */
const LARGE = {
  series: ['amazon-de', 'amazon-uk'].flatMap((marketplaceId) => [null, 'standard', 'urgent'].map((classId) => ({ marketplaceId, classId }))),
  start: Date.parse('2022-02-01T00:00:00Z'),
  hours: 25_000,
  count: (hour: number, series: number) => (hour + series) % 10,
};

/** An hourly-counts CSV: `hours` hours from `start` of each series, counted by `count`. */
function hourlyCsv(series: Array<{ marketplaceId: string; classId: string | null }>, start: number, hours: number, count: (hour: number, series: number) => number): string {
  const stamps = Array.from({ length: hours }, (_, hour) => new Date(start + hour * HOUR_MS).toISOString().replace('.000', ''));
  const lines = ['hour_start,marketplace,class,count'];
  series.forEach(({ marketplaceId, classId }, index) => {
    const key = `,${marketplaceId},${classId ?? ''},`;
    for (let hour = 0; hour < hours; hour++) lines.push(stamps[hour] + key + count(hour, index));
  });
  return lines.join('\n') + '\n';
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** One life of the server: the process, what it printed, and requests signed in as its first manager. */
class Server {
  readonly output: string[] = [];
  private readonly exited: Promise<void>;
  private token = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly base: string,
  ) {
    child.stdout!.setEncoding('utf8').on('data', (text: string) => this.output.push(text));
    child.stderr!.setEncoding('utf8').on('data', (text: string) => this.output.push(text));
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** Starts `node apps/api/src/main.ts` on the database file and signs in. */
  static async start(databasePath: string): Promise<Server> {
    const port = await freePort();
    const { DATABASE_URL: _ignored, DATABASE_SCHEMA: _schema, ...env } = process.env;
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps/api/src/main.ts')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...env,
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        NO_COLOR: '1',
        PORT: String(port),
        DATABASE_URL: `sqlite:${databasePath}`,
        SEED_DEMO: 'false',
        REFRESH_CRON: 'off',
        WEB_DIST: '/nonexistent/followsun-web-dist',
        FOLLOWSUN_ADMIN_EMAIL: ADMIN.email,
        FOLLOWSUN_ADMIN_PASSWORD: ADMIN.password,
      },
    });
    const server = new Server(child, `http://127.0.0.1:${port}`);
    const deadline = Date.now() + 60_000;
    while (!/followsun listening on/.test(server.text())) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${server.text()}`);
      if (Date.now() > deadline) throw new Error(`the server did not start: ${server.text()}`);
      await sleep(50);
    }
    const login = await request(server.base).post('/api/auth/login').send(ADMIN);
    if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
    server.token = login.body.token;
    return server;
  }

  get(path: string): request.Test {
    return request(this.base).get(path).set('Authorization', `Bearer ${this.token}`);
  }

  post(path: string): request.Test {
    return request(this.base).post(path).set('Authorization', `Bearer ${this.token}`);
  }

  put(path: string): request.Test {
    return request(this.base).put(path).set('Authorization', `Bearer ${this.token}`);
  }

  async job(id: string): Promise<any> {
    return (await this.get(`/api/jobs/${id}`).expect(200)).body;
  }

  text(): string {
    return this.output.join('');
  }

  /** kill -9: no shutdown hook runs, nothing is handed back or flushed. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}

type Summary = Array<{ marketplaceId: string; classId: string | null; hours: number; total: number }>;

/** The stored history per series, in a fixed order, without its dates. */
async function summary(server: Server): Promise<Summary> {
  const rows = (await server.get('/api/history/summary').expect(200)).body as Summary;
  return rows
    .map(({ marketplaceId, classId, hours, total }) => ({ marketplaceId, classId, hours, total }))
    .sort((a, b) => `${a.marketplaceId}/${a.classId ?? ''}`.localeCompare(`${b.marketplaceId}/${b.classId ?? ''}`));
}

/** What the summary is with the whole large import on top of `before` (its hours come before any stored ones). */
function withLargeImport(before: Summary): Summary {
  const after = before.map((row) => ({ ...row }));
  LARGE.series.forEach(({ marketplaceId, classId }, index) => {
    let total = 0;
    for (let hour = 0; hour < LARGE.hours; hour++) total += LARGE.count(hour, index);
    const row = after.find((entry) => entry.marketplaceId === marketplaceId && entry.classId === classId);
    if (row) {
      row.hours += LARGE.hours;
      row.total += total;
    } else after.push({ marketplaceId, classId, hours: LARGE.hours, total });
  });
  return after.sort((a, b) => `${a.marketplaceId}/${a.classId ?? ''}`.localeCompare(`${b.marketplaceId}/${b.classId ?? ''}`));
}

/** The hours of the acknowledged import, as the server reads them back. */
async function acknowledgedCounts(server: Server): Promise<Array<number | null>> {
  const from = new Date(ACKNOWLEDGED.start).toISOString();
  const to = new Date(ACKNOWLEDGED.start + (ACKNOWLEDGED.hours - 1) * HOUR_MS).toISOString();
  const series = (await server.get(`/api/history?marketplaceId=${ACKNOWLEDGED.marketplaceId}&from=${from}&to=${to}`).expect(200)).body as Array<{ classId: string | null; counts: Array<number | null> }>;
  return series.find((entry) => entry.classId === null)?.counts ?? [];
}

/** The plan job once its first attempt solves. */
const solving = (server: Server, jobId: string) =>
  until(`plan job ${jobId} to solve`, async () => {
    const job = await server.job(jobId);
    return job.attempts === 1 && job.events.some((event: { stage: string }) => event.stage === 'start') ? job : undefined;
  });

/** The plan job once a restarted server has taken it up again. */
const retrying = (server: Server, jobId: string) =>
  until(`plan job ${jobId} to be taken up again`, async () => {
    const job = await server.job(jobId);
    return job.status === 'running' && job.attempts === 2 ? job : undefined;
  });

// This is about the embedded SQLite file `npm start` uses: the server it kills runs on a SQLite
// file of its own, whichever database the rest of the suite runs on.
describe('a server killed mid-import and mid-plan', () => {
  let folder: string;
  let databasePath: string;
  let server: Server | undefined;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'followsun-crash-'));
    databasePath = join(folder, 'followsun.sqlite');
  });
  afterEach(async () => {
    // a failed test leaves its server running: stop it (and show what it said)
    if (server) {
      await server.kill();
      server = undefined;
    }
  });
  afterAll(() => {
    if (existsSync(folder)) rmSync(folder, { recursive: true, force: true });
  });

  it('loses nothing it answered for and shows nothing half-written', async () => {
    // life 1: a setup, a small import answered 200, a plan solving, a large import being written: SIGKILL
    const starting = Server.start(databasePath);
    const large = hourlyCsv(LARGE.series, LARGE.start, LARGE.hours, LARGE.count); // made while the server starts
    server = await starting;
    await server.post('/api/scenario/import').send(planningScenario()).expect(200);
    const small = hourlyCsv([{ marketplaceId: ACKNOWLEDGED.marketplaceId, classId: null }], ACKNOWLEDGED.start, ACKNOWLEDGED.hours, ACKNOWLEDGED.count);
    await server.post('/api/history/import').set('Content-Type', 'text/csv').send(small).expect(200);
    const acknowledged = Array.from({ length: ACKNOWLEDGED.hours }, (_, hour) => ACKNOWLEDGED.count(hour));
    expect(await acknowledgedCounts(server)).toEqual(acknowledged);
    const before = await summary(server);

    const plan = (await server.post('/api/plans').send(LONG_SOLVE).expect(202)).body as { jobId: string; planId: string };
    await solving(server, plan.jobId);

    // meanwhile the organisation is renamed again and again, one request after the other: every rename answered before the kill must stay
    const scenario = planningScenario();
    const organisation = { name: scenario.name, reportingCurrency: scenario.reportingCurrency, horizon: scenario.horizon };
    let renamed = 0;
    let renaming = true;
    const renames = (async () => {
      for (let n = 1; renaming; n++) {
        const response = await server!.put('/api/organisation').send({ ...organisation, name: `${organisation.name} #${n}` }).catch(() => undefined);
        if (response?.status !== 200) return;
        renamed = n;
        await sleep(200);
      }
    })();
    const walSize = () => (existsSync(`${databasePath}-wal`) ? statSync(`${databasePath}-wal`).size : 0);
    const walBefore = walSize();
    let answered: number | undefined;
    const importing = server
      .post('/api/history/import')
      .set('Content-Type', 'text/csv')
      .send(large)
      .then((response) => (answered = response.status))
      .catch(() => undefined);
    // parsed (in a thread, a few seconds), the file is written in one transaction: once the write-ahead
    // log grows by a megabyte the page cache is spilling its pages, half a second or so before it commits
    const deadline = Date.now() + 60_000;
    while (answered === undefined && walSize() < walBefore + 1024 * 1024) {
      if (Date.now() > deadline) throw new Error(`the large import was not written within 60 s (write-ahead log: ${walBefore} bytes before, ${walSize()} now)`);
      await sleep(5);
    }
    if (answered !== undefined) throw new Error(`the large import answered ${answered} before the server could be killed mid-write (write-ahead log: ${walBefore} bytes before, ${walSize()} now)`);
    await server.kill();
    renaming = false;
    await Promise.all([importing, renames]);
    expect(answered).toBeUndefined();
    expect(renamed).toBeGreaterThan(0);

    // life 2: the import is all there or not at all; the small one and the renames are; the plan job is taken up again: SIGKILL
    server = await Server.start(databasePath);
    const afterCrash = await summary(server);
    expect([before, withLargeImport(before)]).toContainEqual(afterCrash);
    expect(await acknowledgedCounts(server)).toEqual(acknowledged);
    // the last rename answered, or the one after it (written, killed before it answered)
    const { name } = (await server.get('/api/organisation').expect(200)).body as { name: string };
    expect([`${organisation.name} #${renamed}`, `${organisation.name} #${renamed + 1}`]).toContain(name);
    const retried = await retrying(server, plan.jobId);
    expect(retried.events.filter((event: { stage: string }) => event.stage === 'retry')).toEqual([{ at: expect.any(String), stage: 'retry', detail: { attempt: 2, previousWorker: expect.any(String) } }]);
    expect((await server.get(`/api/plans/${plan.planId}`).expect(200)).body.status).toBe('running');
    await server.kill();

    // life 3: stopped twice while running it, the job is failed with the reason, and so is its plan; a new plan runs
    server = await Server.start(databasePath);
    const failed = await server.job(plan.jobId);
    expect(failed).toMatchObject({ status: 'failed', attempts: 2, error: expect.stringMatching(/^the server stopped while running it 2 times/), finishedAt: expect.any(String) });
    expect((await server.get(`/api/plans/${plan.planId}`).expect(200)).body).toMatchObject({ status: 'failed', error: failed.error });
    expect(((await server.get('/api/jobs').expect(200)).body as Array<{ status: string }>).filter((job) => job.status === 'running' || job.status === 'queued')).toEqual([]);
    expect(((await server.get('/api/plans').expect(200)).body as Array<{ id: string; status: string }>).map(({ id, status }) => ({ id, status }))).toEqual([{ id: plan.planId, status: 'failed' }]);
    // the forecast the plan job made before it solved was stored whole, and stays
    expect(((await server.get('/api/forecasts').expect(200)).body as Array<{ status: string }>).map((run) => run.status)).toEqual(['succeeded']);
    expect(await summary(server)).toEqual(afterCrash);
    expect(await acknowledgedCounts(server)).toEqual(acknowledged);

    const next = (await server.post('/api/plans').send({ effort: 'quick' }).expect(202)).body as { jobId: string; planId: string };
    const done = await until('the new plan to finish', async () => {
      const job = await server!.job(next.jobId);
      return ['succeeded', 'failed', 'cancelled'].includes(job.status) ? job : undefined;
    });
    expect(done).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect((await server.get(`/api/plans/${next.planId}`).expect(200)).body.totalCost).toEqual(expect.any(Number));
  }, 150_000);
});
