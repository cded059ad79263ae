import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SiteEntity } from '../sites/site.entity';
import { CalendarEventEntity } from './calendar-event.entity';

/** A site whose availability an event changes. */
@Entity('calendar_event_site')
export class CalendarEventSiteEntity {
  @PrimaryColumn('varchar', { name: 'event_id' })
  eventId: string;

  @PrimaryColumn('varchar', { name: 'site_id' })
  siteId: string;

  @Column('integer')
  position: number;

  @ManyToOne(() => CalendarEventEntity, (event) => event.sites, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: CalendarEventEntity;

  @ManyToOne(() => SiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;
}
