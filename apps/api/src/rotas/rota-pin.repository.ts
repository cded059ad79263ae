import { Injectable } from '@nestjs/common';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { RotaPinEntity } from './rota-pin.entity';

/** The managers' pins. */
@Injectable()
export class RotaPinRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** In the order they were made: the roster library applies shift pins in the order given. */
  list(tx: Transaction = this.transactions.default): Promise<RotaPinEntity[]> {
    return tx.getRepository(RotaPinEntity).find({ order: { id: 'ASC' } });
  }

  getById(id: number, tx: Transaction = this.transactions.default): Promise<RotaPinEntity | null> {
    return tx.getRepository(RotaPinEntity).findOneBy({ id });
  }

  /** Pins of one agent on one date (to refuse a duplicate). */
  ofAgentOn(agentId: string, date: string, tx: Transaction): Promise<RotaPinEntity[]> {
    return tx.getRepository(RotaPinEntity).findBy({ agentId, date });
  }

  /** Stores the pin and returns it with its new id. */
  insert(row: Omit<RotaPinEntity, 'id'>, tx: Transaction): Promise<RotaPinEntity> {
    return tx.getRepository(RotaPinEntity).save(tx.getRepository(RotaPinEntity).create(row));
  }

  async delete(id: number, tx: Transaction): Promise<void> {
    await tx.getRepository(RotaPinEntity).delete({ id });
  }
}
