import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/**
 * Monitoring: the buyer messages of helpdesk exports (one row per message, instants as ISO 8601
 * UTC strings of fixed width, so they compare as text on both databases; a marketplace's go with
 * it) and the stored actual-vs-plan reports of the nightly job. Conventions of the initial schema.
 */
export class ActualsMonitor1767916800001 implements MigrationInterface {
  name = 'ActualsMonitor1767916800001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'actual_message',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          text('marketplace_id'),
          text('class_id', true),
          text('received_at'),
          text('first_reply_at', true),
          text('agent', true),
          text('site_id', true),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_actual_message_marketplace',
            columnNames: ['marketplace_id'],
            referencedTableName: 'marketplace',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [new TableIndex({ name: 'ix_actual_message_marketplace_received', columnNames: ['marketplace_id', 'received_at'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'monitor_report',
        columns: [
          { ...text('id'), isPrimary: true },
          text('trigger'),
          text('from_utc'),
          text('to_utc'),
          text('plan_id', true),
          text('created_at'),
          json('report'),
        ],
        indices: [
          new TableIndex({ name: 'ix_monitor_report_created_at', columnNames: ['created_at'] }),
          new TableIndex({ name: 'ix_monitor_report_period', columnNames: ['trigger', 'from_utc', 'to_utc'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('monitor_report');
    await queryRunner.dropTable('actual_message');
  }
}

function text(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'varchar', isNullable };
}

/** JSON (`simple-json` in the entities), stored as text. */
function json(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'text', isNullable };
}
