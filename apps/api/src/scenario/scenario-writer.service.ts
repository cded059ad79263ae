import { Injectable } from '@nestjs/common';
import { ScenarioFile } from '@app/domain';
import { toAgentEntity } from '../agents/agent.dto';
import { AgentRepository } from '../agents/agent.repository';
import { toCurrencyRateEntity } from '../currency-rates/currency-rate.dto';
import { CurrencyRateRepository } from '../currency-rates/currency-rate.repository';
import { Transaction } from '../database/transaction-runner';
import { toCalendarEventEntity } from '../events/calendar-event.dto';
import { CalendarEventRepository } from '../events/calendar-event.repository';
import { HistoryRepository } from '../history/history.repository';
import { seriesToHours } from '../history/series-to-hours.util';
import { toMarketplaceEntity } from '../marketplaces/marketplace.dto';
import { MarketplaceRepository } from '../marketplaces/marketplace.repository';
import { toOrganisationEntity } from '../organisation/organisation.dto';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { toShiftTemplateEntity } from '../shift-templates/shift-template.dto';
import { ShiftTemplateRepository } from '../shift-templates/shift-template.repository';
import { toSiteEntity } from '../sites/site.dto';
import { SiteRepository } from '../sites/site.repository';

/** What a scenario import wrote. */
export interface ScenarioCounts {
  marketplaces: number;
  sites: number;
  shiftTemplates: number;
  agents: number;
  events: number;
  currencyRates: number;
  historySeries: number;
  historyHours: number;
}

/** Replaces the stored setup with a (validated) scenario, inside the caller's transaction. */
@Injectable()
export class ScenarioWriterService {
  constructor(
    private readonly organisation: OrganisationRepository,
    private readonly marketplaces: MarketplaceRepository,
    private readonly sites: SiteRepository,
    private readonly shiftTemplates: ShiftTemplateRepository,
    private readonly agents: AgentRepository,
    private readonly events: CalendarEventRepository,
    private readonly rates: CurrencyRateRepository,
    private readonly history: HistoryRepository,
  ) {}

  async replaceAll(scenario: ScenarioFile, tx: Transaction): Promise<ScenarioCounts> {
    // children before parents, so no foreign key is ever left dangling
    await this.history.deleteAll(tx);
    await this.events.deleteAll(tx);
    await this.agents.deleteAll(tx);
    await this.shiftTemplates.deleteAll(tx);
    await this.marketplaces.deleteAll(tx);
    await this.sites.deleteAll(tx);
    await this.rates.deleteAll(tx);
    await this.organisation.deleteAll(tx);

    await this.organisation.save(
      toOrganisationEntity({ name: scenario.name, reportingCurrency: scenario.reportingCurrency, horizon: scenario.horizon }),
      tx,
    );
    await this.rates.insert(scenario.currencyRates.map(toCurrencyRateEntity), tx);
    await this.sites.insert(scenario.sites.map(toSiteEntity), tx);
    await this.marketplaces.insert(scenario.marketplaces.map(toMarketplaceEntity), tx);
    await this.shiftTemplates.insert(scenario.shiftTemplates.map(toShiftTemplateEntity), tx);
    await this.agents.insert(scenario.agents.map(toAgentEntity), tx);
    await this.events.insert(scenario.events.map(toCalendarEventEntity), tx);
    const hours = scenario.history.flatMap(seriesToHours);
    await this.history.insert(hours, tx);

    return {
      marketplaces: scenario.marketplaces.length,
      sites: scenario.sites.length,
      shiftTemplates: scenario.shiftTemplates.length,
      agents: scenario.agents.length,
      events: scenario.events.length,
      currencyRates: scenario.currencyRates.length,
      historySeries: scenario.history.length,
      historyHours: hours.length,
    };
  }
}
