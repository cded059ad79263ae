import { Injectable } from '@nestjs/common';
import { Site, validateSite } from '@app/domain';
import { rejectIssues } from '../common/reject-issues';
import { alreadyExists, idMismatch, notFound, referencedBy, stillReferenced } from '../common/resource-errors';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { AgentRepository } from '../agents/agent.repository';
import { InvalidInputException } from '../common/invalid-input.exception';
import { CurrencyRateRepository } from '../currency-rates/currency-rate.repository';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { CalendarEventRepository } from '../events/calendar-event.repository';
import { ShiftTemplateRepository } from '../shift-templates/shift-template.repository';
import { mapSite, toSiteEntity } from './site.dto';
import { SiteRepository } from './site.repository';

@Injectable()
export class SiteService {
  constructor(
    private readonly sites: SiteRepository,
    private readonly shiftTemplates: ShiftTemplateRepository,
    private readonly agents: AgentRepository,
    private readonly events: CalendarEventRepository,
    private readonly rates: CurrencyRateRepository,
    private readonly organisation: OrganisationRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(): Promise<Site[]> {
    return (await this.sites.list()).map(mapSite);
  }

  async get(id: string): Promise<Site> {
    const row = await this.sites.getById(id);
    if (!row) throw notFound('site', id);
    return mapSite(row);
  }

  async create(site: Site): Promise<Site> {
    rejectIssues('site', validateSite(site));
    return this.transactions.run(async (tx) => {
      if (await this.sites.exists(site.id, tx)) throw alreadyExists('site', site.id, '/api/sites');
      await this.requireCurrencyRate(site, tx);
      await this.sites.insert([toSiteEntity(site)], tx);
      return mapSite((await this.sites.getById(site.id, tx))!);
    });
  }

  async replace(id: string, site: Site): Promise<Site> {
    if (site.id !== id) throw idMismatch('/id', id, site.id);
    rejectIssues('site', validateSite(site));
    return this.transactions.run(async (tx) => {
      if (!(await this.sites.exists(id, tx))) throw notFound('site', id);
      await this.requireCurrencyRate(site, tx);
      await this.sites.replace(toSiteEntity(site), tx);
      return mapSite((await this.sites.getById(id, tx))!);
    });
  }

  /** Refuses while shift templates, agents or events still use the site. */
  async remove(id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.sites.exists(id, tx))) throw notFound('site', id);
      const users = [
        ...referencedBy('shift templates', await this.shiftTemplates.idsAtSite(id, tx)),
        ...referencedBy('agents', await this.agents.idsAtSite(id, tx)),
        ...referencedBy('events', await this.events.idsAffectingSite(id, tx)),
      ];
      if (users.length > 0) throw stillReferenced('site', id, users);
      await this.sites.delete(id, tx);
    });
  }

  /** A site's pay must convert to the reporting currency (checked once an organisation exists). */
  private async requireCurrencyRate(site: Site, tx: Transaction): Promise<void> {
    const reporting = (await this.organisation.get(tx))?.reportingCurrency;
    if (reporting === undefined || site.currency === reporting || (await this.rates.getByCurrency(site.currency, tx))) return;
    throw new InvalidInputException('site', [
      {
        path: '/currency',
        message: `Site "${site.id}" is paid in ${site.currency}, but there is no currency rate from ${site.currency} to the reporting currency ${reporting}; add one first (POST /api/currency-rates).`,
      },
    ]);
  }
}
