import { Injectable } from '@nestjs/common';
import { FindOptionsWhere } from 'typeorm';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { ForecastRunEntity } from './forecast-run.entity';
import { ForecastSeriesEntity } from './forecast-series.entity';

export interface SeriesFilter {
  marketplaceId?: string;
  classId?: string;
}

@Injectable()
export class ForecastRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** Newest first. */
  list(tx: Transaction = this.transactions.default): Promise<ForecastRunEntity[]> {
    return tx.getRepository(ForecastRunEntity).find({ order: { createdAt: 'DESC', id: 'ASC' } });
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<ForecastRunEntity | null> {
    return tx.getRepository(ForecastRunEntity).findOneBy({ id });
  }

  /** The newest run that finished with a forecast. */
  latestSucceeded(tx: Transaction = this.transactions.default): Promise<ForecastRunEntity | null> {
    return tx.getRepository(ForecastRunEntity).findOne({ where: { status: 'succeeded' }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** Series of a run in (marketplace, total first, class) order. */
  async series(forecastId: string, filter: SeriesFilter = {}, tx: Transaction = this.transactions.default): Promise<ForecastSeriesEntity[]> {
    const where: FindOptionsWhere<ForecastSeriesEntity> = { forecastId };
    if (filter.marketplaceId !== undefined) where.marketplaceId = filter.marketplaceId;
    if (filter.classId !== undefined) where.classId = filter.classId;
    return tx.getRepository(ForecastSeriesEntity).find({ where, order: { id: 'ASC' } });
  }

  async insertRun(row: ForecastRunEntity, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(ForecastRunEntity).insert(row);
    });
  }

  async updateRun(id: string, changes: Partial<ForecastRunEntity>, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(ForecastRunEntity).update({ id }, changes);
    });
  }

  async insertSeries(rows: ForecastSeriesEntity[], tx: Transaction): Promise<void> {
    // one row per INSERT: each carries up to 13 weeks of hourly values in five arrays
    for (const row of rows) await tx.getRepository(ForecastSeriesEntity).insert(row);
  }
}
