import { Injectable } from '@nestjs/common';
import { compareIds } from '../common/compare-ids';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { CalendarEventMarketplaceEntity } from './calendar-event-marketplace.entity';
import { CalendarEventSiteEntity } from './calendar-event-site.entity';
import { CalendarEventEntity } from './calendar-event.entity';

/** Events with the marketplaces and sites they affect. */
@Injectable()
export class CalendarEventRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  async list(tx: Transaction = this.transactions.default): Promise<CalendarEventEntity[]> {
    const rows = await tx.getRepository(CalendarEventEntity).find({ relations: { marketplaces: true, sites: true } });
    return rows.sort((a, b) => compareIds(a.id, b.id));
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<CalendarEventEntity | null> {
    return tx.getRepository(CalendarEventEntity).findOne({ where: { id }, relations: { marketplaces: true, sites: true } });
  }

  async idsAffectingMarketplace(marketplaceId: string, tx: Transaction = this.transactions.default): Promise<string[]> {
    const rows = await tx.getRepository(CalendarEventMarketplaceEntity).findBy({ marketplaceId });
    return rows.map((row) => row.eventId).sort(compareIds);
  }

  async idsAffectingSite(siteId: string, tx: Transaction = this.transactions.default): Promise<string[]> {
    const rows = await tx.getRepository(CalendarEventSiteEntity).findBy({ siteId });
    return rows.map((row) => row.eventId).sort(compareIds);
  }

  async insert(rows: CalendarEventEntity[], tx: Transaction): Promise<void> {
    if (rows.length === 0) return;
    await tx.getRepository(CalendarEventEntity).insert(rows.map(columnsOnly));
    await this.insertLinks(rows, tx);
  }

  /** Overwrites the event row and replaces its links. */
  async replace(row: CalendarEventEntity, tx: Transaction): Promise<void> {
    await tx.getRepository(CalendarEventMarketplaceEntity).delete({ eventId: row.id });
    await tx.getRepository(CalendarEventSiteEntity).delete({ eventId: row.id });
    await tx.getRepository(CalendarEventEntity).update({ id: row.id }, columnsOnly(row));
    await this.insertLinks([row], tx);
  }

  async delete(id: string, tx: Transaction): Promise<void> {
    await tx.getRepository(CalendarEventEntity).delete({ id });
  }

  async deleteAll(tx: Transaction): Promise<void> {
    await tx.getRepository(CalendarEventMarketplaceEntity).createQueryBuilder().delete().execute();
    await tx.getRepository(CalendarEventSiteEntity).createQueryBuilder().delete().execute();
    await tx.getRepository(CalendarEventEntity).createQueryBuilder().delete().execute();
  }

  private async insertLinks(rows: CalendarEventEntity[], tx: Transaction): Promise<void> {
    const marketplaces = rows.flatMap((row) => row.marketplaces);
    const sites = rows.flatMap((row) => row.sites);
    if (marketplaces.length > 0) await tx.getRepository(CalendarEventMarketplaceEntity).insert(marketplaces);
    if (sites.length > 0) await tx.getRepository(CalendarEventSiteEntity).insert(sites);
  }
}

function columnsOnly(row: CalendarEventEntity): Omit<CalendarEventEntity, 'marketplaces' | 'sites'> {
  const { marketplaces: _marketplaces, sites: _sites, ...columns } = row;
  return columns;
}
