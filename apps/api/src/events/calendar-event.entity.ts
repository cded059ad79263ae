import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { CalendarEventMarketplaceEntity } from './calendar-event-marketplace.entity';
import { CalendarEventSiteEntity } from './calendar-event-site.entity';

@Entity('calendar_event')
export class CalendarEventEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar')
  name: string;

  @Column('varchar')
  kind: string;

  @Column('varchar', { name: 'start_date' })
  start: string;

  @Column('varchar', { name: 'end_date' })
  end: string;

  @Column('double precision', { name: 'volume_multiplier', nullable: true })
  volumeMultiplier: number | null;

  @Column('double precision', { name: 'availability_cap', nullable: true })
  availabilityCap: number | null;

  @OneToMany(() => CalendarEventMarketplaceEntity, (link) => link.event, { cascade: true })
  marketplaces: CalendarEventMarketplaceEntity[];

  @OneToMany(() => CalendarEventSiteEntity, (link) => link.event, { cascade: true })
  sites: CalendarEventSiteEntity[];
}
