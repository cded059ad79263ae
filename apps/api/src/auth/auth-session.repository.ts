import { Injectable } from '@nestjs/common';
import { LessThanOrEqual, Not } from 'typeorm';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { AuthSessionEntity } from './auth-session.entity';

@Injectable()
export class AuthSessionRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  getByTokenHash(tokenHash: string, tx: Transaction = this.transactions.default): Promise<AuthSessionEntity | null> {
    return tx.getRepository(AuthSessionEntity).findOneBy({ tokenHash });
  }

  async insert(row: AuthSessionEntity, tx: Transaction): Promise<void> {
    await tx.getRepository(AuthSessionEntity).insert(row);
  }

  async delete(tokenHash: string, tx: Transaction): Promise<void> {
    await tx.getRepository(AuthSessionEntity).delete({ tokenHash });
  }

  /** Ends a user's sessions, all of them or all but one (the one that changed the password). */
  async deleteOfUser(userId: string, tx: Transaction, keepTokenHash?: string): Promise<void> {
    await tx.getRepository(AuthSessionEntity).delete(keepTokenHash ? { userId, tokenHash: Not(keepTokenHash) } : { userId });
  }

  async deleteExpired(nowIso: string, tx: Transaction): Promise<void> {
    await tx.getRepository(AuthSessionEntity).delete({ expiresAt: LessThanOrEqual(nowIso) });
  }
}
