import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HOUR_MS, formatUtc } from '@app/domain';
import type { HistoryExtent } from './history.repository';

export class HistorySeriesDto {
  @ApiProperty({ example: 'amazon-us' })
  marketplaceId: string;

  @ApiProperty({ type: String, nullable: true, example: 'standard', description: 'null: all classes together' })
  classId: string | null;

  @ApiProperty({ example: '2026-01-05T00:00:00Z', description: 'UTC hour of counts[0]' })
  start: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'integer', nullable: true },
    description: 'Messages per UTC hour from start on; null marks a missing hour (not zero)',
  })
  counts: (number | null)[];
}

/** Stored (or just imported) hours of one marketplace/class, at a glance. */
export class HistorySeriesSummaryDto {
  @ApiProperty({ example: 'amazon-us' })
  marketplaceId: string;

  @ApiProperty({ type: String, nullable: true, example: 'standard' })
  classId: string | null;

  @ApiProperty({ example: '2026-01-05T00:00:00Z', description: 'First UTC hour with a count' })
  from: string;

  @ApiProperty({ example: '2026-03-29T23:00:00Z', description: 'Last UTC hour with a count' })
  to: string;

  @ApiProperty({ example: 2016, description: 'Hours with a count' })
  hours: number;

  @ApiProperty({ example: 48210, description: 'Messages in those hours' })
  total: number;
}

/** What one imported series holds, and how the hours the file has nothing for were treated. */
export class HistoryImportSeriesDto extends HistorySeriesSummaryDto {
  @ApiProperty({ example: 212, description: "One row per message: hours of the file's span without a message, stored as 0 (a quiet hour, not a gap)" })
  zeroHours: number;

  @ApiProperty({ example: 0, description: 'Hourly counts: hours between the first and last row without a row, left missing (not 0)' })
  missingHours: number;
}

export class HistoryImportResultDto {
  @ApiProperty({ example: 12034, description: 'CSV data rows read' })
  rows: number;

  @ApiProperty({ enum: ['messages', 'hourly'], description: 'messages: one row per message; hourly: hourly counts' })
  format: 'messages' | 'hourly';

  @ApiProperty({
    example:
      "one row per message: every hour from 2026-01-05T07:00:00Z to 2026-03-29T21:00:00Z (the file's first to last message) is counted; 212 hour(s) without a message were stored as 0, a quiet hour rather than a gap",
    description: "How the file's span was treated, in words",
  })
  span: string;

  @ApiProperty({ type: [HistoryImportSeriesDto] })
  series: HistoryImportSeriesDto[];
}

export class HistoryDeleteResultDto {
  @ApiProperty({ example: 2016 })
  deletedHours: number;
}

export class CsvIssueDto {
  @ApiProperty({ example: 14, description: '1-based line number in the file (the header is line 1)' })
  row: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'marketplace' })
  field: string | null;

  @ApiProperty({ example: 'unknown marketplace "amazon-fr"' })
  message: string;
}

export function mapHistoryExtent(extent: HistoryExtent): HistorySeriesSummaryDto {
  return {
    marketplaceId: extent.marketplaceId,
    classId: extent.classId,
    from: formatUtc(extent.firstHour * HOUR_MS),
    to: formatUtc(extent.lastHour * HOUR_MS),
    hours: extent.hours,
    total: extent.total,
  };
}
