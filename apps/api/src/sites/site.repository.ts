import { Injectable } from '@nestjs/common';
import { compareIds } from '../common/compare-ids';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { SiteEntity } from './site.entity';

@Injectable()
export class SiteRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  async list(tx: Transaction = this.transactions.default): Promise<SiteEntity[]> {
    const rows = await tx.getRepository(SiteEntity).find();
    return rows.sort((a, b) => compareIds(a.id, b.id));
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<SiteEntity | null> {
    return tx.getRepository(SiteEntity).findOneBy({ id });
  }

  exists(id: string, tx: Transaction = this.transactions.default): Promise<boolean> {
    return tx.getRepository(SiteEntity).existsBy({ id });
  }

  async usingCurrency(currency: string, tx: Transaction = this.transactions.default): Promise<string[]> {
    const rows = await tx.getRepository(SiteEntity).find({ select: { id: true }, where: { currency } });
    return rows.map((row) => row.id).sort(compareIds);
  }

  async insert(rows: SiteEntity[], tx: Transaction): Promise<void> {
    if (rows.length > 0) await tx.getRepository(SiteEntity).insert(rows);
  }

  async replace(row: SiteEntity, tx: Transaction): Promise<void> {
    await tx.getRepository(SiteEntity).update({ id: row.id }, row);
  }

  async delete(id: string, tx: Transaction): Promise<void> {
    await tx.getRepository(SiteEntity).delete({ id });
  }

  async deleteAll(tx: Transaction): Promise<void> {
    await tx.getRepository(SiteEntity).createQueryBuilder().delete().execute();
  }
}
