import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** The unclassified series' key (MessageHistoryEntity's UNCLASSIFIED_CLASS_KEY), written out: a migration does not change with the code. */
const UNCLASSIFIED_CLASS_KEY = '';

/**
 * message_history.class_id becomes NOT NULL, '' for the unclassified series. NULLs never collide
 * in a unique index, so on PostgreSQL two concurrent imports stored the same unclassified hour
 * twice; a key that is a value makes (marketplace, class, hour) unique on both databases.
 * Duplicates already stored are removed first, keeping the newest row of each hour.
 */
export class HistoryClassKey1767744000001 implements MigrationInterface {
  name = 'HistoryClassKey1767744000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const table = historyTable(queryRunner);
    await queryRunner.query(
      `DELETE FROM ${table} WHERE class_id IS NULL AND id NOT IN (SELECT MAX(id) FROM ${table} WHERE class_id IS NULL GROUP BY marketplace_id, hour)`,
    );
    await queryRunner.query(`UPDATE ${table} SET class_id = '${UNCLASSIFIED_CLASS_KEY}' WHERE class_id IS NULL`);
    await changeClassColumn(queryRunner, { isNullable: false, default: `'${UNCLASSIFIED_CLASS_KEY}'` });
  }

  /** On SQLite, revert outside a transaction (see 1767484800001-agent-pay-terms.migration.ts). */
  async down(queryRunner: QueryRunner): Promise<void> {
    await changeClassColumn(queryRunner, { isNullable: true, default: undefined });
    await queryRunner.query(`UPDATE ${historyTable(queryRunner)} SET class_id = NULL WHERE class_id = '${UNCLASSIFIED_CLASS_KEY}'`);
  }
}

/**
 * The stored column with only its nullability and default changed: a column given afresh would
 * differ in its type's spelling ("character varying"), and TypeORM then drops and re-adds it,
 * losing the rows' values and the index on PostgreSQL.
 */
async function changeClassColumn(queryRunner: QueryRunner, change: Pick<TableColumn, 'isNullable' | 'default'>): Promise<void> {
  const table = await queryRunner.getTable('message_history');
  const stored = table?.findColumnByName('class_id');
  if (!table || !stored) throw new Error('message_history.class_id is missing: the initial schema did not run');
  const changed = stored.clone();
  changed.isNullable = change.isNullable;
  changed.default = change.default;
  await queryRunner.changeColumn(table, stored, changed);
}

/** The table for raw SQL, inside the connection's own schema where it has one (PostgreSQL). */
function historyTable(queryRunner: QueryRunner): string {
  const { driver, options } = queryRunner.connection;
  const schema = 'schema' in options ? options.schema : undefined;
  return schema ? `${driver.escape(schema)}.${driver.escape('message_history')}` : driver.escape('message_history');
}
