import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { InTurn } from '../common/in-turn';
import { committedReaderFor } from './committed-reader';

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
export class TransactionRunner implements OnModuleInit, OnApplicationShutdown {
  private readonly serialised: boolean;
  private readonly turns = new InTurn();
  private readonly reader: DataSource | null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.serialised = dataSource.options.type === 'sqlite';
    this.reader = committedReaderFor(dataSource.options);
  }

  async onModuleInit(): Promise<void> {
    await this.reader?.initialize();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.reader?.isInitialized) await this.reader.destroy();
  }

  run<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    if (!this.serialised) return this.dataSource.transaction(work);
    return this.turns.run(() => this.dataSource.transaction(work));
  }

  /**
   * A write in the caller's transaction when it has one, else in a transaction of its own taken
   * in turn. On SQLite's single connection a write sent beside run() would land inside whichever
   * transaction is open — a finished plan stored in the middle of a large import was lost with
   * it when the import failed or the process died before it committed.
   */
  within<T>(transaction: Transaction | undefined, work: (transaction: Transaction) => Promise<T>): Promise<T> {
    return transaction ? work(transaction) : this.run(work);
  }

  /**
   * For reads outside a transaction: they see what is committed (on a SQLite file through the
   * committed reader once it is open). Writes go through run() or within().
   */
  get default(): Transaction {
    return this.reader?.isInitialized ? this.reader.manager : this.dataSource.manager;
  }
}
