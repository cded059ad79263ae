import { Injectable } from '@nestjs/common';
import { FindOptionsWhere } from 'typeorm';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { SimulationEntity } from './simulation.entity';

const HEADLINE_COLUMNS: (keyof SimulationEntity)[] = [
  'id',
  'jobId',
  'planId',
  'status',
  'createdAt',
  'finishedAt',
  'mode',
  'replications',
  'seed',
  'slaAttainment',
  'error',
];

@Injectable()
export class SimulationRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** Newest first, without the result JSON. */
  list(planId: string | undefined, tx: Transaction = this.transactions.default): Promise<SimulationEntity[]> {
    const where: FindOptionsWhere<SimulationEntity> = planId === undefined ? {} : { planId };
    return tx.getRepository(SimulationEntity).find({ select: HEADLINE_COLUMNS, where, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<SimulationEntity | null> {
    return tx.getRepository(SimulationEntity).findOneBy({ id });
  }

  /** The plan's newest simulation that finished. */
  latestSucceeded(planId: string, tx: Transaction = this.transactions.default): Promise<SimulationEntity | null> {
    return tx.getRepository(SimulationEntity).findOne({ where: { planId, status: 'succeeded' }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async insert(row: SimulationEntity, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(SimulationEntity).insert(row);
    });
  }

  async update(id: string, changes: Partial<SimulationEntity>, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(SimulationEntity).update({ id }, changes);
    });
  }
}
