import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import {
  ForecastBacktestReportDto,
  ForecastDetailDto,
  ForecastJobDto,
  ForecastRunDto,
  ForecastSeriesPointsDto,
} from './forecast.dto';
import { CreateForecastDto } from './forecast-request.dto';
import { ForecastsService } from './forecasts.service';
import { Access } from '../auth/access.decorator';

@ApiTags('forecasts')
@Controller('forecasts')
export class ForecastController {
  constructor(private readonly forecasts: ForecastsService) {}

  @Post()
  @Access('plans.run')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Forecast hourly messages per marketplace and class (a background job)',
    description:
      'Returns at once with the job and the forecast id. The job reports `series` progress events ' +
      '`{ marketplaceId, classId, done, total }` (classId null: the marketplace total) and ends with the stored run.',
  })
  @ApiAcceptedResponse({ type: ForecastJobDto })
  @ApiErrors(400, 404)
  create(@Body() request: CreateForecastDto): Promise<ForecastJobDto> {
    return this.forecasts.start(request);
  }

  @Get()
  @Access('setup.read')
  @ApiOperation({ summary: 'Forecast runs, newest first' })
  @ApiOkResponse({ type: [ForecastRunDto] })
  list(): Promise<ForecastRunDto[]> {
    return this.forecasts.list();
  }

  @Get('latest')
  @Access('setup.read')
  @ApiOperation({ summary: 'The newest succeeded forecast, with methods and backtest errors per series' })
  @ApiOkResponse({ type: ForecastDetailDto })
  @ApiErrors(404)
  latest(): Promise<ForecastDetailDto> {
    return this.forecasts.latest();
  }

  @Get(':id')
  @Access('setup.read')
  @ApiOperation({ summary: 'A forecast run with the chosen method and backtest errors of each series' })
  @ApiOkResponse({ type: ForecastDetailDto })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<ForecastDetailDto> {
    return this.forecasts.get(id);
  }

  @Get(':id/series')
  @Access('setup.read')
  @ApiOperation({ summary: "Hourly forecast and 80 %/95 % bands, UTC hour with the buyers' local time" })
  @ApiQuery({ name: 'marketplaceId', required: false })
  @ApiQuery({ name: 'classId', required: false, description: "A class id; without it the marketplace's total is included too" })
  @ApiQuery({ name: 'from', required: false, description: 'ISO 8601 instant, inclusive', example: '2026-03-02T00:00:00Z' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO 8601 instant, inclusive' })
  @ApiOkResponse({ type: [ForecastSeriesPointsDto] })
  @ApiErrors(400, 404)
  series(
    @Param('id') id: string,
    @Query('marketplaceId') marketplaceId?: string,
    @Query('classId') classId?: string,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): Promise<ForecastSeriesPointsDto[]> {
    return this.forecasts.series(id, { marketplaceId, classId, from, to });
  }

  @Get(':id/backtest')
  @Access('setup.read')
  @ApiOperation({ summary: 'Rolling-origin backtest: WAPE, MASE, sMAPE and bias per marketplace, series and horizon bucket' })
  @ApiOkResponse({ type: ForecastBacktestReportDto })
  @ApiErrors(404)
  backtest(@Param('id') id: string): Promise<ForecastBacktestReportDto> {
    return this.forecasts.backtest(id);
  }
}
