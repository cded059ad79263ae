import { DataSource, DataSourceOptions } from 'typeorm';
import { OPEN_READONLY } from 'sqlite3';

/**
 * On a SQLite file, a second connection that only reads. TypeORM gives SQLite one connection,
 * so a read sent while a transaction was open saw that transaction's uncommitted rows (during a
 * large import the stored hours dropped to 0 and climbed back); with WAL a reader on its own
 * connection sees the last committed state, as PostgreSQL's pooled reads do. Read-only, so a
 * write sent here by mistake fails instead of skipping the transaction runner. None for an
 * in-memory database (a second connection would be another database) or PostgreSQL.
 */
export function committedReaderFor(options: DataSourceOptions): DataSource | null {
  if (options.type !== 'sqlite' || options.database === ':memory:') return null;
  return new DataSource({
    type: 'sqlite',
    database: options.database,
    entities: options.entities,
    flags: OPEN_READONLY,
    busyTimeout: options.busyTimeout,
    synchronize: false,
    migrationsRun: false,
    logging: false,
  });
}
