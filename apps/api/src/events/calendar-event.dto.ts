import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsIn, IsNumber, IsString } from 'class-validator';
import { Optional } from '../common/optional.decorator';
import type { CalendarEvent, EventKind } from '@app/domain';
import { CalendarEventMarketplaceEntity } from './calendar-event-marketplace.entity';
import { CalendarEventSiteEntity } from './calendar-event-site.entity';
import { CalendarEventEntity } from './calendar-event.entity';

export class CalendarEventDto {
  @ApiProperty({ example: 'prime-day-2026' })
  @IsString()
  id: string;

  @ApiProperty({ example: 'Prime Day' })
  @IsString()
  name: string;

  @ApiProperty({ enum: ['peak', 'holiday'] })
  @IsIn(['peak', 'holiday'])
  kind: EventKind;

  @ApiProperty({ example: '2026-07-14', description: 'First local date' })
  @IsString()
  start: string;

  @ApiProperty({ example: '2026-07-15', description: 'Last local date (inclusive)' })
  @IsString()
  end: string;

  @ApiProperty({ type: [String], example: ['amazon-us'], description: 'Existing marketplaces whose volume the event changes' })
  @IsArray()
  @IsString({ each: true })
  marketplaceIds: string[];

  @ApiProperty({ type: [String], example: [], description: 'Existing sites whose availability the event changes' })
  @IsArray()
  @IsString({ each: true })
  siteIds: string[];

  @ApiPropertyOptional({ example: 3, description: 'Volume multiplier on the marketplaces; absent: learn from history' })
  @Optional()
  @IsNumber()
  volumeMultiplier?: number;

  @ApiPropertyOptional({ example: 0.2, description: "Largest share of a site's headcount on duty, 0..1" })
  @Optional()
  @IsNumber()
  availabilityCap?: number;
}

export function mapCalendarEvent(row: CalendarEventEntity): CalendarEvent {
  const event: CalendarEvent = {
    id: row.id,
    name: row.name,
    kind: row.kind as EventKind,
    start: row.start,
    end: row.end,
    marketplaceIds: [...(row.marketplaces ?? [])].sort((a, b) => a.position - b.position).map((link) => link.marketplaceId),
    siteIds: [...(row.sites ?? [])].sort((a, b) => a.position - b.position).map((link) => link.siteId),
  };
  if (row.volumeMultiplier !== null) event.volumeMultiplier = row.volumeMultiplier;
  if (row.availabilityCap !== null) event.availabilityCap = row.availabilityCap;
  return event;
}

export function toCalendarEventEntity(event: CalendarEvent): CalendarEventEntity {
  return Object.assign(new CalendarEventEntity(), {
    id: event.id,
    name: event.name,
    kind: event.kind,
    start: event.start,
    end: event.end,
    volumeMultiplier: event.volumeMultiplier ?? null,
    availabilityCap: event.availabilityCap ?? null,
    marketplaces: event.marketplaceIds.map((marketplaceId, position) =>
      Object.assign(new CalendarEventMarketplaceEntity(), { eventId: event.id, marketplaceId, position }),
    ),
    sites: event.siteIds.map((siteId, position) =>
      Object.assign(new CalendarEventSiteEntity(), { eventId: event.id, siteId, position }),
    ),
  });
}
