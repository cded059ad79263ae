import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MarketplaceEntity } from './marketplace.entity';

/** A marketplace's priority class; `position` keeps the order the user gave. */
@Entity('priority_class')
export class PriorityClassEntity {
  @PrimaryColumn('varchar', { name: 'marketplace_id' })
  marketplaceId: string;

  @PrimaryColumn('varchar')
  id: string;

  @Column('integer')
  position: number;

  @Column('varchar')
  name: string;

  @Column('double precision')
  share: number;

  @Column('double precision', { name: 'reply_deadline_hours', nullable: true })
  replyDeadlineHours: number | null;

  @Column('double precision', { name: 'handle_minutes' })
  handleMinutes: number;

  @Column('double precision', { name: 'real_time_service_level', nullable: true })
  realTimeServiceLevel: number | null;

  @Column('double precision', { name: 'real_time_answer_within_seconds', nullable: true })
  realTimeAnswerWithinSeconds: number | null;

  @ManyToOne(() => MarketplaceEntity, (marketplace) => marketplace.classes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'marketplace_id' })
  marketplace?: MarketplaceEntity;
}
