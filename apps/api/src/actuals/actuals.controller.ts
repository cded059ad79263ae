import { Body, Controller, Get, HttpCode, Post, Query, Req, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { ApiErrorDto } from '../common/api-error.dto';
import { ApiErrors } from '../common/api-errors.decorator';
import { BODY_LIMIT_MB } from '../common/body-limit';
import { ActualsColumnMappingDto, ActualsImportResultDto, ActualsSummaryDto } from './actuals.dto';
import { ActualsService } from './actuals.service';

const UPLOAD_LIMIT_BYTES = BODY_LIMIT_MB * 1024 * 1024;

/** Body types the import reads itself as the body arrives (the global raw body parser leaves them to it). */
export const STREAMED_CSV_TYPES = ['text/csv', 'text/plain', 'application/octet-stream'];

/** Whether a request is an import whose body this controller streams (create-app.ts asks before buffering a raw body). */
export function isStreamedActualsImport(request: Request): boolean {
  return request.method === 'POST' && request.path.replace(/\/+$/, '').toLowerCase() === '/api/actuals/import' && Boolean(request.is(STREAMED_CSV_TYPES));
}

type UploadedParts = { file?: Array<{ buffer: Buffer }>; mappingFile?: Array<{ buffer: Buffer }> };

@ApiTags('actuals')
@Controller('actuals')
export class ActualsController {
  constructor(private readonly actuals: ActualsService) {}

  @Post('import')
  @Access('actuals.write')
  @HttpCode(200)
  @UseInterceptors(
    FileFieldsInterceptor(
      [
        { name: 'file', maxCount: 1 },
        { name: 'mappingFile', maxCount: 1 },
      ],
      { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 2 } },
    ),
  )
  @ApiOperation({
    summary: 'Import a helpdesk export of buyer messages (one row per message)',
    description:
      'Send the CSV as the raw body (Content-Type: text/csv; read as it arrives, so a large export is parsed while it uploads) ' +
      'or as the multipart field "file" (buffered). Either way at most ' + `${BODY_LIMIT_MB} MB. Its columns are read through ` +
      'a column mapping: a built-in layout named by ?mapping= (GET /api/actuals/layouts; default "followsun"), or a mapping ' +
      'file sent as the multipart field "mappingFile" (a JSON file or a text field; docs/monitor.md). Per marketplace, the ' +
      "file replaces the stored messages received within its span (its first to its last receipt there): an overlapping " +
      're-import changes nothing, a later export updates the replies. One transaction: a file with any error writes ' +
      'nothing and the 400 lists every error with its row and field (a mapping file\'s with its key as `field`).',
  })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', format: 'binary', description: 'text/csv: the export itself' },
        {
          type: 'object',
          required: ['file'],
          properties: {
            file: { type: 'string', format: 'binary', description: 'The export (CSV)' },
            mappingFile: { type: 'string', format: 'binary', description: 'A mapping file (JSON of the ActualsColumnMapping shape); instead of ?mapping=' },
          },
        },
      ],
    },
  })
  @ApiQuery({ name: 'mapping', required: false, description: 'A built-in layout: followsun, zendesk, freshdesk, gorgias, edesk, amazon-bsm', example: 'zendesk' })
  @ApiQuery({ name: 'timeZone', required: false, description: "IANA zone of timestamps without an offset (over the mapping's)", example: 'America/New_York' })
  @ApiOkResponse({ type: ActualsImportResultDto })
  @ApiPayloadTooLargeResponse({ type: ApiErrorDto, description: `more rows than one import takes, or a body over ${BODY_LIMIT_MB} MB` })
  @ApiErrors(400, 409)
  importCsv(
    @UploadedFiles() parts: UploadedParts | undefined,
    @Body() body: unknown,
    @Req() request: Request,
    @Query('mapping') mapping?: string,
    @Query('timeZone') timeZone?: string,
  ): Promise<ActualsImportResultDto> {
    // a CSV body is left unread by the body parsers (create-app.ts) and read here as it arrives
    const content = parts?.file?.[0]?.buffer ?? (Buffer.isBuffer(body) ? body : request.is(STREAMED_CSV_TYPES) ? (request as AsyncIterable<Buffer>) : undefined);
    const mappingField = body && typeof body === 'object' && !Buffer.isBuffer(body) ? (body as { mappingFile?: unknown }).mappingFile : undefined;
    const mappingFile = parts?.mappingFile?.[0]?.buffer ?? (typeof mappingField === 'string' ? mappingField : undefined);
    return this.actuals.importCsv(content, { mapping, mappingFile, timeZone });
  }

  @Get('summary')
  @Access('monitor.read')
  @ApiOperation({ summary: 'Stored actuals per marketplace: first and last receipt, messages, answered' })
  @ApiOkResponse({ type: [ActualsSummaryDto] })
  summary(): Promise<ActualsSummaryDto[]> {
    return this.actuals.summary();
  }

  @Get('layouts')
  @Access('monitor.read', 'actuals.write')
  @ApiOperation({ summary: 'The built-in helpdesk layouts (column mappings) an import can name with ?mapping=' })
  @ApiOkResponse({ type: [ActualsColumnMappingDto] })
  layouts(): ActualsColumnMappingDto[] {
    return this.actuals.layouts();
  }
}
