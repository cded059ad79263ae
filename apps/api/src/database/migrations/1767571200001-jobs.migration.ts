import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

/**
 * Durable background jobs: one table and one lifecycle for every kind (forecast, plan,
 * simulation, rota, comparison, frontier, what-if, refresh), so a job outlives the process that
 * started it or ran it. Conventions of the initial schema (schema builder only, so SQLite and
 * PostgreSQL run the same migration).
 */
export class Jobs1767571200001 implements MigrationInterface {
  name = 'Jobs1767571200001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'job',
        columns: [
          { ...text('id'), isPrimary: true },
          text('kind'),
          text('status'),
          text('started_by'),
          text('created_at'),
          text('started_at', true),
          text('finished_at', true),
          { name: 'attempts', type: 'integer', isNullable: false, default: 0 },
          text('worker', true),
          json('input', true),
          json('subjects'),
          json('events'),
          json('result', true),
          json('error', true),
        ],
        indices: [new TableIndex({ name: 'ix_job_created_at', columnNames: ['created_at'] }), new TableIndex({ name: 'ix_job_status', columnNames: ['status'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('job');
  }
}

function text(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'varchar', isNullable };
}

/** JSON (`simple-json` in the entities) or long free text, stored as text. */
function json(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'text', isNullable };
}
