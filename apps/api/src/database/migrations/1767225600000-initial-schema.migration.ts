import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/**
 * The planning data model. Written with TypeORM's schema builder (no SQL strings) so the same
 * migration runs on SQLite and PostgreSQL: only column types both know (varchar, integer,
 * double precision, boolean, text for JSON), instants as integers or ISO strings.
 */
export class InitialSchema1767225600000 implements MigrationInterface {
  name = 'InitialSchema1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'organisation',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          text('name'),
          text('reporting_currency'),
          text('horizon_start', true),
          { name: 'horizon_weeks', type: 'integer', isNullable: true },
          text('horizon_mode', true),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'marketplace',
        columns: [
          { ...text('id'), isPrimary: true },
          text('name'),
          text('platform'),
          text('time_zone'),
          text('country'),
          json('languages'),
          text('reply_clock_kind'),
          json('business_days', true),
          text('business_open', true),
          text('business_close', true),
          { name: 'holidays_stop_clock', type: 'boolean', isNullable: true },
          number('wait_average_hours', true),
          number('wait_late_after_hours', true),
          number('wait_late_max_share', true),
          number('wait_cost_per_waiting_hour', true),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'priority_class',
        columns: [
          { ...text('marketplace_id'), isPrimary: true },
          { ...text('id'), isPrimary: true },
          { name: 'position', type: 'integer' },
          text('name'),
          number('share'),
          number('reply_deadline_hours', true),
          number('handle_minutes'),
          number('real_time_service_level', true),
          number('real_time_answer_within_seconds', true),
        ],
        foreignKeys: [references('fk_priority_class_marketplace', 'marketplace_id', 'marketplace', 'id', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'site',
        columns: [
          { ...text('id'), isPrimary: true },
          text('name'),
          text('time_zone'),
          text('currency'),
          number('hourly_cost'),
          number('premium_night'),
          number('premium_weekend'),
          number('premium_statutory_holiday'),
          text('night_start'),
          text('night_end'),
          text('holiday_country'),
          json('languages'),
          { name: 'min_headcount', type: 'integer' },
          { name: 'max_headcount', type: 'integer' },
          number('shrinkage'),
          number('occupancy', true),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'shift_template',
        columns: [
          { ...text('id'), isPrimary: true },
          text('site_id'),
          text('name'),
          number('length_hours'),
          number('paid_hours'),
          json('start_times'),
          json('days'),
        ],
        foreignKeys: [references('fk_shift_template_site', 'site_id', 'site', 'id', 'RESTRICT')],
        indices: [new TableIndex({ name: 'ix_shift_template_site', columnNames: ['site_id'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'agent',
        columns: [
          { ...text('id'), isPrimary: true },
          text('name'),
          text('site_id'),
          json('languages'),
          number('contract_hours_per_week'),
          { name: 'max_consecutive_days', type: 'integer' },
        ],
        foreignKeys: [references('fk_agent_site', 'site_id', 'site', 'id', 'RESTRICT')],
        indices: [new TableIndex({ name: 'ix_agent_site', columnNames: ['site_id'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'agent_time_off',
        columns: [
          { ...text('agent_id'), isPrimary: true },
          { name: 'position', type: 'integer', isPrimary: true },
          text('start_date'),
          text('end_date'),
          text('reason', true),
        ],
        foreignKeys: [references('fk_agent_time_off_agent', 'agent_id', 'agent', 'id', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'calendar_event',
        columns: [
          { ...text('id'), isPrimary: true },
          text('name'),
          text('kind'),
          text('start_date'),
          text('end_date'),
          number('volume_multiplier', true),
          number('availability_cap', true),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'calendar_event_marketplace',
        columns: [
          { ...text('event_id'), isPrimary: true },
          { ...text('marketplace_id'), isPrimary: true },
          { name: 'position', type: 'integer' },
        ],
        foreignKeys: [
          references('fk_calendar_event_marketplace_event', 'event_id', 'calendar_event', 'id', 'CASCADE'),
          references('fk_calendar_event_marketplace_marketplace', 'marketplace_id', 'marketplace', 'id', 'RESTRICT'),
        ],
        indices: [new TableIndex({ name: 'ix_calendar_event_marketplace_marketplace', columnNames: ['marketplace_id'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'calendar_event_site',
        columns: [
          { ...text('event_id'), isPrimary: true },
          { ...text('site_id'), isPrimary: true },
          { name: 'position', type: 'integer' },
        ],
        foreignKeys: [
          references('fk_calendar_event_site_event', 'event_id', 'calendar_event', 'id', 'CASCADE'),
          references('fk_calendar_event_site_site', 'site_id', 'site', 'id', 'RESTRICT'),
        ],
        indices: [new TableIndex({ name: 'ix_calendar_event_site_site', columnNames: ['site_id'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'currency_rate',
        columns: [{ ...text('currency'), isPrimary: true }, number('to_reporting')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'message_history',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          text('marketplace_id'),
          text('class_id', true),
          { name: 'hour', type: 'integer' },
          { name: 'count', type: 'integer' },
        ],
        foreignKeys: [references('fk_message_history_marketplace', 'marketplace_id', 'marketplace', 'id', 'CASCADE')],
        indices: [
          new TableIndex({
            name: 'uq_message_history_marketplace_class_hour',
            columnNames: ['marketplace_id', 'class_id', 'hour'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'message_history',
      'currency_rate',
      'calendar_event_site',
      'calendar_event_marketplace',
      'calendar_event',
      'agent_time_off',
      'agent',
      'shift_template',
      'site',
      'priority_class',
      'marketplace',
      'organisation',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}

function text(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'varchar', isNullable };
}

function number(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'double precision', isNullable };
}

/** JSON of a small array (the entity's `simple-json` columns), stored as text. */
function json(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'text', isNullable };
}

function references(
  name: string,
  column: string,
  table: string,
  referencedColumn: string,
  onDelete: 'CASCADE' | 'RESTRICT',
): TableForeignKey {
  return new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: [referencedColumn],
    onDelete,
  });
}
