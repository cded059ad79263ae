import { Injectable } from '@nestjs/common';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { RotaEntity } from './rota.entity';

export type RotaListRow = Pick<RotaEntity, 'id' | 'planId' | 'status' | 'createdAt' | 'publishedAt' | 'firstDate' | 'lastDate' | 'summary'>;

/** Stored rotas. */
@Injectable()
export class RotaRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** Every rota without its (large) result, newest first. */
  list(tx: Transaction = this.transactions.default): Promise<RotaListRow[]> {
    return tx.getRepository(RotaEntity).find({
      select: { id: true, planId: true, status: true, createdAt: true, publishedAt: true, firstDate: true, lastDate: true, summary: true },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<RotaEntity | null> {
    return tx.getRepository(RotaEntity).findOneBy({ id });
  }

  /** The rota of a plan its team works by: the newest published one, else the newest built; null when none was built. */
  async currentOfPlan(planId: string, tx: Transaction = this.transactions.default): Promise<RotaEntity | null> {
    const rows = await tx.getRepository(RotaEntity).find({ where: { planId }, order: { createdAt: 'DESC', id: 'ASC' } });
    return rows.find((row) => row.publishedAt !== null) ?? rows[0] ?? null;
  }

  /** Inserts a new rota or overwrites a re-run one. */
  async save(row: RotaEntity, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(RotaEntity).save(row);
    });
  }

  async markPublished(id: string, at: string, tx: Transaction): Promise<void> {
    await tx.getRepository(RotaEntity).update({ id }, { publishedAt: at });
  }
}
