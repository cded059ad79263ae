import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * A handle on one open transaction. Services pass it through to repositories without looking
 * inside; repositories run their queries on it.
 */
export type Transaction = EntityManager;

/**
 * Runs a unit of work in one database transaction: all of it is written, or none.
 *
 * TypeORM talks to SQLite over a single connection, so two transactions at once would nest
 * into each other (one's rollback undoing the other's work); on SQLite they therefore run one
 * after the other. PostgreSQL gives each its own pooled connection. Never call run() from
 * inside run(): pass the transaction down instead.
 */
@Injectable()
export class TransactionRunner {
  private readonly serialised: boolean;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.serialised = dataSource.options.type === 'sqlite';
  }

  run<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    if (!this.serialised) return this.dataSource.transaction(work);
    const result = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** The connection's own manager, for reads and single-statement writes outside a transaction. */
  get default(): Transaction {
    return this.dataSource.manager;
  }
}
