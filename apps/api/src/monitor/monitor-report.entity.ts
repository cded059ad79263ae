import type { MonitorReport } from '@app/actuals';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An actual-vs-plan report kept as it was built: the nightly job stores yesterday's. */
@Entity('monitor_report')
@Index('ix_monitor_report_created_at', ['createdAt'])
@Index('ix_monitor_report_period', ['trigger', 'fromUtc', 'toUtc'])
export class MonitorReportEntity {
  @PrimaryColumn('varchar')
  id: string;

  /** 'schedule': built by the nightly job (REFRESH_CRON). */
  @Column('varchar')
  trigger: string;

  /** The period reported on, [from, to), UTC instants (ISO 8601). */
  @Column('varchar', { name: 'from_utc' })
  fromUtc: string;

  @Column('varchar', { name: 'to_utc' })
  toUtc: string;

  /** The plan the actuals were set against; null: none covered the period. */
  @Column('varchar', { name: 'plan_id', nullable: true })
  planId: string | null;

  @Column('varchar', { name: 'created_at' })
  createdAt: string;

  @Column('simple-json')
  report: MonitorReport;
}
