import { DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config/app-config';
import { ENTITIES, MIGRATIONS } from './entities';

/**
 * The one description of the database connection, shared by the app, the CLI and the tests.
 * Migrations always run on connect; the schema is never synchronised from the entities.
 */
export function buildDataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'all' as const,
    synchronize: false,
    logging: false,
  };
  if (database.kind === 'sqlite') {
    // worker processes may share the file with the API: wait for a lock rather than fail at once,
    // and (WAL) read the last committed state while another process writes
    return { ...common, type: 'sqlite', database: database.path, busyTimeout: 10_000, enableWAL: database.path !== ':memory:' };
  }
  return { ...common, type: 'postgres', url: database.url, ...(database.schema ? { schema: database.schema } : {}) };
}
