import { Injectable } from '@nestjs/common';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { MessageHistoryEntity } from './message-history.entity';

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

// Rows per INSERT and hours per IN (…) list: well under SQLite's and PostgreSQL's bound-parameter limits.
const ROWS_PER_INSERT = 500;
const HOURS_PER_DELETE = 500;

@Injectable()
export class HistoryRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** Hours in (marketplace, class, hour) order. */
  async find(filter: HistoryFilter, tx: Transaction = this.transactions.default): Promise<HistoryHour[]> {
    const query = tx
      .getRepository(MessageHistoryEntity)
      .createQueryBuilder('h')
      .select(['h.marketplaceId', 'h.classId', 'h.hour', 'h.count']);
    if (filter.marketplaceId !== undefined) query.andWhere('h.marketplaceId = :marketplaceId', { marketplaceId: filter.marketplaceId });
    if (filter.classId !== undefined) query.andWhere('h.classId = :classId', { classId: filter.classId });
    if (filter.fromHour !== undefined) query.andWhere('h.hour >= :fromHour', { fromHour: filter.fromHour });
    if (filter.toHour !== undefined) query.andWhere('h.hour <= :toHour', { toHour: filter.toHour });
    const rows = await query.getMany();
    return rows
      .map(({ marketplaceId, classId, hour, count }) => ({ marketplaceId, classId, hour, count }))
      .sort(compareHours);
  }

  /** First and last hour, number of hours and messages per series. */
  async extents(tx: Transaction = this.transactions.default): Promise<HistoryExtent[]> {
    const rows: Array<Record<string, unknown>> = await tx
      .getRepository(MessageHistoryEntity)
      .createQueryBuilder('h')
      .select('h.marketplaceId', 'marketplaceId')
      .addSelect('h.classId', 'classId')
      .addSelect('MIN(h.hour)', 'firstHour')
      .addSelect('MAX(h.hour)', 'lastHour')
      .addSelect('COUNT(*)', 'hours')
      .addSelect('SUM(h.count)', 'total')
      .groupBy('h.marketplaceId')
      .addGroupBy('h.classId')
      .getRawMany();
    // PostgreSQL returns COUNT and SUM as bigint strings
    return rows
      .map((row) => ({
        marketplaceId: String(row.marketplaceId),
        classId: row.classId === null ? null : String(row.classId),
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

  /** Writes the hours, replacing any stored hour of the same marketplace, class and time. */
  async replaceHours(hours: HistoryHour[], tx: Transaction): Promise<void> {
    const bySeries = new Map<string, { marketplaceId: string; classId: string | null; hours: number[] }>();
    for (const hour of hours) {
      const key = JSON.stringify([hour.marketplaceId, hour.classId]);
      const series = bySeries.get(key) ?? { marketplaceId: hour.marketplaceId, classId: hour.classId, hours: [] };
      series.hours.push(hour.hour);
      bySeries.set(key, series);
    }
    for (const series of bySeries.values()) {
      for (let i = 0; i < series.hours.length; i += HOURS_PER_DELETE) {
        const chunk = series.hours.slice(i, i + HOURS_PER_DELETE);
        const query = tx
          .getRepository(MessageHistoryEntity)
          .createQueryBuilder()
          .delete()
          .where('marketplace_id = :marketplaceId', { marketplaceId: series.marketplaceId })
          .andWhere('hour IN (:...chunk)', { chunk });
        if (series.classId === null) query.andWhere('class_id IS NULL');
        else query.andWhere('class_id = :classId', { classId: series.classId });
        await query.execute();
      }
    }
    await this.insert(hours, tx);
  }

  /** Inserts hours known not to be stored yet (e.g. after deleteAll). */
  async insert(hours: HistoryHour[], tx: Transaction): Promise<void> {
    for (let i = 0; i < hours.length; i += ROWS_PER_INSERT) {
      await tx
        .getRepository(MessageHistoryEntity)
        .createQueryBuilder()
        .insert()
        .values(hours.slice(i, i + ROWS_PER_INSERT))
        .updateEntity(false)
        .execute();
    }
  }

  /** Deletes a marketplace's history (one class of it, when given); returns the number of hours deleted. */
  async deleteSeries(marketplaceId: string, classId: string | undefined, tx: Transaction): Promise<number> {
    const query = tx
      .getRepository(MessageHistoryEntity)
      .createQueryBuilder()
      .delete()
      .where('marketplace_id = :marketplaceId', { marketplaceId });
    if (classId !== undefined) query.andWhere('class_id = :classId', { classId });
    const result = await query.execute();
    return result.affected ?? 0;
  }

  async countForClass(marketplaceId: string, classId: string, tx: Transaction = this.transactions.default): Promise<number> {
    return tx.getRepository(MessageHistoryEntity).countBy({ marketplaceId, classId });
  }

  async deleteAll(tx: Transaction): Promise<void> {
    await tx.getRepository(MessageHistoryEntity).createQueryBuilder().delete().execute();
  }
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
