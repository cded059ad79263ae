import { Injectable } from '@nestjs/common';
import type { ActualMessage } from '@app/actuals';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { MarketplaceEntity } from '../marketplaces/marketplace.entity';
import { ActualMessageEntity } from './actual-message.entity';

/** Stored actuals of one marketplace at a glance. */
export interface ActualsExtent {
  marketplaceId: string;
  firstReceivedUtcMs: number;
  lastReceivedUtcMs: number;
  messages: number;
  answered: number;
}

/** The receipts [firstUtcMs, lastUtcMs] (both inclusive) of one marketplace that a file covers. */
export interface ActualsSpan {
  marketplaceId: string;
  firstUtcMs: number;
  lastUtcMs: number;
}

// Rows per INSERT: 7 columns each, well under SQLite's and PostgreSQL's bound-parameter limits.
const ROWS_PER_INSERT = 500;

/** Stored helpdesk messages. */
@Injectable()
export class ActualsRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** Messages received in [fromUtcMs, toUtcMs), by marketplace and receipt. */
  async find(fromUtcMs: number, toUtcMs: number, tx: Transaction = this.transactions.default): Promise<ActualMessage[]> {
    const rows = await tx
      .getRepository(ActualMessageEntity)
      .createQueryBuilder('a')
      .where('a.receivedAt >= :from AND a.receivedAt < :to', { from: instant(fromUtcMs), to: instant(toUtcMs) })
      .orderBy('a.marketplaceId', 'ASC')
      .addOrderBy('a.receivedAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    return rows.map(toMessage);
  }

  /** First and last receipt, messages and answered ones per marketplace. */
  async extents(tx: Transaction = this.transactions.default): Promise<ActualsExtent[]> {
    const rows: Array<Record<string, unknown>> = await tx
      .getRepository(ActualMessageEntity)
      .createQueryBuilder('a')
      .select('a.marketplaceId', 'marketplaceId')
      .addSelect('MIN(a.receivedAt)', 'first')
      .addSelect('MAX(a.receivedAt)', 'last')
      .addSelect('COUNT(*)', 'messages')
      .addSelect('COUNT(a.firstReplyAt)', 'answered')
      .groupBy('a.marketplaceId')
      .orderBy('a.marketplaceId', 'ASC')
      .getRawMany();
    // PostgreSQL returns COUNT as a bigint string
    return rows.map((row) => ({
      marketplaceId: String(row.marketplaceId),
      firstReceivedUtcMs: Date.parse(String(row.first)),
      lastReceivedUtcMs: Date.parse(String(row.last)),
      messages: Number(row.messages),
      answered: Number(row.answered),
    }));
  }

  /**
   * Holds the marketplaces' rows until the transaction ends, so two imports of the same
   * marketplace replace one after the other (on SQLite transactions already run in turn);
   * answers the ids that still exist.
   */
  async lockMarketplaces(ids: string[], tx: Transaction): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const query = tx.getRepository(MarketplaceEntity).createQueryBuilder('m').select('m.id', 'id').where('m.id IN (:...ids)', { ids });
    if (tx.connection.options.type === 'postgres') query.setLock('pessimistic_write');
    const rows: Array<{ id: string }> = await query.getRawMany();
    return new Set(rows.map((row) => row.id));
  }

  /** Deletes the marketplace's messages received within the span; answers how many. */
  async deleteSpan(span: ActualsSpan, tx: Transaction): Promise<number> {
    const result = await tx
      .getRepository(ActualMessageEntity)
      .createQueryBuilder()
      .delete()
      .where('marketplace_id = :marketplaceId AND received_at >= :first AND received_at <= :last', {
        marketplaceId: span.marketplaceId,
        first: instant(span.firstUtcMs),
        last: instant(span.lastUtcMs),
      })
      .execute();
    return result.affected ?? 0;
  }

  async insert(messages: ActualMessage[], tx: Transaction): Promise<void> {
    for (let i = 0; i < messages.length; i += ROWS_PER_INSERT) {
      await tx
        .getRepository(ActualMessageEntity)
        .createQueryBuilder()
        .insert()
        .values(messages.slice(i, i + ROWS_PER_INSERT).map(toRow))
        .updateEntity(false)
        .execute();
    }
  }

  async count(tx: Transaction = this.transactions.default): Promise<number> {
    return tx.getRepository(ActualMessageEntity).count();
  }
}

/** An instant as stored: ISO 8601 UTC with milliseconds, always 24 characters, so text order is time order. */
function instant(utcMs: number): string {
  return new Date(utcMs).toISOString();
}

function toRow(message: ActualMessage): Omit<ActualMessageEntity, 'id' | 'marketplace'> {
  return {
    marketplaceId: message.marketplaceId,
    classId: message.classId,
    receivedAt: instant(message.receivedUtcMs),
    firstReplyAt: message.firstReplyUtcMs === null ? null : instant(message.firstReplyUtcMs),
    agent: message.agent,
    siteId: message.siteId,
  };
}

function toMessage(row: ActualMessageEntity): ActualMessage {
  return {
    marketplaceId: row.marketplaceId,
    classId: row.classId,
    receivedUtcMs: Date.parse(row.receivedAt),
    firstReplyUtcMs: row.firstReplyAt === null ? null : Date.parse(row.firstReplyAt),
    agent: row.agent,
    siteId: row.siteId,
  };
}
