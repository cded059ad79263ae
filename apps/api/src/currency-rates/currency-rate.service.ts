import { ConflictException, Injectable } from '@nestjs/common';
import { CurrencyRate, validateCurrencyRate } from '@app/domain';
import { InvalidInputException } from '../common/invalid-input.exception';
import { rejectIssues } from '../common/reject-issues';
import { alreadyExists, idMismatch, notFound, referencedBy } from '../common/resource-errors';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { SiteRepository } from '../sites/site.repository';
import { mapCurrencyRate, toCurrencyRateEntity } from './currency-rate.dto';
import { CurrencyRateRepository } from './currency-rate.repository';

/** Rates from the sites' pay currencies to the organisation's reporting currency; the currency is the id. */
@Injectable()
export class CurrencyRateService {
  constructor(
    private readonly rates: CurrencyRateRepository,
    private readonly sites: SiteRepository,
    private readonly organisation: OrganisationRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(): Promise<CurrencyRate[]> {
    return (await this.rates.list()).map(mapCurrencyRate);
  }

  async get(currency: string): Promise<CurrencyRate> {
    const row = await this.rates.getByCurrency(currency);
    if (!row) throw notFound('currency rate', currency);
    return mapCurrencyRate(row);
  }

  async create(rate: CurrencyRate): Promise<CurrencyRate> {
    rejectIssues('currency rate', validateCurrencyRate(rate));
    return this.transactions.run(async (tx) => {
      if (await this.rates.getByCurrency(rate.currency, tx)) {
        throw alreadyExists('currency rate', rate.currency, '/api/currency-rates');
      }
      await this.requireUnitRateForReportingCurrency(rate, tx);
      await this.rates.insert([toCurrencyRateEntity(rate)], tx);
      return rate;
    });
  }

  async replace(currency: string, rate: CurrencyRate): Promise<CurrencyRate> {
    if (rate.currency !== currency) throw idMismatch('/currency', currency, rate.currency);
    rejectIssues('currency rate', validateCurrencyRate(rate));
    return this.transactions.run(async (tx) => {
      if (!(await this.rates.getByCurrency(currency, tx))) throw notFound('currency rate', currency);
      await this.requireUnitRateForReportingCurrency(rate, tx);
      await this.rates.replace(toCurrencyRateEntity(rate), tx);
      return rate;
    });
  }

  /** Refuses while a site is paid in the currency (its cost could no longer be reported). */
  async remove(currency: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.rates.getByCurrency(currency, tx))) throw notFound('currency rate', currency);
      const reporting = (await this.organisation.get(tx))?.reportingCurrency;
      const users = currency === reporting ? [] : referencedBy('sites', await this.sites.usingCurrency(currency, tx));
      if (users.length > 0) {
        throw new ConflictException(
          `currency rate "${currency}" is still needed by ${users.join(', ')} (paid in ${currency}); change their currency or delete them first`,
        );
      }
      await this.rates.delete(currency, tx);
    });
  }

  private async requireUnitRateForReportingCurrency(rate: CurrencyRate, tx: Transaction): Promise<void> {
    const reporting = (await this.organisation.get(tx))?.reportingCurrency;
    if (rate.currency !== reporting || rate.toReporting === 1) return;
    throw new InvalidInputException('currency rate', [
      {
        path: '/toReporting',
        message: `The rate of the reporting currency ${reporting} to itself is ${rate.toReporting}; it must be 1 (or leave it out).`,
      },
    ]);
  }
}
