import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * A site's vendor rate (Site.vendorHourlyRate: the price of an agent-hour of vendor cover for its
 * staffing gaps). Nullable: NULL is "absent, the pay policy's default" (1.5 × hourlyCost), so
 * existing rows keep meaning what they meant and export → import → export stays byte-identical.
 */
export class SiteVendorRate1767657600001 implements MigrationInterface {
  name = 'SiteVendorRate1767657600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('site', new TableColumn({ name: 'vendor_hourly_rate', type: 'double precision', isNullable: true }));
  }

  /** On SQLite, revert outside a transaction (see 1767484800001-agent-pay-terms.migration.ts). */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('site', 'vendor_hourly_rate');
  }
}
