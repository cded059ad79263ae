import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/** Simulations of stored plans, deleted with their plan. */
export class Simulations1767312000003 implements MigrationInterface {
  name = 'Simulations1767312000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'simulation',
        columns: [
          { ...text('id'), isPrimary: true },
          text('job_id', true),
          text('plan_id'),
          text('status'),
          text('created_at'),
          text('finished_at', true),
          text('mode'),
          { name: 'replications', type: 'integer' },
          { name: 'seed', type: 'integer' },
          { name: 'sla_attainment', type: 'double precision', isNullable: true },
          json('error', true),
          json('result', true),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_simulation_plan',
            columnNames: ['plan_id'],
            referencedTableName: 'plan',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [new TableIndex({ name: 'ix_simulation_plan', columnNames: ['plan_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('simulation');
  }
}

function text(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'varchar', isNullable };
}

/** JSON (`simple-json` in the entity) or long free text, stored as text. */
function json(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'text', isNullable };
}
