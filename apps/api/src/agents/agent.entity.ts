import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
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

  @ManyToOne(() => SiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  @OneToMany(() => TimeOffEntity, (timeOff) => timeOff.agent, { cascade: true })
  timeOff: TimeOffEntity[];
}
