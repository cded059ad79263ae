import { randomBytes } from 'crypto';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../../../apps/api/src/config/app-config';

export interface TestDatabase {
  config: DatabaseConfig;
  kind: DatabaseConfig['kind'];
  /** Removes everything the test wrote (the PostgreSQL schema, the SQLite file). */
  drop(): Promise<void>;
}

/** The PostgreSQL database named by DATABASE_URL, when it names one: the suite then runs there. */
export function postgresUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : undefined;
}

/**
 * A fresh, empty database for one test file: on PostgreSQL (DATABASE_URL=postgres://…) a new
 * schema t_<random> that drop() removes; otherwise SQLite — in memory, or in a temporary file
 * when the test restarts the app on the same data (`persistent`).
 */
export async function createTestDatabase(options: { persistent?: boolean } = {}): Promise<TestDatabase> {
  const url = postgresUrl();
  if (url) {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await adminQuery(url, `CREATE SCHEMA "${schema}"`);
    return {
      config: { kind: 'postgres', url, schema },
      kind: 'postgres',
      drop: () => adminQuery(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`),
    };
  }
  if (!options.persistent) {
    return { config: { kind: 'sqlite', path: ':memory:' }, kind: 'sqlite', drop: async () => undefined };
  }
  const folder = mkdtempSync(join(tmpdir(), 'followsun-test-'));
  return {
    config: { kind: 'sqlite', path: join(folder, 'followsun.sqlite') },
    kind: 'sqlite',
    drop: async () => {
      if (existsSync(folder)) rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const connection = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    await connection.query(sql);
  } finally {
    await connection.destroy();
  }
}
