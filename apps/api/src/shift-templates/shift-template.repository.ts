import { Injectable } from '@nestjs/common';
import { compareIds } from '../common/compare-ids';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { ShiftTemplateEntity } from './shift-template.entity';

@Injectable()
export class ShiftTemplateRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  async list(tx: Transaction = this.transactions.default): Promise<ShiftTemplateEntity[]> {
    const rows = await tx.getRepository(ShiftTemplateEntity).find();
    return rows.sort((a, b) => compareIds(a.id, b.id));
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<ShiftTemplateEntity | null> {
    return tx.getRepository(ShiftTemplateEntity).findOneBy({ id });
  }

  async idsAtSite(siteId: string, tx: Transaction = this.transactions.default): Promise<string[]> {
    const rows = await tx.getRepository(ShiftTemplateEntity).find({ select: { id: true }, where: { siteId } });
    return rows.map((row) => row.id).sort(compareIds);
  }

  async insert(rows: ShiftTemplateEntity[], tx: Transaction): Promise<void> {
    if (rows.length > 0) await tx.getRepository(ShiftTemplateEntity).insert(rows);
  }

  async replace(row: ShiftTemplateEntity, tx: Transaction): Promise<void> {
    await tx.getRepository(ShiftTemplateEntity).update({ id: row.id }, row);
  }

  async delete(id: string, tx: Transaction): Promise<void> {
    await tx.getRepository(ShiftTemplateEntity).delete({ id });
  }

  async deleteAll(tx: Transaction): Promise<void> {
    await tx.getRepository(ShiftTemplateEntity).createQueryBuilder().delete().execute();
  }
}
