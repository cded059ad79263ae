import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MarketplaceEntity } from '../marketplaces/marketplace.entity';
import { CalendarEventEntity } from './calendar-event.entity';

/** A marketplace an event changes the volume of; a foreign key keeps the marketplace from vanishing under it. */
@Entity('calendar_event_marketplace')
export class CalendarEventMarketplaceEntity {
  @PrimaryColumn('varchar', { name: 'event_id' })
  eventId: string;

  @PrimaryColumn('varchar', { name: 'marketplace_id' })
  marketplaceId: string;

  @Column('integer')
  position: number;

  @ManyToOne(() => CalendarEventEntity, (event) => event.marketplaces, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: CalendarEventEntity;

  @ManyToOne(() => MarketplaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'marketplace_id' })
  marketplace?: MarketplaceEntity;
}
