import { mkdirSync } from 'fs';
import { dirname } from 'path';
import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../config/app-config';

/**
 * What must exist before TypeORM can connect and migrate: the SQLite file's folder, or the
 * PostgreSQL schema named by DATABASE_SCHEMA.
 */
export async function prepareDatabase(database: DatabaseConfig): Promise<void> {
  if (database.kind === 'sqlite') {
    if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
    return;
  }
  if (!database.schema) return;
  const connection = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  try {
    await connection.query(`CREATE SCHEMA IF NOT EXISTS "${database.schema}"`);
  } finally {
    await connection.destroy();
  }
}
