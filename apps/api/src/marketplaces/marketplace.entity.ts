import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { PriorityClassEntity } from './priority-class.entity';

@Entity('marketplace')
export class MarketplaceEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar')
  name: string;

  @Column('varchar')
  platform: string;

  @Column('varchar', { name: 'time_zone' })
  timeZone: string;

  @Column('varchar')
  country: string;

  @Column('simple-json')
  languages: string[];

  /** 'calendar' or 'business'; the business_* columns are null for a calendar clock. */
  @Column('varchar', { name: 'reply_clock_kind' })
  replyClockKind: string;

  @Column('simple-json', { name: 'business_days', nullable: true })
  businessDays: number[] | null;

  @Column('varchar', { name: 'business_open', nullable: true })
  businessOpen: string | null;

  @Column('varchar', { name: 'business_close', nullable: true })
  businessClose: string | null;

  @Column('boolean', { name: 'holidays_stop_clock', nullable: true })
  holidaysStopClock: boolean | null;

  @Column('double precision', { name: 'wait_average_hours', nullable: true })
  waitAverageHours: number | null;

  @Column('double precision', { name: 'wait_late_after_hours', nullable: true })
  waitLateAfterHours: number | null;

  @Column('double precision', { name: 'wait_late_max_share', nullable: true })
  waitLateMaxShare: number | null;

  @Column('double precision', { name: 'wait_cost_per_waiting_hour', nullable: true })
  waitCostPerWaitingHour: number | null;

  @OneToMany(() => PriorityClassEntity, (priorityClass) => priorityClass.marketplace, { cascade: true })
  classes: PriorityClassEntity[];
}
