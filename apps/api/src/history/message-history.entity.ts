import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MarketplaceEntity } from '../marketplaces/marketplace.entity';

/**
 * Messages received in one UTC hour on one marketplace (and class, where known). An hour with
 * no row is missing data, not zero. `hour` counts whole hours since 1970-01-01T00:00Z.
 */
@Entity('message_history')
@Index('uq_message_history_marketplace_class_hour', ['marketplaceId', 'classId', 'hour'], { unique: true })
export class MessageHistoryEntity {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('varchar', { name: 'marketplace_id' })
  marketplaceId: string;

  @Column('varchar', { name: 'class_id', nullable: true })
  classId: string | null;

  @Column('integer')
  hour: number;

  @Column('integer')
  count: number;

  @ManyToOne(() => MarketplaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'marketplace_id' })
  marketplace?: MarketplaceEntity;
}
