import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsNumber, IsPositive, IsString, ValidateNested } from 'class-validator';
import { Optional } from '../common/optional.decorator';
import { DEFAULT_OVERTIME, DEFAULT_VENDOR_RATE_MULTIPLE, type Site } from '@app/domain';
import { SiteEntity } from './site.entity';

// Shape only; the rules (time zone, non-negative cost, shrinkage in 0..1 …) are the domain's validateSite().

export class PremiumsDto {
  @ApiProperty({ example: 1.2, description: 'Pay multiplier in the night window (1 = no premium)' })
  @IsNumber()
  night: number;

  @ApiProperty({ example: 1.5 })
  @IsNumber()
  weekend: number;

  @ApiProperty({ example: 3, description: '3 = 300 % pay (Chinese statutory holidays)' })
  @IsNumber()
  statutoryHoliday: number;
}

export class NightHoursDto {
  @ApiProperty({ example: '22:00' })
  @IsString()
  start: string;

  @ApiProperty({ example: '06:00', description: 'May be before start: the window wraps midnight' })
  @IsString()
  end: string;
}

export class OvertimePolicyDto {
  @ApiProperty({ example: DEFAULT_OVERTIME.multiplier, minimum: 1, description: 'Pay multiplier of an overtime hour on the base rate (≥ 1)' })
  @IsNumber()
  multiplier: number;

  @ApiProperty({ example: DEFAULT_OVERTIME.maxHoursPerAgentPerWeek, minimum: 0, description: 'Most overtime hours one agent may work in a rota week (0 = none)' })
  @IsNumber()
  maxHoursPerAgentPerWeek: number;
}

export class SiteDto {
  @ApiProperty({ example: 'shenzhen' })
  @IsString()
  id: string;

  @ApiProperty({ example: 'Shenzhen team' })
  @IsString()
  name: string;

  @ApiProperty({ example: 'Asia/Shanghai' })
  @IsString()
  timeZone: string;

  @ApiProperty({ example: 'CNY', description: 'ISO 4217 code of the pay' })
  @IsString()
  currency: string;

  @ApiProperty({ example: 45, description: 'Base hourly cost of one agent, site currency' })
  @IsNumber()
  hourlyCost: number;

  @ApiProperty({ type: PremiumsDto })
  @ValidateNested()
  @Type(() => PremiumsDto)
  premiums: PremiumsDto;

  @ApiProperty({ type: NightHoursDto })
  @ValidateNested()
  @Type(() => NightHoursDto)
  nightHours: NightHoursDto;

  @ApiProperty({ example: 'CN', description: 'Country (or "CN-GD" subdivision) of the public holidays' })
  @IsString()
  holidayCountry: string;

  @ApiProperty({ type: [String], example: ['en', 'zh'] })
  @IsArray()
  @IsString({ each: true })
  languages: string[];

  @ApiProperty({ example: 2 })
  @IsInt()
  minHeadcount: number;

  @ApiProperty({ example: 30 })
  @IsInt()
  maxHeadcount: number;

  @ApiProperty({ example: 0.3, description: 'Share of paid time lost to breaks, meetings, absence: 0..1' })
  @IsNumber()
  shrinkage: number;

  @ApiPropertyOptional({ example: 0.9, description: 'Share of productive time spent on messages (default 0.9)' })
  @Optional()
  @IsNumber()
  occupancy?: number;

  @ApiPropertyOptional({
    type: OvertimePolicyDto,
    default: DEFAULT_OVERTIME,
    description: `Hours beyond an agent's weekly contract; absent: ×${DEFAULT_OVERTIME.multiplier}, at most ${DEFAULT_OVERTIME.maxHoursPerAgentPerWeek} h a week`,
  })
  @Optional()
  @ValidateNested()
  @Type(() => OvertimePolicyDto)
  overtime?: OvertimePolicyDto;

  @ApiPropertyOptional({
    example: 12,
    description: `Price of one agent-hour of vendor cover for the site's staffing gaps, flat, site currency (> 0); absent: ${DEFAULT_VENDOR_RATE_MULTIPLE} × hourlyCost`,
  })
  @Optional()
  @IsPositive()
  vendorHourlyRate?: number;
}

export function mapSite(row: SiteEntity): Site {
  const site: Site = {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    currency: row.currency,
    hourlyCost: row.hourlyCost,
    premiums: { night: row.premiumNight, weekend: row.premiumWeekend, statutoryHoliday: row.premiumStatutoryHoliday },
    nightHours: { start: row.nightStart, end: row.nightEnd },
    holidayCountry: row.holidayCountry,
    languages: row.languages,
    minHeadcount: row.minHeadcount,
    maxHeadcount: row.maxHeadcount,
    shrinkage: row.shrinkage,
  };
  if (row.occupancy !== null) site.occupancy = row.occupancy;
  if (row.overtimeMultiplier !== null && row.overtimeMaxHoursPerAgentPerWeek !== null) {
    site.overtime = { multiplier: row.overtimeMultiplier, maxHoursPerAgentPerWeek: row.overtimeMaxHoursPerAgentPerWeek };
  }
  if (row.vendorHourlyRate !== null && row.vendorHourlyRate !== undefined) site.vendorHourlyRate = row.vendorHourlyRate;
  return site;
}

export function toSiteEntity(site: Site): SiteEntity {
  return Object.assign(new SiteEntity(), {
    id: site.id,
    name: site.name,
    timeZone: site.timeZone,
    currency: site.currency,
    hourlyCost: site.hourlyCost,
    premiumNight: site.premiums.night,
    premiumWeekend: site.premiums.weekend,
    premiumStatutoryHoliday: site.premiums.statutoryHoliday,
    nightStart: site.nightHours.start,
    nightEnd: site.nightHours.end,
    holidayCountry: site.holidayCountry,
    languages: site.languages,
    minHeadcount: site.minHeadcount,
    maxHeadcount: site.maxHeadcount,
    shrinkage: site.shrinkage,
    occupancy: site.occupancy ?? null,
    overtimeMultiplier: site.overtime?.multiplier ?? null,
    overtimeMaxHoursPerAgentPerWeek: site.overtime?.maxHoursPerAgentPerWeek ?? null,
    vendorHourlyRate: site.vendorHourlyRate ?? null,
  });
}

/** The site as someone without pay.read sees it: everything but its pay and vendor rates. */
export function withoutSitePay(site: Site): Omit<Site, 'hourlyCost' | 'vendorHourlyRate'> {
  const { hourlyCost: _hidden, vendorHourlyRate: _hiddenToo, ...rest } = site;
  return rest;
}
