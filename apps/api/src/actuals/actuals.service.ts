import { ConflictException, Injectable, PayloadTooLargeException } from '@nestjs/common';
import { HELPDESK_LAYOUTS, parseColumnMapping, resolveMapping, type ActualsColumnMapping, type ActualsCsvIssue } from '@app/actuals';
import { formatUtc, isValidTimeZone } from '@app/domain';
import { BODY_LIMIT_MB } from '../common/body-limit';
import { InvalidInputException } from '../common/invalid-input.exception';
import { TransactionRunner } from '../database/transaction-runner';
import { MarketplaceRepository } from '../marketplaces/marketplace.repository';
import { SiteRepository } from '../sites/site.repository';
import { ActualsColumnMappingDto, ActualsImportResultDto, ActualsSummaryDto, mapActualsExtent } from './actuals.dto';
import { ActualsCsvParser } from './actuals-csv.parser';
import { ActualsRepository } from './actuals.repository';

/** The largest export one import reads, streamed or uploaded: the request body limit. */
export const ACTUALS_UPLOAD_LIMIT_BYTES = BODY_LIMIT_MB * 1024 * 1024;

const NO_CSV = 'No CSV received: send the export as the request body (Content-Type: text/csv) or as the multipart field "file".';

/** The layout a file is read with when the request names none: the product's own columns. */
export const DEFAULT_ACTUALS_LAYOUT = 'followsun';

export interface ActualsImportOptions {
  /** A built-in layout's name (HELPDESK_LAYOUTS). */
  mapping?: string;
  /** A mapping file: JSON text of an ActualsColumnMapping. */
  mappingFile?: Uint8Array | string;
  /** IANA zone of timestamps written without an offset. */
  timeZone?: string;
}

/**
 * Actuals: helpdesk exports of buyer messages, imported all or nothing. The re-import rule: a
 * file replaces, per marketplace, the stored messages whose receipt lies within the file's span
 * on that marketplace (its first to its last receipt, both included), in one transaction. So an
 * overlapping re-import of the same export changes nothing, a later export of the same days
 * updates their replies, and days outside the file stay as they were.
 */
@Injectable()
export class ActualsService {
  constructor(
    private readonly actuals: ActualsRepository,
    private readonly marketplaces: MarketplaceRepository,
    private readonly sites: SiteRepository,
    private readonly transactions: TransactionRunner,
    private readonly parser: ActualsCsvParser,
  ) {}

  /**
   * `content`: the export buffered (a multipart file) or as it arrives (a streamed request body,
   * read a part at a time). It is read before the transaction: on SQLite every other write waits
   * while one is open.
   */
  async importCsv(content: Uint8Array | AsyncIterable<Uint8Array> | undefined, options: ActualsImportOptions = {}): Promise<ActualsImportResultDto> {
    if (!content || (content instanceof Uint8Array && content.length === 0)) {
      throw new InvalidInputException('request', [{ path: '', message: NO_CSV }]);
    }
    if (options.timeZone !== undefined && !isValidTimeZone(options.timeZone)) {
      throw new InvalidInputException('query', [{ path: 'timeZone', message: `"${options.timeZone}" is not an IANA time zone; use a name such as "America/New_York".` }]);
    }
    const mapping = this.mappingOf(options);
    const setup = await this.marketplaces.list();
    const upload = await this.parser.read(
      content,
      {
        mapping,
        timeZone: options.timeZone,
        marketplaces: setup.map((row) => ({ id: row.id, classIds: row.classes.map((priorityClass) => priorityClass.id) })),
        siteIds: (await this.sites.list()).map((site) => site.id),
      },
      ACTUALS_UPLOAD_LIMIT_BYTES,
    );
    if (upload.overLimit) {
      // worded as the body parser's 413 (bodyErrorsHandler)
      throw new PayloadTooLargeException({ statusCode: 413, error: 'Payload Too Large', message: `The request body is larger than the ${BODY_LIMIT_MB} MB limit.` });
    }
    if (upload.bytes === 0) throw new InvalidInputException('request', [{ path: '', message: NO_CSV }]);
    const parsed = upload.result;
    if (!parsed.ok && parsed.tooManyRows) {
      throw new PayloadTooLargeException({ statusCode: 413, error: 'Payload Too Large', message: `actuals CSV is too large: ${parsed.errors[0].message}.` });
    }
    if (!parsed.ok) throw csvRejection('actuals CSV', parsed.errors);
    return this.transactions.run(async (tx) => {
      const ids = parsed.spans.map((span) => span.marketplaceId);
      // held until the end, so concurrent imports of a marketplace replace one after the other
      const present = await this.actuals.lockMarketplaces(ids, tx);
      const gone = ids.find((id) => !present.has(id));
      if (gone) throw new ConflictException(`marketplace "${gone}" was deleted while the file was read: nothing was imported`);
      const spans = [];
      for (const span of parsed.spans) {
        const replaced = await this.actuals.deleteSpan(span, tx);
        spans.push({ marketplaceId: span.marketplaceId, from: formatUtc(span.firstUtcMs), to: formatUtc(span.lastUtcMs), messages: span.messages, replaced });
      }
      await this.actuals.insert(parsed.messages, tx);
      return {
        rows: parsed.rows,
        mapping: mapping.name,
        messages: parsed.messages.length,
        replaced: spans.reduce((sum, span) => sum + span.replaced, 0),
        spans,
      };
    });
  }

  async summary(): Promise<ActualsSummaryDto[]> {
    return (await this.actuals.extents()).map(mapActualsExtent);
  }

  layouts(): ActualsColumnMappingDto[] {
    return Object.values(HELPDESK_LAYOUTS);
  }

  /** The built-in layout named, or the mapping file given (not both); the product's own layout by default. */
  private mappingOf(options: ActualsImportOptions): ActualsColumnMapping {
    if (options.mapping !== undefined && options.mappingFile !== undefined) {
      throw new InvalidInputException('request', [{ path: 'mapping', message: 'Name a built-in layout (?mapping=…) or send a mapping file, not both.' }]);
    }
    if (options.mappingFile === undefined) {
      const resolved = resolveMapping(options.mapping ?? DEFAULT_ACTUALS_LAYOUT);
      if (!resolved.ok) throw new InvalidInputException('query', resolved.errors.map((issue) => ({ path: 'mapping', message: issue.message })));
      return resolved.mapping;
    }
    const text = typeof options.mappingFile === 'string' ? options.mappingFile : Buffer.from(options.mappingFile).toString('utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new InvalidInputException('mapping file', [{ path: 'mapping', message: `The mapping file is not JSON: ${(error as Error).message}.` }]);
    }
    const checked = parseColumnMapping(json);
    if (!checked.ok) {
      throw new InvalidInputException('mapping file', checked.errors.map((issue) => ({ path: 'mapping', field: issue.field, message: issue.message })));
    }
    return checked.mapping;
  }
}

/** The history import's 400: every issue with its row and field, the first spelled out in `message`. */
function csvRejection(subject: string, errors: ActualsCsvIssue[]): InvalidInputException {
  const count = errors.length;
  const first = errors[0];
  const where = first.row > 0 ? `row ${first.row}${first.field ? ` (${first.field})` : ''}: ` : '';
  return new InvalidInputException(subject, errors, `${subject} has ${count} error${count === 1 ? '' : 's'}: ${where}${first.message}`);
}

