import { Injectable } from '@nestjs/common';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { MessageHistoryEntity, UNCLASSIFIED_CLASS_KEY } from './message-history.entity';

/** One stored hour: messages received in UTC hour `hour` (hours since the epoch). */
export interface HistoryHour {
  marketplaceId: string;
  classId: string | null;
  hour: number;
  count: number;
}

/** Stored hours of one marketplace/class series, at a glance. */
export interface HistoryExtent {
  marketplaceId: string;
  classId: string | null;
  firstHour: number;
  lastHour: number;
  hours: number;
  total: number;
}

export interface HistoryFilter {
  marketplaceId?: string;
  classId?: string;
  fromHour?: number;
  toHour?: number;
}

// Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits.
const ROWS_PER_INSERT = 500;

@Injectable()
export class HistoryRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** Hours in (marketplace, class, hour) order. */
  async find(filter: HistoryFilter, tx: Transaction = this.transactions.default): Promise<HistoryHour[]> {
    const query = tx
      .getRepository(MessageHistoryEntity)
      .createQueryBuilder('h')
      .select(['h.marketplaceId', 'h.classKey', 'h.hour', 'h.count']);
    if (filter.marketplaceId !== undefined) query.andWhere('h.marketplaceId = :marketplaceId', { marketplaceId: filter.marketplaceId });
    if (filter.classId !== undefined) query.andWhere('h.classKey = :classKey', { classKey: filter.classId });
    if (filter.fromHour !== undefined) query.andWhere('h.hour >= :fromHour', { fromHour: filter.fromHour });
    if (filter.toHour !== undefined) query.andWhere('h.hour <= :toHour', { toHour: filter.toHour });
    const rows = await query.getMany();
    return rows
      .map(({ marketplaceId, classKey, hour, count }) => ({ marketplaceId, classId: classIdOf(classKey), hour, count }))
      .sort(compareHours);
  }

  /** First and last hour, number of hours and messages per series. */
  async extents(tx: Transaction = this.transactions.default): Promise<HistoryExtent[]> {
    const rows: Array<Record<string, unknown>> = await tx
      .getRepository(MessageHistoryEntity)
      .createQueryBuilder('h')
      .select('h.marketplaceId', 'marketplaceId')
      .addSelect('h.classKey', 'classKey')
      .addSelect('MIN(h.hour)', 'firstHour')
      .addSelect('MAX(h.hour)', 'lastHour')
      .addSelect('COUNT(*)', 'hours')
      .addSelect('SUM(h.count)', 'total')
      .groupBy('h.marketplaceId')
      .addGroupBy('h.classKey')
      .getRawMany();
    // PostgreSQL returns COUNT and SUM as bigint strings
    return rows
      .map((row) => ({
        marketplaceId: String(row.marketplaceId),
        classId: classIdOf(String(row.classKey)),
        firstHour: Number(row.firstHour),
        lastHour: Number(row.lastHour),
        hours: Number(row.hours),
        total: Number(row.total),
      }))
      .sort((a, b) => compareSeries(a, b));
  }

  async countHours(tx: Transaction = this.transactions.default): Promise<number> {
    return tx.getRepository(MessageHistoryEntity).count();
  }

  /**
   * Writes the hours, replacing any stored hour of the same marketplace, class and time: INSERT …
   * ON CONFLICT DO UPDATE, so two imports of the same hours at once merge (the later write wins
   * each hour) instead of storing an hour twice or failing on the index.
   */
  replaceHours(hours: HistoryHour[], tx: Transaction): Promise<void> {
    return this.write(hours, tx, { replacing: true });
  }

  /** Inserts hours known not to be stored yet (e.g. after deleteAll). */
  insert(hours: HistoryHour[], tx: Transaction): Promise<void> {
    return this.write(hours, tx, { replacing: false });
  }

  private async write(hours: HistoryHour[], tx: Transaction, { replacing }: { replacing: boolean }): Promise<void> {
    for (let i = 0; i < hours.length; i += ROWS_PER_INSERT) {
      const insert = tx.getRepository(MessageHistoryEntity).createQueryBuilder().insert().values(hours.slice(i, i + ROWS_PER_INSERT).map(toRow));
      if (replacing) insert.orUpdate(['count'], ['marketplace_id', 'class_id', 'hour']);
      await insert.updateEntity(false).execute();
    }
  }

  /** Deletes a marketplace's history (one class of it, when given); returns the number of hours deleted. */
  async deleteSeries(marketplaceId: string, classId: string | undefined, tx: Transaction): Promise<number> {
    const query = tx
      .getRepository(MessageHistoryEntity)
      .createQueryBuilder()
      .delete()
      .where('marketplace_id = :marketplaceId', { marketplaceId });
    if (classId !== undefined) query.andWhere('class_id = :classKey', { classKey: classId });
    const result = await query.execute();
    return result.affected ?? 0;
  }

  async countForClass(marketplaceId: string, classId: string, tx: Transaction = this.transactions.default): Promise<number> {
    return tx.getRepository(MessageHistoryEntity).countBy({ marketplaceId, classKey: classId });
  }

  async deleteAll(tx: Transaction): Promise<void> {
    await tx.getRepository(MessageHistoryEntity).createQueryBuilder().delete().execute();
  }
}

/** The stored key of a series' class: the unclassified series (classId null) has UNCLASSIFIED_CLASS_KEY. */
function toRow(hour: HistoryHour): Pick<MessageHistoryEntity, 'marketplaceId' | 'classKey' | 'hour' | 'count'> {
  return { marketplaceId: hour.marketplaceId, classKey: hour.classId ?? UNCLASSIFIED_CLASS_KEY, hour: hour.hour, count: hour.count };
}

function classIdOf(classKey: string): string | null {
  return classKey === UNCLASSIFIED_CLASS_KEY ? null : classKey;
}

function compareSeries(
  a: { marketplaceId: string; classId: string | null },
  b: { marketplaceId: string; classId: string | null },
): number {
  if (a.marketplaceId !== b.marketplaceId) return a.marketplaceId < b.marketplaceId ? -1 : 1;
  if (a.classId === b.classId) return 0;
  if (a.classId === null) return -1; // the unclassified series first
  if (b.classId === null) return 1;
  return a.classId < b.classId ? -1 : 1;
}

function compareHours(a: HistoryHour, b: HistoryHour): number {
  return compareSeries(a, b) || a.hour - b.hour;
}
