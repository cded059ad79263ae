import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ActualsColumnMapping } from '@app/actuals';
import { formatUtc } from '@app/domain';
import type { ActualsExtent } from './actuals.repository';

/** What one import did to one marketplace's stored actuals. */
export class ActualsImportSpanDto {
  @ApiProperty({ example: 'amazon-us' })
  marketplaceId: string;

  @ApiProperty({ example: '2026-03-02T05:01:00Z', description: "The file's first receipt on this marketplace" })
  from: string;

  @ApiProperty({ example: '2026-03-08T22:58:00Z', description: "The file's last receipt on this marketplace (inclusive)" })
  to: string;

  @ApiProperty({ example: 1834, description: 'Messages of the file on this marketplace, now stored' })
  messages: number;

  @ApiProperty({ example: 1790, description: 'Messages stored before, received from `from` to `to`, that the file replaced' })
  replaced: number;
}

export class ActualsImportResultDto {
  @ApiProperty({ example: 3668, description: 'CSV data rows read' })
  rows: number;

  @ApiProperty({ example: 'zendesk', description: "The column mapping the file was read with (a built-in layout's name, or the mapping file's)" })
  mapping: string;

  @ApiProperty({ example: 3668, description: 'Messages stored' })
  messages: number;

  @ApiProperty({ example: 3580, description: 'Stored messages the import replaced (all marketplaces)' })
  replaced: number;

  @ApiProperty({ type: [ActualsImportSpanDto], description: "Per marketplace, the span of receipts the file covers: the stored messages received in it were replaced by the file's" })
  spans: ActualsImportSpanDto[];
}

export class ActualsSummaryDto {
  @ApiProperty({ example: 'amazon-us' })
  marketplaceId: string;

  @ApiProperty({ example: '2026-03-02T05:01:00Z', description: 'First stored receipt' })
  from: string;

  @ApiProperty({ example: '2026-03-08T22:58:00Z', description: 'Last stored receipt' })
  to: string;

  @ApiProperty({ example: 1834 })
  messages: number;

  @ApiProperty({ example: 1801, description: 'Of them, answered when their export was taken' })
  answered: number;
}

export class ActualsColumnsDto {
  @ApiProperty({ example: 'Brand', description: "The export's header of the marketplace" })
  marketplace: string;

  @ApiProperty({ example: 'Created at', description: 'Header of the time the message was received' })
  receivedAt: string;

  @ApiPropertyOptional({ example: 'First response time', description: "Header of the first reply's timestamp (or firstReplyMinutes)" })
  firstReplyAt?: string;

  @ApiPropertyOptional({ example: 'First reply time in minutes', description: 'Header of the minutes from receipt to the first reply' })
  firstReplyMinutes?: string;

  @ApiPropertyOptional({ example: 'Priority' })
  class?: string;

  @ApiPropertyOptional({ example: 'Assignee email', description: "Header of the agent's id or e-mail" })
  agent?: string;

  @ApiPropertyOptional({ example: 'Group' })
  site?: string;
}

/** A column mapping (a built-in layout, or the shape of a mapping file): docs/monitor.md. */
export class ActualsColumnMappingDto implements ActualsColumnMapping {
  @ApiProperty({ example: 'zendesk' })
  name: string;

  @ApiProperty({ type: ActualsColumnsDto, description: 'Headers are matched case-insensitively and without spaces, underscores or hyphens' })
  columns: ActualsColumnsDto;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example: { 'Amazon.com': 'amazon-us' }, description: 'Export values → marketplace ids; a value not listed must be the id' })
  marketplaceValues?: Record<string, string>;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'Export values → class ids' })
  classValues?: Record<string, string>;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example: { 'Lisbon team': 'lisbon' }, description: 'Export values → site ids' })
  siteValues?: Record<string, string>;

  @ApiPropertyOptional({ example: 'dd/MM/yyyy HH:mm', description: 'A luxon format for timestamps that are not ISO 8601' })
  timestampFormat?: string;

  @ApiPropertyOptional({ example: 'Europe/London', description: 'IANA zone of timestamps written without an offset' })
  timeZone?: string;
}

export function mapActualsExtent(extent: ActualsExtent): ActualsSummaryDto {
  return {
    marketplaceId: extent.marketplaceId,
    from: formatUtc(extent.firstReceivedUtcMs),
    to: formatUtc(extent.lastReceivedUtcMs),
    messages: extent.messages,
    answered: extent.answered,
  };
}
