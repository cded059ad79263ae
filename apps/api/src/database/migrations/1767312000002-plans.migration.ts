import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

/**
 * Planning runs: request, headline figures, and the planner's result and planning setup as JSON
 * text. No foreign keys into the planning setup or the forecasts: a plan is a snapshot.
 */
export class Plans1767312000002 implements MigrationInterface {
  name = 'Plans1767312000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'plan',
        columns: [
          { ...text('id'), isPrimary: true },
          text('job_id', true),
          text('status'),
          json('message', true),
          json('error', true),
          text('created_at'),
          text('finished_at', true),
          text('forecast_id', true),
          text('scenario_name'),
          text('solver'),
          number('time_limit_seconds'),
          number('mip_gap', true),
          text('grid_start_utc'),
          { name: 'grid_hours', type: 'integer' },
          text('grid_mode'),
          text('reporting_currency'),
          number('total_cost', true),
          number('cost_per_message', true),
          number('sla_attainment', true),
          number('lp_bound', true),
          number('gap', true),
          number('solve_seconds', true),
          json('scenario'),
          json('result', true),
        ],
        indices: [new TableIndex({ name: 'ix_plan_created_at', columnNames: ['created_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('plan');
  }
}

function text(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'varchar', isNullable };
}

function number(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'double precision', isNullable };
}

/** JSON (`simple-json` in the entity) or long free text, stored as text. */
function json(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'text', isNullable };
}
