import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MarketplaceEntity } from '../marketplaces/marketplace.entity';

/**
 * Messages received in one UTC hour on one marketplace (and class, where known). An hour with
 * no row is missing data, not zero. `hour` counts whole hours since 1970-01-01T00:00Z.
 */
/** The class key of a marketplace's unclassified series (its total): a value, so the unique index holds for it too. */
export const UNCLASSIFIED_CLASS_KEY = '';

@Entity('message_history')
@Index('uq_message_history_marketplace_class_hour', ['marketplaceId', 'classKey', 'hour'], { unique: true })
export class MessageHistoryEntity {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('varchar', { name: 'marketplace_id' })
  marketplaceId: string;

  /** The class, or UNCLASSIFIED_CLASS_KEY ('') for the marketplace's unclassified series: never NULL, so the unique index holds for it too. */
  @Column('varchar', { name: 'class_id', default: UNCLASSIFIED_CLASS_KEY })
  classKey: string;

  @Column('integer')
  hour: number;

  @Column('integer')
  count: number;

  @ManyToOne(() => MarketplaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'marketplace_id' })
  marketplace?: MarketplaceEntity;
}
