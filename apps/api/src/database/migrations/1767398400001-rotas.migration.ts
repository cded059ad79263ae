import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

/**
 * Rotas, the managers' pins and the holiday-duty history. Same conventions as the initial
 * schema (schema builder, types both databases know, JSON as text); no foreign keys into the
 * planning setup, since a scenario import replaces every agent and site.
 */
export class Rotas1767398400001 implements MigrationInterface {
  name = 'Rotas1767398400001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'rota',
        columns: [
          { ...text('id'), isPrimary: true },
          text('plan_id'),
          text('status'),
          text('created_at'),
          text('published_at', true),
          text('first_date'),
          text('last_date'),
          json('grid'),
          json('sites'),
          json('requested_options'),
          json('resolved_options'),
          json('summary'),
          json('agents'),
          json('result'),
        ],
        indices: [new TableIndex({ name: 'ix_rota_created_at', columnNames: ['created_at'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'rota_pin',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          text('agent_id'),
          text('kind'),
          text('date'),
          text('site_id', true),
          text('template_id', true),
          text('local_start', true),
          text('created_at'),
        ],
        indices: [new TableIndex({ name: 'ix_rota_pin_agent_date', columnNames: ['agent_id', 'date'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'holiday_duty',
        columns: [
          { ...text('id'), isPrimary: true },
          text('agent_id'),
          text('date'),
          text('holiday'),
          { name: 'day_of_holiday', type: 'integer', isNullable: true },
          text('rota_id'),
        ],
        indices: [new TableIndex({ name: 'uq_holiday_duty_agent_date', columnNames: ['agent_id', 'date'], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('holiday_duty');
    await queryRunner.dropTable('rota_pin');
    await queryRunner.dropTable('rota');
  }
}

function text(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'varchar', isNullable };
}

/** JSON (`simple-json` in the entities), stored as text. */
function json(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'text', isNullable };
}
