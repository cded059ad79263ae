import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

/** The nightly refresh: its runs, each live scenario's result per run, and its lock. Conventions of the initial schema. */
export class Refresh1767398400003 implements MigrationInterface {
  name = 'Refresh1767398400003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'refresh_run',
        columns: [
          { ...text('id'), isPrimary: true },
          text('trigger'),
          text('status'),
          text('scheduled_for', true),
          text('started_at'),
          text('finished_at', true),
          text('job_id', true),
          json('message', true),
          json('changes'),
        ],
        indices: [new TableIndex({ name: 'ix_refresh_run_started_at', columnNames: ['started_at'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'live_run',
        columns: [
          { ...text('id'), isPrimary: true },
          text('refresh_run_id'),
          text('scenario_id'),
          text('ran_at'),
          text('horizon_start'),
          json('figures'),
        ],
        indices: [new TableIndex({ name: 'ix_live_run_scenario_ran_at', columnNames: ['scenario_id', 'ran_at'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'refresh_lock',
        columns: [{ ...text('name'), isPrimary: true }, text('holder'), text('acquired_at')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('refresh_lock');
    await queryRunner.dropTable('live_run');
    await queryRunner.dropTable('refresh_run');
  }
}

function text(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'varchar', isNullable };
}

/** JSON (`simple-json` in the entities) or long free text, stored as text. */
function json(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'text', isNullable };
}
