import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import type { PayBasis } from '@app/domain';
import { SiteEntity } from '../sites/site.entity';
import { TimeOffEntity } from './time-off.entity';

@Entity('agent')
export class AgentEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar')
  name: string;

  @Column('varchar', { name: 'site_id' })
  siteId: string;

  @Column('simple-json')
  languages: string[];

  @Column('double precision', { name: 'contract_hours_per_week' })
  contractHoursPerWeek: number;

  @Column('integer', { name: 'max_consecutive_days' })
  maxConsecutiveDays: number;

  // pay terms: NULL = absent, the pay policy's default

  @Column('varchar', { name: 'pay_basis', nullable: true })
  payBasis: PayBasis | null;

  @Column('double precision', { name: 'hourly_rate', nullable: true })
  hourlyRate: number | null;

  @Column('integer', { name: 'max_days_per_week', nullable: true })
  maxDaysPerWeek: number | null;

  @Column('simple-json', { name: 'shift_template_ids', nullable: true })
  shiftTemplateIds: string[] | null;

  @ManyToOne(() => SiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  @OneToMany(() => TimeOffEntity, (timeOff) => timeOff.agent, { cascade: true })
  timeOff: TimeOffEntity[];
}
