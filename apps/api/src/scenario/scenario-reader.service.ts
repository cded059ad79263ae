import { Injectable } from '@nestjs/common';
import { SCENARIO_SCHEMA_VERSION, ScenarioFile } from '@app/domain';
import { mapAgent } from '../agents/agent.dto';
import { AgentRepository } from '../agents/agent.repository';
import { mapCurrencyRate } from '../currency-rates/currency-rate.dto';
import { CurrencyRateRepository } from '../currency-rates/currency-rate.repository';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { mapCalendarEvent } from '../events/calendar-event.dto';
import { CalendarEventRepository } from '../events/calendar-event.repository';
import { HistoryRepository } from '../history/history.repository';
import { hoursToSeries } from '../history/hours-to-series.util';
import { mapMarketplace } from '../marketplaces/marketplace.dto';
import { MarketplaceRepository } from '../marketplaces/marketplace.repository';
import { Organisation, mapOrganisation } from '../organisation/organisation.dto';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { mapShiftTemplate } from '../shift-templates/shift-template.dto';
import { ShiftTemplateRepository } from '../shift-templates/shift-template.repository';
import { mapSite } from '../sites/site.dto';
import { SiteRepository } from '../sites/site.repository';

/** Reads the stored planning setup back as one scenario file. */
@Injectable()
export class ScenarioReaderService {
  constructor(
    private readonly organisation: OrganisationRepository,
    private readonly marketplaces: MarketplaceRepository,
    private readonly sites: SiteRepository,
    private readonly shiftTemplates: ShiftTemplateRepository,
    private readonly agents: AgentRepository,
    private readonly events: CalendarEventRepository,
    private readonly rates: CurrencyRateRepository,
    private readonly history: HistoryRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /** The whole setup, or null before an organisation exists. `history: false` skips the (large) message history. */
  async read(options: { history: boolean }, tx: Transaction = this.transactions.default): Promise<ScenarioFile | null> {
    const organisationRow = await this.organisation.get(tx);
    if (!organisationRow) return null;
    return this.readWith(mapOrganisation(organisationRow), options, tx);
  }

  /** The stored setup under the given organisation (e.g. one about to be saved, to check it). */
  async readWith(
    organisation: Organisation,
    options: { history: boolean },
    tx: Transaction = this.transactions.default,
  ): Promise<ScenarioFile> {
    return {
      schemaVersion: SCENARIO_SCHEMA_VERSION,
      name: organisation.name,
      reportingCurrency: organisation.reportingCurrency,
      ...(organisation.horizon ? { horizon: organisation.horizon } : {}),
      marketplaces: (await this.marketplaces.list(tx)).map(mapMarketplace),
      sites: (await this.sites.list(tx)).map(mapSite),
      shiftTemplates: (await this.shiftTemplates.list(tx)).map(mapShiftTemplate),
      agents: (await this.agents.list(tx)).map(mapAgent),
      events: (await this.events.list(tx)).map(mapCalendarEvent),
      currencyRates: (await this.rates.list(tx)).map(mapCurrencyRate),
      history: options.history ? hoursToSeries(await this.history.find({}, tx)) : [],
    };
  }
}
