import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SiteEntity } from '../sites/site.entity';

@Entity('shift_template')
export class ShiftTemplateEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar', { name: 'site_id' })
  siteId: string;

  @Column('varchar')
  name: string;

  @Column('double precision', { name: 'length_hours' })
  lengthHours: number;

  @Column('double precision', { name: 'paid_hours' })
  paidHours: number;

  @Column('simple-json', { name: 'start_times' })
  startTimes: string[];

  @Column('simple-json')
  days: number[];

  @ManyToOne(() => SiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;
}
