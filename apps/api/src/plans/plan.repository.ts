import { Injectable } from '@nestjs/common';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { PlanEntity } from './plan.entity';

/** Every column but the two large JSON ones: enough for lists. */
const HEADLINE_COLUMNS: (keyof PlanEntity)[] = [
  'id',
  'jobId',
  'status',
  'message',
  'error',
  'createdAt',
  'finishedAt',
  'forecastId',
  'scenarioName',
  'solver',
  'timeLimitSeconds',
  'mipGap',
  'gridStartUtc',
  'gridHours',
  'gridMode',
  'reportingCurrency',
  'totalCost',
  'costPerMessage',
  'slaAttainment',
  'lpBound',
  'gap',
  'solveSeconds',
];

@Injectable()
export class PlanRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** Newest first, without the setup and result JSON. */
  list(tx: Transaction = this.transactions.default): Promise<PlanEntity[]> {
    return tx.getRepository(PlanEntity).find({ select: HEADLINE_COLUMNS, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<PlanEntity | null> {
    return tx.getRepository(PlanEntity).findOneBy({ id });
  }

  async insert(row: PlanEntity, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(PlanEntity).insert(row);
    });
  }

  async update(id: string, changes: Partial<PlanEntity>, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(PlanEntity).update({ id }, changes);
    });
  }

  async delete(id: string, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(PlanEntity).delete({ id });
    });
  }
}
