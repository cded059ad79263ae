import { Body, Controller, Delete, Get, HttpCode, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { HistorySeries } from '@app/domain';
import { ApiErrors } from '../common/api-errors.decorator';
import {
  HistoryDeleteResultDto,
  HistoryImportResultDto,
  HistorySeriesDto,
  HistorySeriesSummaryDto,
} from './history.dto';
import { HistoryService } from './history.service';
import { BODY_LIMIT_MB } from '../common/body-limit';
import { Access } from '../auth/access.decorator';

/** Same ceiling as a raw CSV or JSON body. */
const CSV_UPLOAD_LIMIT_BYTES = BODY_LIMIT_MB * 1024 * 1024;

@ApiTags('history')
@Controller('history')
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  @Post('import')
  @Access('setup.write')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: CSV_UPLOAD_LIMIT_BYTES, files: 1 } }))
  @ApiOperation({
    summary: 'Import message history from CSV (one row per message, or hourly counts)',
    description:
      'Send the CSV as the raw body (Content-Type: text/csv) or as the multipart field "file". Imported hours replace ' +
      'stored hours of the same marketplace, class and hour; the whole file is one transaction, so a file with any ' +
      'error writes nothing and the 400 lists every error with its row and field.',
  })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'timeZone', required: false, description: 'IANA zone of timestamps without an offset', example: 'America/New_York' })
  @ApiOkResponse({ type: HistoryImportResultDto })
  @ApiErrors(400)
  importCsv(
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Body() body: unknown,
    @Query('timeZone') timeZone?: string,
  ): Promise<HistoryImportResultDto> {
    return this.history.importCsv(file?.buffer ?? (Buffer.isBuffer(body) ? body : undefined), timeZone);
  }

  @Get('summary')
  @Access('setup.read')
  @ApiOperation({ summary: 'Stored history per marketplace and class: first and last hour, hours, messages' })
  @ApiOkResponse({ type: [HistorySeriesSummaryDto] })
  summary(): Promise<HistorySeriesSummaryDto[]> {
    return this.history.summary();
  }

  @Get()
  @Access('setup.read')
  @ApiOperation({ summary: 'Stored hourly counts as series (null = missing hour)' })
  @ApiQuery({ name: 'marketplaceId', required: false })
  @ApiQuery({ name: 'classId', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'ISO 8601 instant, inclusive', example: '2026-01-05T00:00:00Z' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO 8601 instant, inclusive' })
  @ApiOkResponse({ type: [HistorySeriesDto] })
  @ApiErrors(400)
  find(
    @Query('marketplaceId') marketplaceId?: string,
    @Query('classId') classId?: string,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): Promise<HistorySeries[]> {
    return this.history.find({ marketplaceId, classId, from, to });
  }

  @Delete()
  @Access('setup.write')
  @ApiOperation({ summary: "Delete a marketplace's history (or one class of it)" })
  @ApiQuery({ name: 'marketplaceId', required: true })
  @ApiQuery({ name: 'classId', required: false })
  @ApiOkResponse({ type: HistoryDeleteResultDto })
  @ApiErrors(400, 404)
  delete(@Query('marketplaceId') marketplaceId?: string, @Query('classId') classId?: string): Promise<HistoryDeleteResultDto> {
    return this.history.delete(marketplaceId, classId);
  }
}
