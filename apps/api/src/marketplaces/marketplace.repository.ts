import { Injectable } from '@nestjs/common';
import { compareIds } from '../common/compare-ids';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { MarketplaceEntity } from './marketplace.entity';
import { PriorityClassEntity } from './priority-class.entity';

/** Marketplaces with their priority classes. */
@Injectable()
export class MarketplaceRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  async list(tx: Transaction = this.transactions.default): Promise<MarketplaceEntity[]> {
    const rows = await tx.getRepository(MarketplaceEntity).find({ relations: { classes: true } });
    return rows.sort((a, b) => compareIds(a.id, b.id));
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<MarketplaceEntity | null> {
    return tx.getRepository(MarketplaceEntity).findOne({ where: { id }, relations: { classes: true } });
  }

  exists(id: string, tx: Transaction = this.transactions.default): Promise<boolean> {
    return tx.getRepository(MarketplaceEntity).existsBy({ id });
  }

  async insert(rows: MarketplaceEntity[], tx: Transaction): Promise<void> {
    if (rows.length === 0) return;
    await tx.getRepository(MarketplaceEntity).insert(rows.map(withoutClasses));
    const classes = rows.flatMap((row) => row.classes);
    if (classes.length > 0) await tx.getRepository(PriorityClassEntity).insert(classes);
  }

  /** Overwrites the marketplace row and replaces its classes. */
  async replace(row: MarketplaceEntity, tx: Transaction): Promise<void> {
    await tx.getRepository(PriorityClassEntity).delete({ marketplaceId: row.id });
    await tx.getRepository(MarketplaceEntity).update({ id: row.id }, withoutClasses(row));
    if (row.classes.length > 0) await tx.getRepository(PriorityClassEntity).insert(row.classes);
  }

  /** Deletes the marketplace; its classes and message history go with it (foreign keys cascade). */
  async delete(id: string, tx: Transaction): Promise<void> {
    await tx.getRepository(MarketplaceEntity).delete({ id });
  }

  async deleteAll(tx: Transaction): Promise<void> {
    await tx.getRepository(PriorityClassEntity).createQueryBuilder().delete().execute();
    await tx.getRepository(MarketplaceEntity).createQueryBuilder().delete().execute();
  }
}

function withoutClasses(row: MarketplaceEntity): Omit<MarketplaceEntity, 'classes'> {
  const { classes: _classes, ...columns } = row;
  return columns;
}
