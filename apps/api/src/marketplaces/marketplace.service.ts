import { ConflictException, Injectable } from '@nestjs/common';
import { Marketplace, validateMarketplace } from '@app/domain';
import { rejectIssues } from '../common/reject-issues';
import { alreadyExists, idMismatch, notFound, referencedBy, stillReferenced } from '../common/resource-errors';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { CalendarEventRepository } from '../events/calendar-event.repository';
import { HistoryRepository } from '../history/history.repository';
import { mapMarketplace, toMarketplaceEntity } from './marketplace.dto';
import { MarketplaceRepository } from './marketplace.repository';

@Injectable()
export class MarketplaceService {
  constructor(
    private readonly marketplaces: MarketplaceRepository,
    private readonly events: CalendarEventRepository,
    private readonly history: HistoryRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(): Promise<Marketplace[]> {
    return (await this.marketplaces.list()).map(mapMarketplace);
  }

  async get(id: string): Promise<Marketplace> {
    const row = await this.marketplaces.getById(id);
    if (!row) throw notFound('marketplace', id);
    return mapMarketplace(row);
  }

  async create(marketplace: Marketplace): Promise<Marketplace> {
    rejectIssues('marketplace', validateMarketplace(marketplace));
    return this.transactions.run(async (tx) => {
      if (await this.marketplaces.exists(marketplace.id, tx)) {
        throw alreadyExists('marketplace', marketplace.id, '/api/marketplaces');
      }
      await this.marketplaces.insert([toMarketplaceEntity(marketplace)], tx);
      return this.reload(marketplace.id, tx);
    });
  }

  /** Replaces the marketplace and its classes; a class that has message history cannot be dropped. */
  async replace(id: string, marketplace: Marketplace): Promise<Marketplace> {
    if (marketplace.id !== id) throw idMismatch('/id', id, marketplace.id);
    rejectIssues('marketplace', validateMarketplace(marketplace));
    return this.transactions.run(async (tx) => {
      const existing = await this.marketplaces.getById(id, tx);
      if (!existing) throw notFound('marketplace', id);
      const keptClassIds = new Set(marketplace.classes.map((priorityClass) => priorityClass.id));
      for (const dropped of existing.classes.filter((priorityClass) => !keptClassIds.has(priorityClass.id))) {
        const hours = await this.history.countForClass(id, dropped.id, tx);
        if (hours > 0) {
          throw new ConflictException(
            `class "${dropped.id}" of marketplace "${id}" has ${hours} hours of message history; ` +
              `delete it first (DELETE /api/history?marketplaceId=${id}&classId=${dropped.id}) or keep the class`,
          );
        }
      }
      await this.marketplaces.replace(toMarketplaceEntity(marketplace), tx);
      return this.reload(id, tx);
    });
  }

  /**
   * Deletes the marketplace with its classes and its message history (they mean nothing
   * without it); refuses while an event still lists it.
   */
  async remove(id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.marketplaces.exists(id, tx))) throw notFound('marketplace', id);
      const users = referencedBy('events', await this.events.idsAffectingMarketplace(id, tx));
      if (users.length > 0) throw stillReferenced('marketplace', id, users);
      await this.marketplaces.delete(id, tx);
    });
  }

  private async reload(id: string, tx: Transaction): Promise<Marketplace> {
    return mapMarketplace((await this.marketplaces.getById(id, tx))!);
  }
}
