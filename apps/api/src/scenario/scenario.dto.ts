import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AgentDto } from '../agents/agent.dto';
import { CurrencyRateDto } from '../currency-rates/currency-rate.dto';
import { CalendarEventDto } from '../events/calendar-event.dto';
import { HistorySeriesDto } from '../history/history.dto';
import { MarketplaceDto } from '../marketplaces/marketplace.dto';
import { PlanningHorizonDto } from '../organisation/organisation.dto';
import { ShiftTemplateDto } from '../shift-templates/shift-template.dto';
import { SiteDto } from '../sites/site.dto';

/**
 * The scenario file, for the OpenAPI document. Import checks it with the domain's
 * validateScenario (docs/scenario.schema.json plus the rules across entities), not class-validator.
 */
export class ScenarioFileDto {
  @ApiProperty({ enum: [1] })
  schemaVersion: 1;

  @ApiProperty({ example: 'Demo Seller Ltd' })
  name: string;

  @ApiProperty({ example: 'USD' })
  reportingCurrency: string;

  @ApiPropertyOptional({ type: PlanningHorizonDto })
  horizon?: PlanningHorizonDto;

  @ApiProperty({ type: [MarketplaceDto] })
  marketplaces: MarketplaceDto[];

  @ApiProperty({ type: [SiteDto] })
  sites: SiteDto[];

  @ApiProperty({ type: [ShiftTemplateDto] })
  shiftTemplates: ShiftTemplateDto[];

  @ApiProperty({ type: [AgentDto] })
  agents: AgentDto[];

  @ApiProperty({ type: [CalendarEventDto] })
  events: CalendarEventDto[];

  @ApiProperty({ type: [CurrencyRateDto] })
  currencyRates: CurrencyRateDto[];

  @ApiProperty({ type: [HistorySeriesDto] })
  history: HistorySeriesDto[];
}

export class ScenarioCountsDto {
  @ApiProperty() marketplaces: number;
  @ApiProperty() sites: number;
  @ApiProperty() shiftTemplates: number;
  @ApiProperty() agents: number;
  @ApiProperty() events: number;
  @ApiProperty() currencyRates: number;
  @ApiProperty() historySeries: number;
  @ApiProperty({ description: 'Hours with a count (null hours are not stored)' }) historyHours: number;
}

export class ScenarioImportResultDto {
  @ApiProperty({ type: ScenarioCountsDto })
  counts: ScenarioCountsDto;
}
