import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { MonitorReport } from '@app/actuals';
import { Access } from '../auth/access.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { InvalidInputException } from '../common/invalid-input.exception';
import { MonitorReportDto, MonitorReportSummaryDto, StoredMonitorReportDto } from './monitor.dto';
import { MonitorService } from './monitor.service';

const FORMATS = ['json', 'csv'] as const;
type ReportFormat = (typeof FORMATS)[number];

const FORMAT_QUERY = { name: 'format', required: false, enum: FORMATS, description: 'json (default) or csv: one row per marketplace (class empty), marketplace and class, and UTC hour' };

@ApiTags('monitor')
@Controller('monitor')
export class MonitorController {
  constructor(private readonly monitor: MonitorService) {}

  @Get()
  @Access('monitor.read')
  @ApiOperation({
    summary: 'Actual against plan over a period: per marketplace and class, per buyer-local day and per hour',
    description:
      'The stored actuals received in [from, to) set against the plan (planId, else the newest plan with a shift mix whose grid ' +
      "overlaps the period), the rota its team works (the plan's published rota, else its newest), the plan's newest simulation " +
      'and the auto-reply promises of that rota. Messages still open are judged as of now (asOfUtc). ' +
      'At most 31 days. docs/monitor.md says how each figure is computed.',
  })
  @ApiQuery({ name: 'from', required: true, description: 'A date (its UTC midnight) or an ISO 8601 instant, inclusive', example: '2026-03-02' })
  @ApiQuery({ name: 'to', required: true, description: 'A date or an ISO 8601 instant, exclusive', example: '2026-03-09' })
  @ApiQuery({ name: 'planId', required: false, description: 'The plan to compare with (default: the newest plan with a shift mix over the period)' })
  @ApiQuery(FORMAT_QUERY)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: MonitorReportDto })
  @ApiErrors(400, 404, 409)
  async report(
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('planId') planId?: string,
    @Query('format') format?: string,
  ): Promise<MonitorReport | StreamableFile> {
    const query = { from, to, planId };
    if (formatOf(format) === 'csv') return csvFile(await this.monitor.reportCsv(query), `monitor-${from}-${to}.csv`);
    return this.monitor.report(query);
  }

  @Get('reports')
  @Access('monitor.read')
  @ApiOperation({ summary: 'Stored reports (the nightly job keeps the day before), newest period first, without their figures' })
  @ApiOkResponse({ type: [MonitorReportSummaryDto] })
  reports(): Promise<MonitorReportSummaryDto[]> {
    return this.monitor.storedReports();
  }

  @Get('reports/:id')
  @Access('monitor.read')
  @ApiOperation({ summary: 'One stored report with its figures' })
  @ApiQuery(FORMAT_QUERY)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: StoredMonitorReportDto })
  @ApiErrors(400, 404)
  async storedReport(@Param('id') id: string, @Query('format') format?: string): Promise<StoredMonitorReportDto | StreamableFile> {
    if (formatOf(format) === 'csv') return csvFile(await this.monitor.storedReportCsv(id), `monitor-report-${id}.csv`);
    return this.monitor.storedReport(id);
  }
}

function formatOf(format: string | undefined): ReportFormat {
  if (format === undefined || (FORMATS as readonly string[]).includes(format)) return (format ?? 'json') as ReportFormat;
  throw new InvalidInputException('query', [{ path: 'format', message: `"${format}" is not a format; use json or csv.` }]);
}

function csvFile(text: string, fileName: string): StreamableFile {
  return new StreamableFile(Buffer.from(text, 'utf8'), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"` });
}
