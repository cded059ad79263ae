import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/**
 * Forecast runs and their hourly series. Same conventions as the initial schema (schema builder,
 * types both databases know, JSON as text); no foreign keys into the planning setup, since a run
 * is a snapshot that must outlive a scenario re-import.
 */
export class Forecasts1767312000001 implements MigrationInterface {
  name = 'Forecasts1767312000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'forecast_run',
        columns: [
          { ...text('id'), isPrimary: true },
          text('job_id', true),
          text('status'),
          text('created_at'),
          text('finished_at', true),
          text('scenario_name'),
          text('start_utc'),
          { name: 'hours', type: 'integer' },
          json('marketplace_ids', true),
          json('marketplaces', true),
          json('error', true),
        ],
        indices: [new TableIndex({ name: 'ix_forecast_run_created_at', columnNames: ['created_at'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'forecast_series',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          text('forecast_id'),
          text('marketplace_id'),
          text('class_id', true),
          text('time_zone'),
          text('method'),
          text('source'),
          { name: 'share', type: 'double precision' },
          json('backtest'),
          json('calendar'),
          json('forecast'),
          json('lo80'),
          json('hi80'),
          json('lo95'),
          json('hi95'),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_forecast_series_run',
            columnNames: ['forecast_id'],
            referencedTableName: 'forecast_run',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [new TableIndex({ name: 'ix_forecast_series_forecast', columnNames: ['forecast_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('forecast_series');
    await queryRunner.dropTable('forecast_run');
  }
}

function text(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'varchar', isNullable };
}

/** JSON (`simple-json` in the entities) or long free text, stored as text. */
function json(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'text', isNullable };
}
