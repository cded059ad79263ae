import { Injectable } from '@nestjs/common';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { AuthSessionEntity } from './auth-session.entity';
import { UserAccountEntity } from './user-account.entity';

@Injectable()
export class UserAccountRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  list(tx: Transaction = this.transactions.default): Promise<UserAccountEntity[]> {
    return tx.getRepository(UserAccountEntity).find({ order: { email: 'ASC' } });
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<UserAccountEntity | null> {
    return tx.getRepository(UserAccountEntity).findOneBy({ id });
  }

  getByEmail(email: string, tx: Transaction = this.transactions.default): Promise<UserAccountEntity | null> {
    return tx.getRepository(UserAccountEntity).findOneBy({ email });
  }

  count(tx: Transaction = this.transactions.default): Promise<number> {
    return tx.getRepository(UserAccountEntity).count();
  }

  countManagers(tx: Transaction): Promise<number> {
    return tx.getRepository(UserAccountEntity).countBy({ role: 'manager' });
  }

  async insert(row: UserAccountEntity, tx: Transaction): Promise<void> {
    await tx.getRepository(UserAccountEntity).insert(row);
  }

  async update(id: string, changes: Partial<UserAccountEntity>, tx: Transaction): Promise<void> {
    await tx.getRepository(UserAccountEntity).update({ id }, changes);
  }

  /** The user and every session of theirs. */
  async delete(id: string, tx: Transaction): Promise<void> {
    await tx.getRepository(AuthSessionEntity).delete({ userId: id });
    await tx.getRepository(UserAccountEntity).delete({ id });
  }
}
