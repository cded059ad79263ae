import { Injectable } from '@nestjs/common';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { MonitorReportEntity } from './monitor-report.entity';

/** Every column but the report JSON: enough for lists. */
const LIST_COLUMNS: (keyof MonitorReportEntity)[] = ['id', 'trigger', 'fromUtc', 'toUtc', 'planId', 'createdAt'];

/** Stored actual-vs-plan reports. */
@Injectable()
export class MonitorReportRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** Newest period first, without the reports. */
  list(tx: Transaction = this.transactions.default): Promise<MonitorReportEntity[]> {
    return tx.getRepository(MonitorReportEntity).find({ select: LIST_COLUMNS, order: { fromUtc: 'DESC', createdAt: 'DESC', id: 'ASC' } });
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<MonitorReportEntity | null> {
    return tx.getRepository(MonitorReportEntity).findOneBy({ id });
  }

  findPeriod(trigger: string, fromUtc: string, toUtc: string, tx: Transaction = this.transactions.default): Promise<MonitorReportEntity | null> {
    return tx.getRepository(MonitorReportEntity).findOneBy({ trigger, fromUtc, toUtc });
  }

  /** Inserts a new report or overwrites the one with its id. */
  async save(row: MonitorReportEntity, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(MonitorReportEntity).save(row);
    });
  }
}
