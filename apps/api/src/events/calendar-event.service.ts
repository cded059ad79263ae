import { Injectable } from '@nestjs/common';
import { CalendarEvent, validateCalendarEvent } from '@app/domain';
import { InputIssue, InvalidInputException } from '../common/invalid-input.exception';
import { rejectIssues } from '../common/reject-issues';
import { alreadyExists, idMismatch, notFound } from '../common/resource-errors';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { MarketplaceRepository } from '../marketplaces/marketplace.repository';
import { SiteRepository } from '../sites/site.repository';
import { mapCalendarEvent, toCalendarEventEntity } from './calendar-event.dto';
import { CalendarEventRepository } from './calendar-event.repository';

@Injectable()
export class CalendarEventService {
  constructor(
    private readonly events: CalendarEventRepository,
    private readonly marketplaces: MarketplaceRepository,
    private readonly sites: SiteRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(): Promise<CalendarEvent[]> {
    return (await this.events.list()).map(mapCalendarEvent);
  }

  async get(id: string): Promise<CalendarEvent> {
    const row = await this.events.getById(id);
    if (!row) throw notFound('event', id);
    return mapCalendarEvent(row);
  }

  async create(event: CalendarEvent): Promise<CalendarEvent> {
    rejectIssues('event', validateCalendarEvent(event));
    return this.transactions.run(async (tx) => {
      if (await this.events.getById(event.id, tx)) throw alreadyExists('event', event.id, '/api/events');
      await this.requireReferences(event, tx);
      await this.events.insert([toCalendarEventEntity(event)], tx);
      return mapCalendarEvent((await this.events.getById(event.id, tx))!);
    });
  }

  async replace(id: string, event: CalendarEvent): Promise<CalendarEvent> {
    if (event.id !== id) throw idMismatch('/id', id, event.id);
    rejectIssues('event', validateCalendarEvent(event));
    return this.transactions.run(async (tx) => {
      if (!(await this.events.getById(id, tx))) throw notFound('event', id);
      await this.requireReferences(event, tx);
      await this.events.replace(toCalendarEventEntity(event), tx);
      return mapCalendarEvent((await this.events.getById(id, tx))!);
    });
  }

  async remove(id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.events.getById(id, tx))) throw notFound('event', id);
      await this.events.delete(id, tx);
    });
  }

  /** Every listed marketplace and site must exist, and none be listed twice. */
  private async requireReferences(event: CalendarEvent, tx: Transaction): Promise<void> {
    const issues: InputIssue[] = [];
    const check = async (field: 'marketplaceIds' | 'siteIds', kind: string, exists: (id: string) => Promise<boolean>) => {
      const seen = new Set<string>();
      for (const [index, id] of event[field].entries()) {
        if (seen.has(id)) {
          issues.push({ path: `/${field}/${index}`, message: `Event "${event.id}" lists ${kind} "${id}" twice.` });
        } else if (!(await exists(id))) {
          issues.push({ path: `/${field}/${index}`, message: `Event "${event.id}" refers to ${kind} "${id}", which does not exist.` });
        }
        seen.add(id);
      }
    };
    await check('marketplaceIds', 'marketplace', (id) => this.marketplaces.exists(id, tx));
    await check('siteIds', 'site', (id) => this.sites.exists(id, tx));
    if (issues.length > 0) throw new InvalidInputException('event', issues);
  }
}
