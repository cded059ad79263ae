import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

/**
 * Scenario definitions (overrides on the stored setup) and stored comparisons. Same conventions
 * as the initial schema; no foreign keys: a comparison keeps its result when a definition it
 * compared is deleted, and says so when re-run.
 */
export class ScenarioComparisons1767398400002 implements MigrationInterface {
  name = 'ScenarioComparisons1767398400002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'scenario_definition',
        columns: [
          { ...text('id'), isPrimary: true },
          text('name'),
          text('description', true),
          { name: 'live', type: 'boolean' },
          json('overrides'),
          text('created_at'),
          text('updated_at'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'comparison',
        columns: [
          { ...text('id'), isPrimary: true },
          json('scenario_ids'),
          { name: 'weeks', type: 'integer', isNullable: true },
          { name: 'replications', type: 'integer', isNullable: true },
          { name: 'time_limit_seconds', type: 'double precision', isNullable: true },
          text('created_at'),
          text('ran_at'),
          { name: 'runs', type: 'integer' },
          json('result'),
        ],
        indices: [new TableIndex({ name: 'ix_comparison_created_at', columnNames: ['created_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('comparison');
    await queryRunner.dropTable('scenario_definition');
  }
}

function text(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'varchar', isNullable };
}

/** JSON (`simple-json` in the entities), stored as text. */
function json(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'text', isNullable };
}
