import { Injectable } from '@nestjs/common';
import { Between, In } from 'typeorm';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { HolidayDutyEntity } from './holiday-duty.entity';

/** Who worked which holiday day, from published rotas. */
@Injectable()
export class HolidayDutyRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  list(tx: Transaction = this.transactions.default): Promise<HolidayDutyEntity[]> {
    return tx.getRepository(HolidayDutyEntity).find({ order: { date: 'ASC', agentId: 'ASC' } });
  }

  /** Forgets the records of these agents between two dates (a published rota replaces its own season). */
  async deleteForAgentsBetween(agentIds: string[], firstDate: string, lastDate: string, tx: Transaction): Promise<void> {
    if (agentIds.length === 0) return;
    await tx.getRepository(HolidayDutyEntity).delete({ agentId: In(agentIds), date: Between(firstDate, lastDate) });
  }

  async insert(rows: HolidayDutyEntity[], tx: Transaction): Promise<void> {
    if (rows.length > 0) await tx.getRepository(HolidayDutyEntity).insert(rows);
  }
}
