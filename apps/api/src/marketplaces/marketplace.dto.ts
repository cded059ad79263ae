import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Optional } from '../common/optional.decorator';
import type { IsoWeekday, Marketplace, Platform, PriorityClass, ReplyClock, WaitTarget } from '@app/domain';
import { MarketplaceEntity } from './marketplace.entity';
import { PriorityClassEntity } from './priority-class.entity';

// The DTOs describe the shape (for OpenAPI and to strip unknown fields); the business rules —
// valid time zone, shares summing to 1 … — are the domain's validateMarketplace().

const PLATFORMS: Platform[] = ['amazon', 'shopify', 'tiktok-shop', 'ebay', 'walmart', 'other'];

export class RealTimeTargetDto {
  @ApiProperty({ example: 0.8, description: 'Share of contacts answered within answerWithinSeconds' })
  @IsNumber()
  serviceLevel: number;

  @ApiProperty({ example: 60 })
  @IsNumber()
  answerWithinSeconds: number;
}

export class PriorityClassDto {
  @ApiProperty({ example: 'urgent', description: 'Unique within its marketplace' })
  @IsString()
  id: string;

  @ApiProperty({ example: 'Urgent (A-to-z claims, cancellations)' })
  @IsString()
  name: string;

  @ApiProperty({ example: 0.1, description: "Share of the marketplace's volume, 0..1; a marketplace's shares sum to 1" })
  @IsNumber()
  share: number;

  @ApiProperty({ type: Number, nullable: true, example: 4, description: 'Reply deadline in hours on the reply clock; null: no reply needed' })
  @IsOptional()
  @IsNumber()
  replyDeadlineHours: number | null;

  @ApiProperty({ example: 6, description: 'Average handle time, minutes' })
  @IsNumber()
  handleMinutes: number;

  @ApiPropertyOptional({ type: RealTimeTargetDto, description: 'Only for real-time channels (live chat)' })
  @Optional()
  @ValidateNested()
  @Type(() => RealTimeTargetDto)
  realTime?: RealTimeTargetDto;
}

export class ReplyClockDto {
  @ApiProperty({ enum: ['calendar', 'business'], description: 'calendar: every hour counts; business: only opening hours' })
  @IsIn(['calendar', 'business'])
  kind: 'calendar' | 'business';

  @ApiPropertyOptional({ type: [Number], example: [1, 2, 3, 4, 5], description: 'business only: ISO weekdays 1=Mon … 7=Sun' })
  @Optional()
  @IsArray()
  @IsNumber({}, { each: true })
  days?: number[];

  @ApiPropertyOptional({ example: '09:00', description: 'business only: local opening time HH:mm' })
  @Optional()
  @IsString()
  open?: string;

  @ApiPropertyOptional({ example: '18:00', description: 'business only: local closing time HH:mm' })
  @Optional()
  @IsString()
  close?: string;

  @ApiPropertyOptional({ description: "business only: the buyers' public holidays stop the clock" })
  @Optional()
  @IsBoolean()
  holidaysStopClock?: boolean;
}

export class LateShareDto {
  @ApiProperty({ example: 12 })
  @IsNumber()
  afterHours: number;

  @ApiProperty({ example: 0.1 })
  @IsNumber()
  maxShare: number;
}

export class WaitTargetDto {
  @ApiPropertyOptional({ example: 4, description: 'Average first-reply time cap, hours' })
  @Optional()
  @IsNumber()
  averageHours?: number;

  @ApiPropertyOptional({ type: LateShareDto })
  @Optional()
  @ValidateNested()
  @Type(() => LateShareDto)
  lateShare?: LateShareDto;

  @ApiPropertyOptional({ description: 'Cost per message-hour of waiting, reporting currency' })
  @Optional()
  @IsNumber()
  costPerWaitingHour?: number;
}

export class MarketplaceDto {
  @ApiProperty({ example: 'amazon-us', description: 'Slug, unique; chosen by the client' })
  @IsString()
  id: string;

  @ApiProperty({ example: 'Amazon US' })
  @IsString()
  name: string;

  @ApiProperty({ enum: PLATFORMS })
  @IsString()
  platform: Platform;

  @ApiProperty({ example: 'America/New_York', description: "Buyers' IANA time zone" })
  @IsString()
  timeZone: string;

  @ApiProperty({ example: 'US', description: "Buyers' ISO 3166-1 alpha-2 country (public holidays)" })
  @IsString()
  country: string;

  @ApiProperty({ type: [String], example: ['en', 'es'] })
  @IsArray()
  @IsString({ each: true })
  languages: string[];

  @ApiProperty({ type: ReplyClockDto })
  @ValidateNested()
  @Type(() => ReplyClockDto)
  replyClock: ReplyClockDto;

  @ApiProperty({ type: [PriorityClassDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PriorityClassDto)
  classes: PriorityClassDto[];

  @ApiPropertyOptional({ type: WaitTargetDto })
  @Optional()
  @ValidateNested()
  @Type(() => WaitTargetDto)
  waitTarget?: WaitTargetDto;
}

/** Database rows → the contract type. */
export function mapMarketplace(row: MarketplaceEntity): Marketplace {
  const marketplace: Marketplace = {
    id: row.id,
    name: row.name,
    platform: row.platform as Platform,
    timeZone: row.timeZone,
    country: row.country,
    languages: row.languages,
    replyClock: mapReplyClock(row),
    classes: [...(row.classes ?? [])].sort((a, b) => a.position - b.position).map(mapPriorityClass),
  };
  const waitTarget = mapWaitTarget(row);
  if (waitTarget) marketplace.waitTarget = waitTarget;
  return marketplace;
}

/** The contract type → database rows (the marketplace with its classes). */
export function toMarketplaceEntity(marketplace: Marketplace): MarketplaceEntity {
  const clock = marketplace.replyClock;
  const business = clock.kind === 'business' ? clock : undefined;
  const wait = marketplace.waitTarget;
  return Object.assign(new MarketplaceEntity(), {
    id: marketplace.id,
    name: marketplace.name,
    platform: marketplace.platform,
    timeZone: marketplace.timeZone,
    country: marketplace.country,
    languages: marketplace.languages,
    replyClockKind: clock.kind,
    businessDays: business?.days ?? null,
    businessOpen: business?.open ?? null,
    businessClose: business?.close ?? null,
    holidaysStopClock: business?.holidaysStopClock ?? null,
    waitAverageHours: wait?.averageHours ?? null,
    waitLateAfterHours: wait?.lateShare?.afterHours ?? null,
    waitLateMaxShare: wait?.lateShare?.maxShare ?? null,
    waitCostPerWaitingHour: wait?.costPerWaitingHour ?? null,
    classes: marketplace.classes.map((priorityClass, position) =>
      toPriorityClassEntity(marketplace.id, priorityClass, position),
    ),
  });
}

function toPriorityClassEntity(marketplaceId: string, priorityClass: PriorityClass, position: number): PriorityClassEntity {
  return Object.assign(new PriorityClassEntity(), {
    marketplaceId,
    id: priorityClass.id,
    position,
    name: priorityClass.name,
    share: priorityClass.share,
    replyDeadlineHours: priorityClass.replyDeadlineHours,
    handleMinutes: priorityClass.handleMinutes,
    realTimeServiceLevel: priorityClass.realTime?.serviceLevel ?? null,
    realTimeAnswerWithinSeconds: priorityClass.realTime?.answerWithinSeconds ?? null,
  });
}

function mapPriorityClass(row: PriorityClassEntity): PriorityClass {
  const priorityClass: PriorityClass = {
    id: row.id,
    name: row.name,
    share: row.share,
    replyDeadlineHours: row.replyDeadlineHours,
    handleMinutes: row.handleMinutes,
  };
  if (row.realTimeServiceLevel !== null && row.realTimeAnswerWithinSeconds !== null) {
    priorityClass.realTime = { serviceLevel: row.realTimeServiceLevel, answerWithinSeconds: row.realTimeAnswerWithinSeconds };
  }
  return priorityClass;
}

function mapReplyClock(row: MarketplaceEntity): ReplyClock {
  if (row.replyClockKind !== 'business') return { kind: 'calendar' };
  return {
    kind: 'business',
    days: (row.businessDays ?? []) as IsoWeekday[],
    open: row.businessOpen ?? '',
    close: row.businessClose ?? '',
    holidaysStopClock: row.holidaysStopClock ?? false,
  };
}

function mapWaitTarget(row: MarketplaceEntity): WaitTarget | undefined {
  const target: WaitTarget = {};
  if (row.waitAverageHours !== null) target.averageHours = row.waitAverageHours;
  if (row.waitLateAfterHours !== null && row.waitLateMaxShare !== null) {
    target.lateShare = { afterHours: row.waitLateAfterHours, maxShare: row.waitLateMaxShare };
  }
  if (row.waitCostPerWaitingHour !== null) target.costPerWaitingHour = row.waitCostPerWaitingHour;
  return Object.keys(target).length > 0 ? target : undefined;
}
