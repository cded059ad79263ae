import { Injectable } from '@nestjs/common';
import { compareIds } from '../common/compare-ids';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { CurrencyRateEntity } from './currency-rate.entity';

@Injectable()
export class CurrencyRateRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  async list(tx: Transaction = this.transactions.default): Promise<CurrencyRateEntity[]> {
    const rows = await tx.getRepository(CurrencyRateEntity).find();
    return rows.sort((a, b) => compareIds(a.currency, b.currency));
  }

  getByCurrency(currency: string, tx: Transaction = this.transactions.default): Promise<CurrencyRateEntity | null> {
    return tx.getRepository(CurrencyRateEntity).findOneBy({ currency });
  }

  async insert(rows: CurrencyRateEntity[], tx: Transaction): Promise<void> {
    if (rows.length > 0) await tx.getRepository(CurrencyRateEntity).insert(rows);
  }

  async replace(row: CurrencyRateEntity, tx: Transaction): Promise<void> {
    await tx.getRepository(CurrencyRateEntity).update({ currency: row.currency }, row);
  }

  async delete(currency: string, tx: Transaction): Promise<void> {
    await tx.getRepository(CurrencyRateEntity).delete({ currency });
  }

  async deleteAll(tx: Transaction): Promise<void> {
    await tx.getRepository(CurrencyRateEntity).createQueryBuilder().delete().execute();
  }
}
