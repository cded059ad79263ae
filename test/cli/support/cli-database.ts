import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { TestDatabase, createTestDatabase } from '../../api/support/test-database';

/** What a CLI spec run in this process works with: its own database and folder, and what the commands wrote. */
export interface CliDatabase {
  readonly database: TestDatabase;
  readonly folder: string;
  readonly stdout: string[];
  readonly stderr: string[];
}

/**
 * Gives the spec a persistent test database the commands find through DATABASE_URL (and
 * DATABASE_SCHEMA on PostgreSQL), a temporary folder, and stdout and stderr captured per test;
 * restores the environment and drops both afterwards. Call it at the top of a describe block.
 */
export function useCliDatabase(folderPrefix: string): CliDatabase {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: process.env.DATABASE_SCHEMA };
  const state = { database: undefined as unknown as TestDatabase, folder: '', stdout: [] as string[], stderr: [] as string[] };
  beforeAll(async () => {
    state.database = await createTestDatabase({ persistent: true });
    state.folder = mkdtempSync(join(tmpdir(), folderPrefix));
    if (state.database.config.kind === 'sqlite') {
      process.env.DATABASE_URL = `sqlite:${state.database.config.path}`;
    } else {
      process.env.DATABASE_URL = state.database.config.url;
      process.env.DATABASE_SCHEMA = state.database.config.schema;
    }
  });
  beforeEach(() => {
    state.stdout.length = 0;
    state.stderr.length = 0;
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => state.stdout.push(String(chunk)) > 0);
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => state.stderr.push(String(chunk)) > 0);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    process.env.DATABASE_URL = saved.DATABASE_URL;
    if (saved.DATABASE_SCHEMA === undefined) delete process.env.DATABASE_SCHEMA;
    else process.env.DATABASE_SCHEMA = saved.DATABASE_SCHEMA;
    rmSync(state.folder, { recursive: true, force: true });
    await state.database.drop();
  });
  return state;
}
