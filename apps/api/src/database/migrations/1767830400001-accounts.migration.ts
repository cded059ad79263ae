import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/**
 * Sign-in: user accounts with a role, and their sessions (a session goes with its user).
 * Conventions of the initial schema (schema builder only, so SQLite and PostgreSQL run the same migration).
 */
export class Accounts1767830400001 implements MigrationInterface {
  name = 'Accounts1767830400001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'user_account',
        columns: [{ ...text('id'), isPrimary: true }, text('email'), text('name'), text('role'), text('password_hash'), text('created_at'), text('updated_at')],
        indices: [new TableIndex({ name: 'uq_user_account_email', columnNames: ['email'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'auth_session',
        columns: [{ ...text('token_hash'), isPrimary: true }, text('user_id'), text('created_at'), text('expires_at')],
        indices: [new TableIndex({ name: 'ix_auth_session_user', columnNames: ['user_id'] })],
        foreignKeys: [
          new TableForeignKey({ name: 'fk_auth_session_user', columnNames: ['user_id'], referencedTableName: 'user_account', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('auth_session');
    await queryRunner.dropTable('user_account');
  }
}

function text(name: string): TableColumnOptions {
  return { name, type: 'varchar', isNullable: false };
}
