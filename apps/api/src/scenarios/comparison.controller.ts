import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { ComparisonDto, ComparisonStartedDto, ComparisonSummaryDto, CreateComparisonDto } from './comparison.dto';
import { ComparisonService } from './comparison.service';
import { Access } from '../auth/access.decorator';

@ApiTags('scenarios')
@Controller('comparisons')
export class ComparisonController {
  constructor(private readonly comparisons: ComparisonService) {}

  @Post()
  @Access('scenarios.write')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Compare 2–6 stored scenarios side by side: each forecast, planned and simulated the same way (a background job)',
    description: 'Progress events name the scenario being planned or simulated; the comparison is stored under comparisonId once the job has succeeded.',
  })
  @ApiAcceptedResponse({ type: ComparisonStartedDto })
  @ApiErrors(400, 404, 409)
  create(@Body() body: CreateComparisonDto): Promise<ComparisonStartedDto> {
    return this.comparisons.start(body);
  }

  @Get()
  @Access('costs.read')
  @ApiOperation({ summary: 'Stored comparisons, newest first' })
  @ApiOkResponse({ type: [ComparisonSummaryDto] })
  list(): Promise<ComparisonSummaryDto[]> {
    return this.comparisons.list();
  }

  @Get(':id')
  @Access('costs.read')
  @ApiOkResponse({ type: ComparisonDto })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<ComparisonDto> {
    return this.comparisons.get(id);
  }

  @Post(':id/rerun')
  @Access('scenarios.write')
  @HttpCode(202)
  @ApiOperation({ summary: 'Run the comparison again on the setup and scenarios as they are now; the result replaces the stored one' })
  @ApiAcceptedResponse({ type: ComparisonStartedDto })
  @ApiErrors(400, 404, 409)
  rerun(@Param('id') id: string): Promise<ComparisonStartedDto> {
    return this.comparisons.rerun(id);
  }

  @Get(':id/export.csv')
  @Access('costs.read')
  @ApiOperation({ summary: 'The comparison as CSV: one row per figure, one column per scenario' })
  @ApiProduces('text/csv')
  @ApiErrors(404)
  async csv(@Param('id') id: string): Promise<StreamableFile> {
    const file = await this.comparisons.csv(id);
    return new StreamableFile(Buffer.from(file.body, 'utf8'), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${file.fileName}"` });
  }
}
