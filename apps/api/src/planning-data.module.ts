import { Module } from '@nestjs/common';
import { AgentRepository } from './agents/agent.repository';
import { AgentService } from './agents/agent.service';
import { Clock } from './common/clock';
import { CurrencyRateRepository } from './currency-rates/currency-rate.repository';
import { CurrencyRateService } from './currency-rates/currency-rate.service';
import { CalendarEventRepository } from './events/calendar-event.repository';
import { CalendarEventService } from './events/calendar-event.service';
import { HistoryRepository } from './history/history.repository';
import { HistoryCsvParser } from './history/history-csv.parser';
import { HistoryService } from './history/history.service';
import { MarketplaceRepository } from './marketplaces/marketplace.repository';
import { MarketplaceService } from './marketplaces/marketplace.service';
import { OrganisationRepository } from './organisation/organisation.repository';
import { OrganisationService } from './organisation/organisation.service';
import { ScenarioReaderService } from './scenario/scenario-reader.service';
import { ScenarioWriterService } from './scenario/scenario-writer.service';
import { ScenarioService } from './scenario/scenario.service';
import { ShiftTemplateRepository } from './shift-templates/shift-template.repository';
import { ShiftTemplateService } from './shift-templates/shift-template.service';
import { SiteRepository } from './sites/site.repository';
import { SiteService } from './sites/site.service';

const REPOSITORIES = [
  OrganisationRepository,
  MarketplaceRepository,
  SiteRepository,
  ShiftTemplateRepository,
  AgentRepository,
  CalendarEventRepository,
  CurrencyRateRepository,
  HistoryRepository,
];

const SERVICES = [
  OrganisationService,
  MarketplaceService,
  SiteService,
  ShiftTemplateService,
  AgentService,
  CalendarEventService,
  CurrencyRateService,
  HistoryService,
  HistoryCsvParser,
  ScenarioReaderService,
  ScenarioWriterService,
  ScenarioService,
];

/**
 * The planning setup's repositories and services, without HTTP: the app puts controllers on
 * top, the CLI uses it as is. Needs DatabaseModule.
 */
@Module({
  providers: [...REPOSITORIES, ...SERVICES, Clock],
  exports: [...REPOSITORIES, ...SERVICES, Clock],
})
export class PlanningDataModule {}
