import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { LiveRunEntity } from './live-run.entity';
import { RefreshLockEntity } from './refresh-lock.entity';
import { RefreshRunEntity } from './refresh-run.entity';

const LOCK_NAME = 'refresh';

/** Refresh runs, the live scenarios' results per run, and the lock that keeps refreshes one at a time. */
@Injectable()
export class RefreshRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  listRuns(tx: Transaction = this.transactions.default): Promise<RefreshRunEntity[]> {
    return tx.getRepository(RefreshRunEntity).find({ order: { startedAt: 'DESC', id: 'ASC' } });
  }

  getRun(id: string, tx: Transaction = this.transactions.default): Promise<RefreshRunEntity | null> {
    return tx.getRepository(RefreshRunEntity).findOneBy({ id });
  }

  async insertRun(row: RefreshRunEntity, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(RefreshRunEntity).insert(row);
    });
  }

  async updateRun(id: string, changes: Partial<RefreshRunEntity>, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(RefreshRunEntity).update({ id }, changes);
    });
  }

  /** Marks runs still 'running' failed: called by the lock's holder, so no other refresh can be running them. */
  async failOrphans(message: string, finishedAt: string, tx?: Transaction): Promise<number> {
    return this.transactions.within(tx, async (transaction) => {
      const result = await transaction.getRepository(RefreshRunEntity).update({ status: 'running' }, { status: 'failed', message, finishedAt });
      return result.affected ?? 0;
    });
  }

  /** The newest run of each scenario (what the next refresh compares with). */
  async latestLiveRuns(scenarioIds: string[], tx: Transaction = this.transactions.default): Promise<LiveRunEntity[]> {
    const latest: LiveRunEntity[] = [];
    for (const scenarioId of scenarioIds) {
      const row = await tx.getRepository(LiveRunEntity).findOne({ where: { scenarioId }, order: { ranAt: 'DESC', id: 'ASC' } });
      if (row) latest.push(row);
    }
    return latest;
  }

  liveRunsOf(refreshRunId: string, tx: Transaction = this.transactions.default): Promise<LiveRunEntity[]> {
    return tx.getRepository(LiveRunEntity).find({ where: { refreshRunId }, order: { scenarioId: 'ASC' } });
  }

  getLiveRun(id: string, tx: Transaction = this.transactions.default): Promise<LiveRunEntity | null> {
    return tx.getRepository(LiveRunEntity).findOneBy({ id });
  }

  async insertLiveRuns(rows: LiveRunEntity[], tx: Transaction): Promise<void> {
    if (rows.length > 0) await tx.getRepository(LiveRunEntity).insert(rows);
  }

  /**
   * Takes the lock for `holder`, or says who holds it. A lock older than `staleBefore` (a
   * process that died mid-refresh) is taken over. Two processes racing for it: the primary key
   * lets one insert win; the other gets false.
   */
  async acquireLock(holder: string, now: string, staleBefore: string): Promise<{ acquired: true } | { acquired: false; holder: string; since: string }> {
    try {
      return await this.transactions.run(async (tx) => {
        const locks = tx.getRepository(RefreshLockEntity);
        const current = await locks.findOneBy({ name: LOCK_NAME });
        if (current && current.acquiredAt >= staleBefore) return { acquired: false as const, holder: current.holder, since: current.acquiredAt };
        if (current) await locks.delete({ name: LOCK_NAME, holder: current.holder });
        await locks.insert({ name: LOCK_NAME, holder, acquiredAt: now });
        return { acquired: true as const };
      });
    } catch (error) {
      if (!(error instanceof QueryFailedError)) throw error;
      const current = await this.transactions.default.getRepository(RefreshLockEntity).findOneBy({ name: LOCK_NAME });
      return { acquired: false, holder: current?.holder ?? 'another process', since: current?.acquiredAt ?? now };
    }
  }

  /** Who holds the lock now, if anyone. */
  lockHolder(tx: Transaction = this.transactions.default): Promise<RefreshLockEntity | null> {
    return tx.getRepository(RefreshLockEntity).findOneBy({ name: LOCK_NAME });
  }

  async releaseLock(holder: string, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(RefreshLockEntity).delete({ name: LOCK_NAME, holder });
    });
  }
}
