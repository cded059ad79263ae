import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SCENARIO_SCHEMA_VERSION } from '@app/domain';
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
  @ApiProperty({
    enum: [SCENARIO_SCHEMA_VERSION],
    description: `Version of the file format. Exports are version ${SCENARIO_SCHEMA_VERSION}; an import also takes version 1, migrated first (its agents are paid hourly, as version 1 costed them).`,
  })
  schemaVersion: typeof SCENARIO_SCHEMA_VERSION;

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
