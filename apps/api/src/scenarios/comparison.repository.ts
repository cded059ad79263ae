import { Injectable } from '@nestjs/common';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { ComparisonEntity } from './comparison.entity';

export type ComparisonListRow = Omit<ComparisonEntity, 'result'>;

@Injectable()
export class ComparisonRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** Every comparison without its result, newest first. */
  list(tx: Transaction = this.transactions.default): Promise<ComparisonListRow[]> {
    return tx.getRepository(ComparisonEntity).find({
      select: { id: true, scenarioIds: true, weeks: true, replications: true, timeLimitSeconds: true, createdAt: true, ranAt: true, runs: true },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<ComparisonEntity | null> {
    return tx.getRepository(ComparisonEntity).findOneBy({ id });
  }

  /** Inserts a new comparison or overwrites a re-run one. */
  async save(row: ComparisonEntity, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(ComparisonEntity).save(row);
    });
  }
}
