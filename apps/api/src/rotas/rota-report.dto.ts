import { ApiProperty } from '@nestjs/swagger';
import type { FairnessReport, HolidayRotaDay } from '@app/roster';

export class SpreadStatDto {
  @ApiProperty() min: number;
  @ApiProperty() max: number;
  @ApiProperty({ description: 'max − min of the raw counts' }) spread: number;
  @ApiProperty() total: number;
  @ApiProperty({ description: 'max − min of (count − the agent’s fair share)' }) shareAdjustedSpread: number;
}

export class FairShareDto {
  @ApiProperty() nights: number;
  @ApiProperty() weekends: number;
  @ApiProperty() holidays: number;
}

export class AgentFairnessDto {
  @ApiProperty() agentId: string;
  @ApiProperty() agentName: string;
  @ApiProperty() siteId: string;
  @ApiProperty() shifts: number;
  @ApiProperty() hours: number;
  @ApiProperty() nights: number;
  @ApiProperty() weekends: number;
  @ApiProperty() holidays: number;
  @ApiProperty({ description: 'Holiday duty of past seasons, weighted by recency (last season 1, the one before 0.5 …)' }) pastHolidayLoad: number;
  @ApiProperty({ type: FairShareDto }) fairShare: FairShareDto;
}

export class SiteFairnessDto {
  @ApiProperty() siteId: string;
  @ApiProperty() agents: number;
  @ApiProperty({ type: SpreadStatDto }) hours: SpreadStatDto;
  @ApiProperty({ type: SpreadStatDto }) nights: SpreadStatDto;
  @ApiProperty({ type: SpreadStatDto }) weekends: SpreadStatDto;
  @ApiProperty({ type: SpreadStatDto }) holidays: SpreadStatDto;
  @ApiProperty({ type: SpreadStatDto, description: 'This rota’s holiday duty plus the past load' }) holidaysWithHistory: SpreadStatDto;
}

export class RotaFairnessDto {
  @ApiProperty({ format: 'uuid' }) rotaId: string;
  @ApiProperty({ type: [AgentFairnessDto] }) agents: AgentFairnessDto[];
  @ApiProperty({ type: [SiteFairnessDto] }) sites: SiteFairnessDto[];
}

export class HolidayEventRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['peak', 'holiday'] }) kind: 'peak' | 'holiday';
}

export class HolidayCrewMemberDto {
  @ApiProperty() agentId: string;
  @ApiProperty() agentName: string;
  @ApiProperty() localStart: string;
  @ApiProperty() localEnd: string;
  @ApiProperty() paidHours: number;
}

export class AvailabilityCapDto {
  @ApiProperty({ example: 0.2 }) share: number;
  @ApiProperty({ description: 'Agents allowed on duty' }) agents: number;
}

export class HolidayRotaDayDto {
  @ApiProperty() siteId: string;
  @ApiProperty() siteName: string;
  @ApiProperty() date: string;
  @ApiProperty({ example: 'Monday' }) weekday: string;
  @ApiProperty({ type: [String] }) publicHolidays: string[];
  @ApiProperty({ type: [HolidayEventRefDto] }) events: HolidayEventRefDto[];
  @ApiProperty() statutory: boolean;
  @ApiProperty({ example: 3, description: 'Pay multiplier on the day’s hours' }) multiplier: number;
  @ApiProperty({ type: AvailabilityCapDto, nullable: true }) availabilityCap: AvailabilityCapDto | null;
  @ApiProperty({ type: [HolidayCrewMemberDto], description: 'The skeleton crew on duty' }) crew: HolidayCrewMemberDto[];
  @ApiProperty() paidHours: number;
  @ApiProperty() plannedSeats: number;
  @ApiProperty() unfilledSeats: number;
  @ApiProperty({ example: 'CNY' }) currency: string;
  @ApiProperty({ description: 'Crew pay at the base rate, site currency' }) baseCost: number;
  @ApiProperty({ description: 'Premium on top of the base rate, site currency' }) extraCost: number;
  @ApiProperty({ example: 'USD' }) reportingCurrency: string;
  @ApiProperty({ type: Number, nullable: true, description: 'null when no rate converts the site currency' }) extraCostReporting: number | null;
}

export class RotaHolidaysDto {
  @ApiProperty({ format: 'uuid' }) rotaId: string;
  @ApiProperty({ type: [HolidayRotaDayDto] }) days: HolidayRotaDayDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { USD: 134.4 }, description: 'Extra cost of all holiday days in the reporting currency (days without a rate left out)' })
  extraCostReporting: Record<string, number>;
}

export function mapRotaFairness(rotaId: string, fairness: FairnessReport): RotaFairnessDto {
  return { rotaId, agents: fairness.agents, sites: fairness.sites };
}

export function mapRotaHolidays(rotaId: string, days: HolidayRotaDay[]): RotaHolidaysDto {
  const extraCostReporting: Record<string, number> = {};
  for (const day of days) {
    if (day.extraCostReporting === null) continue;
    extraCostReporting[day.reportingCurrency] = (extraCostReporting[day.reportingCurrency] ?? 0) + day.extraCostReporting;
  }
  return { rotaId, days, extraCostReporting };
}
