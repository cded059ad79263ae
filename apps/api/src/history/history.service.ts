import { ConflictException, Injectable, PayloadTooLargeException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { HOUR_MS, HistorySeries, isValidTimeZone } from '@app/domain';
import { InvalidInputException } from '../common/invalid-input.exception';
import { notFound } from '../common/resource-errors';
import { TransactionRunner } from '../database/transaction-runner';
import { MarketplaceRepository } from '../marketplaces/marketplace.repository';
import { HistoryDeleteResultDto, HistoryImportResultDto, HistorySeriesSummaryDto, mapHistoryExtent } from './history.dto';
import { HistoryCsvParser } from './history-csv.parser';
import { HistoryExtent, HistoryHour, HistoryRepository } from './history.repository';
import { hoursToSeries } from './hours-to-series.util';
import { seriesToHours } from './series-to-hours.util';

export interface HistoryQuery {
  marketplaceId?: string;
  classId?: string;
  /** ISO 8601 instants (any offset); both ends inclusive. */
  from?: string;
  to?: string;
}

/** Message history: CSV import (all or nothing), summaries, queries and deletion. */
@Injectable()
export class HistoryService {
  constructor(
    private readonly history: HistoryRepository,
    private readonly marketplaces: MarketplaceRepository,
    private readonly transactions: TransactionRunner,
    private readonly parser: HistoryCsvParser,
  ) {}

  /**
   * Parses the CSV against the stored marketplaces and their classes; imported hours replace
   * stored hours of the same marketplace, class and hour. One transaction: a bad file writes nothing.
   */
  async importCsv(content: Uint8Array | undefined, timeZone: string | undefined): Promise<HistoryImportResultDto> {
    if (!content || content.length === 0) {
      throw new InvalidInputException('request', [
        { path: '', message: 'No CSV received: send the file as the request body (Content-Type: text/csv) or as the multipart field "file".' },
      ]);
    }
    if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
      throw new InvalidInputException('query', [
        { path: 'timeZone', message: `"${timeZone}" is not an IANA time zone; use a name such as "America/New_York".` },
      ]);
    }
    // parsed before the transaction: on SQLite every other write waits while one is open
    const marketplaces = (await this.marketplaces.list()).map((row) => ({
      id: row.id,
      classIds: row.classes.map((priorityClass) => priorityClass.id),
    }));
    const parsed = await this.parser.parse(content, { timeZone, marketplaces });
    if (!parsed.ok && parsed.tooManyRows) {
      throw new PayloadTooLargeException({ statusCode: 413, error: 'Payload Too Large', message: `history CSV is too large: ${parsed.errors[0].message}.` });
    }
    if (!parsed.ok) {
      const count = parsed.errors.length;
      const first = parsed.errors[0];
      throw new InvalidInputException(
        'history CSV',
        parsed.errors,
        `history CSV has ${count} error${count === 1 ? '' : 's'}: ${first.row > 0 ? `row ${first.row}${first.field ? ` (${first.field})` : ''}: ` : ''}${first.message}`,
      );
    }
    return this.transactions.run(async (tx) => {
      // the setup may have changed while the file was read
      const now = new Map((await this.marketplaces.list(tx)).map((row) => [row.id, new Set(row.classes.map((priorityClass) => priorityClass.id))]));
      const gone = parsed.series.find((series) => !now.has(series.marketplaceId) || (series.classId !== null && !now.get(series.marketplaceId)!.has(series.classId)));
      if (gone) {
        throw new ConflictException(`${gone.classId === null ? `marketplace "${gone.marketplaceId}"` : `class "${gone.classId}" of marketplace "${gone.marketplaceId}"`} was deleted while the file was read: nothing was imported`);
      }
      const hours = parsed.series.flatMap(seriesToHours);
      await this.history.replaceHours(hours, tx);
      const series = summarise(hours).map((summary) => {
        const coverage = parsed.coverage.find((entry) => entry.marketplaceId === summary.marketplaceId && entry.classId === summary.classId);
        return { ...summary, zeroHours: coverage?.zeroHours ?? 0, missingHours: coverage?.missingHours ?? 0 };
      });
      return { rows: parsed.rows, format: parsed.format, span: parsed.spanNote, series };
    });
  }

  async summary(): Promise<HistorySeriesSummaryDto[]> {
    return (await this.history.extents()).map(mapHistoryExtent);
  }

  async find(query: HistoryQuery): Promise<HistorySeries[]> {
    const hours = await this.history.find({
      marketplaceId: query.marketplaceId,
      classId: query.classId,
      fromHour: query.from === undefined ? undefined : Math.ceil(parseInstant('from', query.from) / HOUR_MS),
      toHour: query.to === undefined ? undefined : Math.floor(parseInstant('to', query.to) / HOUR_MS),
    });
    return hoursToSeries(hours);
  }

  /** Deletes a marketplace's history, or one class of it. */
  async delete(marketplaceId: string | undefined, classId: string | undefined): Promise<HistoryDeleteResultDto> {
    if (!marketplaceId) {
      throw new InvalidInputException('query', [{ path: 'marketplaceId', message: 'Name the marketplace whose history to delete: ?marketplaceId=…' }]);
    }
    return this.transactions.run(async (tx) => {
      if (!(await this.marketplaces.exists(marketplaceId, tx))) throw notFound('marketplace', marketplaceId);
      return { deletedHours: await this.history.deleteSeries(marketplaceId, classId, tx) };
    });
  }
}

function parseInstant(name: string, text: string): number {
  const instant = DateTime.fromISO(text, { setZone: true, zone: 'utc' });
  if (!instant.isValid) {
    throw new InvalidInputException('query', [
      { path: name, message: `"${text}" is not an ISO 8601 instant such as "2026-03-01T00:00:00Z".` },
    ]);
  }
  return instant.toMillis();
}

/** Per marketplace/class: first and last hour, hours and messages of what was just imported. */
function summarise(hours: HistoryHour[]): HistorySeriesSummaryDto[] {
  const extents = new Map<string, HistoryExtent>();
  for (const hour of hours) {
    const key = JSON.stringify([hour.marketplaceId, hour.classId]);
    const extent = extents.get(key);
    if (!extent) {
      extents.set(key, { marketplaceId: hour.marketplaceId, classId: hour.classId, firstHour: hour.hour, lastHour: hour.hour, hours: 1, total: hour.count });
      continue;
    }
    extent.firstHour = Math.min(extent.firstHour, hour.hour);
    extent.lastHour = Math.max(extent.lastHour, hour.hour);
    extent.hours += 1;
    extent.total += hour.count;
  }
  return [...extents.values()].map(mapHistoryExtent);
}
