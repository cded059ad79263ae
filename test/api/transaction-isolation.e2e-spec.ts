import { TransactionRunner } from '../../apps/api/src/database/transaction-runner';
import { JobEntity } from '../../apps/api/src/jobs/job.entity';
import { JobRepository } from '../../apps/api/src/jobs/job.repository';
import { HistoryRepository } from '../../apps/api/src/history/history.repository';
import { smallScenario } from './support/fixtures';
import { TestApp, startTestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';

/**
 * A write made outside any transaction never joins another request's open transaction: on
 * SQLite's single connection it used to run inside whatever transaction was open, so a plan that
 * finished during a large import was gone when the import failed (or the process died before it
 * committed). The same test runs on PostgreSQL, where each transaction has its own connection.
 */
describe('writes outside a transaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const job = (id: string): JobEntity =>
    Object.assign(new JobEntity(), { id, kind: 'test', status: 'succeeded', startedBy: 'test', createdAt: '2026-03-02T00:00:00.000Z', startedAt: null, finishedAt: null, attempts: 0, worker: null, input: null, subjects: [], events: [], result: null, error: null });

  it('survive the rollback of a transaction that was open while they were written', async () => {
    const runner = t.app.get(TransactionRunner);
    const jobs = t.app.get(JobRepository);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const importing = runner.run(async (tx) => {
      await jobs.insert(job('written-by-the-import'), tx);
      await gate;
      throw new Error('the import failed');
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // the import's transaction is open
    const finished = jobs.insert(job('finished-meanwhile'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await expect(importing).rejects.toThrow('the import failed');
    await finished;
    expect(await jobs.getById('written-by-the-import')).toBeNull();
    expect(await jobs.getById('finished-meanwhile')).toMatchObject({ id: 'finished-meanwhile', status: 'succeeded' });
  });
});

/**
 * Nobody sees a half-done write: while an import's transaction is open, other requests read
 * what was committed before it (on a SQLite file through a read-only connection of their own,
 * on PostgreSQL through the pool), and everything at once after it commits.
 */
describe('reads during an open transaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: await createTestDatabase({ persistent: true }) });
    await t.http().post('/api/scenario/import').send(smallScenario()).expect(200);
  });
  afterAll(async () => {
    await t.close();
    await t.database.drop();
  });

  const summary = async () => (await t.http().get('/api/history/summary').expect(200)).body;

  it('see the last committed history, never the open import’s deletes and inserts', async () => {
    const before = await summary();
    const history = t.app.get(HistoryRepository);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const importing = t.app.get(TransactionRunner).run(async (tx) => {
      await history.deleteAll(tx);
      await gate;
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // the import's transaction is open, its delete done
    expect(await summary()).toEqual(before);
    release();
    await importing;
    expect(await summary()).toEqual([]);
  });
});
