import { MigrationInterface, QueryRunner, TableColumn, TableColumnOptions } from 'typeorm';

/**
 * Scenario format version 2: agents' pay terms (pay basis, base rate, working days per week,
 * allowed shift templates) and sites' overtime policy. Every column is nullable — NULL is
 * "absent, the pay policy's default" (libs/domain/src/pay-policy.ts), so existing rows keep
 * meaning what they meant and export → import → export stays byte-identical. Conventions of
 * the initial schema (schema builder only, so SQLite and PostgreSQL run the same migration).
 */
export class AgentPayTerms1767484800001 implements MigrationInterface {
  name = 'AgentPayTerms1767484800001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('agent', [
      column(text('pay_basis')),
      column(number('hourly_rate')),
      column({ name: 'max_days_per_week', type: 'integer', isNullable: true }),
      column(json('shift_template_ids')),
    ]);
    await queryRunner.addColumns('site', [column(number('overtime_multiplier')), column(number('overtime_max_hours_per_agent_per_week'))]);
  }

  /**
   * On SQLite, revert outside a transaction (`undoLastMigration({ transaction: 'none' })`):
   * dropping a column rebuilds the table, and TypeORM can switch foreign keys off for that only
   * outside one (applying it is fine either way: migrations switch them off before they begin).
   */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('site', ['overtime_multiplier', 'overtime_max_hours_per_agent_per_week']);
    await queryRunner.dropColumns('agent', ['pay_basis', 'hourly_rate', 'max_days_per_week', 'shift_template_ids']);
  }
}

function column(options: TableColumnOptions): TableColumn {
  return new TableColumn(options);
}

function text(name: string): TableColumnOptions {
  return { name, type: 'varchar', isNullable: true };
}

function number(name: string): TableColumnOptions {
  return { name, type: 'double precision', isNullable: true };
}

/** JSON of a small array (the entity's `simple-json` columns), stored as text. */
function json(name: string): TableColumnOptions {
  return { name, type: 'text', isNullable: true };
}
