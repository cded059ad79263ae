import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../apps/api/src/database/data-source-options.factory';
import { MIGRATIONS } from '../../apps/api/src/database/entities';
import { TestApp, startTestApp } from './support/test-app';
import { agent, site, smallScenario } from './support/fixtures';
import { TestDatabase, createTestDatabase } from './support/test-database';

/**
 * The pay-terms migration (scenario format version 2) on a database that already holds a
 * version 1 setup: nothing is lost (SQLite rebuilds the tables it adds columns to, with the
 * agents' time off hanging off them), the new columns are NULL — absent, the pay policy's
 * defaults — and it can be undone.
 */
/** Where the pay-terms migration sits (later migrations, e.g. the jobs table, come after it). */
const PAY_TERMS = MIGRATIONS.findIndex((migration) => migration.name === 'AgentPayTerms1767484800001');

describe('database migrations on existing data', () => {
  let database: TestDatabase;
  let t: TestApp | undefined;

  beforeAll(async () => {
    database = await createTestDatabase({ persistent: true });
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  /** A table's name for raw SQL: inside the test's own schema on PostgreSQL. */
  const table = (name: string) => (database.config.kind === 'postgres' && database.config.schema ? `"${database.config.schema}"."${name}"` : `"${name}"`);

  async function connect(migrations: readonly unknown[]): Promise<DataSource> {
    const options = buildDataSourceOptions(database.config);
    return new DataSource({ ...options, migrations: migrations as never, migrationsRun: true }).initialize();
  }

  it('adds the pay-terms columns without touching the rows already stored', async () => {
    const before = await connect(MIGRATIONS.slice(0, PAY_TERMS));
    const s = site();
    await before.query(
      `INSERT INTO ${table('site')} (id, name, time_zone, currency, hourly_cost, premium_night, premium_weekend, premium_statutory_holiday, night_start, night_end, holiday_country, languages, min_headcount, max_headcount, shrinkage, occupancy)
       VALUES ('${s.id}', '${s.name}', '${s.timeZone}', '${s.currency}', ${s.hourlyCost}, ${s.premiums.night}, ${s.premiums.weekend}, ${s.premiums.statutoryHoliday}, '${s.nightHours.start}', '${s.nightHours.end}', '${s.holidayCountry}', '${JSON.stringify(s.languages)}', ${s.minHeadcount}, ${s.maxHeadcount}, ${s.shrinkage}, NULL)`,
    );
    const a = agent();
    await before.query(
      `INSERT INTO ${table('agent')} (id, name, site_id, languages, contract_hours_per_week, max_consecutive_days)
       VALUES ('${a.id}', '${a.name}', '${a.siteId}', '${JSON.stringify(a.languages)}', ${a.contractHoursPerWeek}, ${a.maxConsecutiveDays})`,
    );
    for (const [position, off] of a.timeOff.entries()) {
      await before.query(
        `INSERT INTO ${table('agent_time_off')} (agent_id, position, start_date, end_date, reason) VALUES ('${a.id}', ${position}, '${off.start}', '${off.end}', ${off.reason ? `'${off.reason}'` : 'NULL'})`,
      );
    }
    await before.destroy();

    t = await startTestApp({ database });
    await t.http().get(`/api/agents/${a.id}`).expect(200, a);
    await t.http().get(`/api/sites/${s.id}`).expect(200, s);
    await t.http().put(`/api/agents/${a.id}`).send({ ...a, payBasis: 'hourly', maxDaysPerWeek: 6 }).expect(200, { ...a, payBasis: 'hourly', maxDaysPerWeek: 6 });
    await t.close();
    t = undefined;
  });

  it('can be undone, leaving the version 1 columns and rows', async () => {
    const after = await connect(MIGRATIONS);
    // outside a transaction: only there can TypeORM switch SQLite's foreign keys off for the table rebuild;
    // the migrations after pay terms are undone first
    for (let undone = MIGRATIONS.length; undone > PAY_TERMS; undone--) await after.undoLastMigration({ transaction: 'none' });
    const columns = async (table: string): Promise<string[]> => {
      const runner = after.createQueryRunner();
      try {
        return ((await runner.getTable(table))?.columns ?? []).map((column) => column.name);
      } finally {
        await runner.release();
      }
    };
    expect(await columns('agent')).toEqual(['id', 'name', 'site_id', 'languages', 'contract_hours_per_week', 'max_consecutive_days']);
    expect(await columns('site')).not.toContain('overtime_multiplier');
    expect(Number((await after.query(`SELECT COUNT(*) AS n FROM ${table('agent_time_off')}`))[0].n)).toBe(agent().timeOff.length);
    expect(await after.query(`SELECT id, max_consecutive_days FROM ${table('agent')}`)).toEqual([{ id: agent().id, max_consecutive_days: agent().maxConsecutiveDays }]);
    await after.destroy();
  });
});

/**
 * The history class key (1767744000001) on a database that stored an unclassified hour twice, as
 * two concurrent imports did on PostgreSQL while the key was NULL: the newest row of each hour is
 * kept, the key becomes '', and the API reads the series back as before.
 */
describe('the history class-key migration on duplicated unclassified hours', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ persistent: true });
  });
  afterAll(async () => {
    await database.drop();
  });

  const table = (name: string) => (database.config.kind === 'postgres' && database.config.schema ? `"${database.config.schema}"."${name}"` : `"${name}"`);
  const connect = (migrations: readonly unknown[]) =>
    new DataSource({ ...buildDataSourceOptions(database.config), migrations: migrations as never, migrationsRun: true }).initialize();

  it('keeps the newest row of each hour and reads the series back unchanged in shape', async () => {
    const setup = await startTestApp({ database });
    await setup.http().post('/api/scenario/import').send(smallScenario()).expect(200);
    const { body: stored } = await setup.http().get('/api/history/summary').expect(200);
    await setup.close();

    // back to the NULL key (undoing the later migrations on the way), then the same 48 hours stored a second time with 1000 messages each
    const before = await connect(MIGRATIONS);
    for (let undo = MIGRATIONS.length - MIGRATIONS.findIndex((migration) => migration.name === 'HistoryClassKey1767744000001'); undo > 0; undo--) await before.undoLastMigration({ transaction: 'none' });
    expect(Number((await before.query(`SELECT COUNT(*) AS n FROM ${table('message_history')} WHERE class_id IS NULL`))[0].n)).toBe(48);
    await before.query(`INSERT INTO ${table('message_history')} (marketplace_id, class_id, hour, count) SELECT marketplace_id, NULL, hour, 1000 FROM ${table('message_history')}`);
    expect(Number((await before.query(`SELECT COUNT(*) AS n FROM ${table('message_history')}`))[0].n)).toBe(96);
    await before.destroy();

    const t = await startTestApp({ database });
    try {
      const { body: summary } = await t.http().get('/api/history/summary').expect(200);
      expect(summary).toEqual([{ ...stored[0], hours: 48, total: 48_000 }]);
      await t.http().post('/api/history/import').set('Content-Type', 'text/csv').send('hour_start,marketplace,count\n2026-02-23T05:00:00Z,amazon-us,7\n').expect(200);
      expect((await t.http().get('/api/history/summary').expect(200)).body).toEqual([{ ...stored[0], hours: 48, total: 48_000 - 1000 + 7 }]);
    } finally {
      await t.close();
    }
  });
});
