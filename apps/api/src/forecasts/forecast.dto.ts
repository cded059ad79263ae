import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HOUR_MS, formatLocal, formatUtc, toLocal } from '@app/domain';
import type { ErrorSummary } from '@app/forecast';
import type { ForecastRunEntity, StoredMarketplaceOutcome } from './forecast-run.entity';
import type { ForecastSeriesEntity } from './forecast-series.entity';

export type ForecastRunStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';
export type ForecastSeriesSource = 'class-history' | 'marketplace-share' | 'total';

export class ForecastJobDto {
  @ApiProperty({ format: 'uuid', description: 'Follow it at GET /api/jobs/{jobId} or /api/jobs/{jobId}/events' })
  jobId: string;

  @ApiProperty({ format: 'uuid' })
  forecastId: string;
}

/** Backtest errors over a set of forecast hours; percentages in % (WAPE 12.3 = 12.3 %). */
export class ForecastErrorsDto {
  @ApiProperty({ example: 14.2, description: 'Σ|actual − forecast| / Σ actual, %' })
  wape: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.82,
    description: 'Mean absolute error over the weekly seasonal-naive in-sample error (null when that error is zero)',
  })
  mase: number | null;

  @ApiProperty({ example: 15.9, description: 'M4 sMAPE, %' })
  smape: number;

  @ApiProperty({ example: -1.3, description: '(Σ forecast − Σ actual) / Σ actual, %: positive = over-forecast' })
  bias: number;

  @ApiProperty({ example: 672, description: 'Backtest hours with a known actual' })
  points: number;
}

export class ForecastMarketplaceOutcomeDto {
  @ApiProperty({ example: 'amazon-us' })
  marketplaceId: string;

  @ApiProperty({ example: 'America/New_York' })
  timeZone: string;

  @ApiProperty({ example: 'US' })
  country: string;

  @ApiProperty({ enum: ['ok', 'no-history', 'failed'] })
  status: StoredMarketplaceOutcome['status'];

  @ApiPropertyOptional({ example: 'no history for marketplace amazon-jp' })
  message?: string;
}

export class ForecastRunDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true })
  jobId: string | null;

  @ApiProperty({ enum: ['running', 'succeeded', 'failed', 'cancelled'] })
  status: ForecastRunStatus;

  @ApiProperty({ example: '2026-02-27T08:00:00Z' })
  createdAt: string;

  @ApiProperty({ type: String, nullable: true })
  finishedAt: string | null;

  @ApiProperty({ example: 'Demo Seller Ltd' })
  scenarioName: string;

  @ApiProperty({ example: '2026-03-02T00:00:00Z', description: 'UTC hour of the first forecast hour' })
  start: string;

  @ApiProperty({ example: '2026-03-09T00:00:00Z', description: 'UTC hour after the last forecast hour' })
  end: string;

  @ApiProperty({ example: 168 })
  hours: number;

  @ApiProperty({ type: [String], nullable: true, description: 'Marketplaces asked for; null = all' })
  marketplaceIds: string[] | null;

  @ApiProperty({ type: [ForecastMarketplaceOutcomeDto], description: 'Empty until the run succeeds' })
  marketplaces: ForecastMarketplaceOutcomeDto[];

  @ApiPropertyOptional({ description: 'Why the run failed' })
  error?: string;
}

export class ForecastSeriesSummaryDto {
  @ApiProperty({ type: String, nullable: true, example: 'standard', description: "null: the marketplace's total" })
  classId: string | null;

  @ApiProperty({
    enum: ['class-history', 'marketplace-share', 'total'],
    description: "class-history: from the class's own history; marketplace-share: the total × the class's share",
  })
  source: ForecastSeriesSource;

  @ApiProperty({ example: 0.8 })
  share: number;

  @ApiProperty({ example: 'double-seasonal', description: 'Method chosen by rolling-origin backtest' })
  method: string;

  @ApiProperty({ type: ForecastErrorsDto, nullable: true, description: "The chosen method's backtest errors (null: too little history to backtest)" })
  backtest: ForecastErrorsDto | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Holiday and event effects applied in the horizon, and the closed local hours of the week (closedHoursOfWeek, Monday 00:00 = 0)' })
  calendar: object;
}

export class ForecastMarketplaceDto extends ForecastMarketplaceOutcomeDto {
  @ApiProperty({ type: [ForecastSeriesSummaryDto] })
  series: ForecastSeriesSummaryDto[];
}

export class ForecastDetailDto extends ForecastRunDto {
  @ApiProperty({ type: [ForecastMarketplaceDto] })
  declare marketplaces: ForecastMarketplaceDto[];
}

export class ForecastPointDto {
  @ApiProperty({ example: '2026-03-02T14:00:00Z' })
  utc: string;

  @ApiProperty({ example: '2026-03-02T09:00-05:00', description: "Buyers' local time" })
  local: string;

  @ApiProperty({ example: 31.4, description: 'Expected messages in the hour' })
  forecast: number;

  @ApiProperty({ example: 24.9 })
  lo80: number;

  @ApiProperty({ example: 38.2 })
  hi80: number;

  @ApiProperty({ example: 21.7 })
  lo95: number;

  @ApiProperty({ example: 42.6 })
  hi95: number;

  @ApiProperty({
    example: false,
    description: 'The history never had this local hour of the week (no count at all, not even 0): closed, forecast and bands 0',
  })
  closed: boolean;
}

export class ForecastSeriesPointsDto {
  @ApiProperty({ example: 'amazon-us' })
  marketplaceId: string;

  @ApiProperty({ type: String, nullable: true, example: 'standard', description: 'null: the total' })
  classId: string | null;

  @ApiProperty({ example: 'America/New_York' })
  timeZone: string;

  @ApiProperty({ example: 'double-seasonal' })
  method: string;

  @ApiProperty({ enum: ['class-history', 'marketplace-share', 'total'] })
  source: ForecastSeriesSource;

  @ApiProperty({ type: [ForecastPointDto] })
  points: ForecastPointDto[];
}

export class ForecastBucketErrorsDto extends ForecastErrorsDto {
  @ApiProperty({ example: '1-24h' })
  label: string;

  @ApiProperty({ example: 1, description: 'First hour ahead of the origin in the bucket' })
  fromHour: number;

  @ApiProperty({ type: Number, nullable: true, example: 24, description: 'Last hour ahead (null: open-ended)' })
  toHour: number | null;
}

export class ForecastCandidateErrorsDto extends ForecastErrorsDto {
  @ApiProperty({ example: 'weekly-profile' })
  method: string;
}

export class ForecastBacktestSeriesDto {
  @ApiProperty({ type: String, nullable: true, description: "null: the marketplace's total" })
  classId: string | null;

  @ApiProperty({ example: 'double-seasonal' })
  method: string;

  @ApiProperty({ enum: ['wape', 'smape', 'mase'], description: 'The error the automatic choice minimised' })
  selectBy: string;

  @ApiProperty({ example: 168, description: 'Hours forecast from each origin' })
  horizonHours: number;

  @ApiProperty({ type: [String], description: 'UTC hour of each rolling origin' })
  origins: string[];

  @ApiProperty({ type: ForecastErrorsDto, nullable: true })
  overall: ForecastErrorsDto | null;

  @ApiProperty({ type: [ForecastBucketErrorsDto], description: 'The chosen method by hours ahead of the origin' })
  buckets: ForecastBucketErrorsDto[];

  @ApiProperty({ type: [ForecastCandidateErrorsDto], description: 'Every method tried, best first' })
  candidates: ForecastCandidateErrorsDto[];
}

export class ForecastBacktestMarketplaceDto {
  @ApiProperty({ example: 'amazon-us' })
  marketplaceId: string;

  @ApiProperty({ type: [ForecastBacktestSeriesDto], description: 'Each series forecast from its own history (classes split from the total share its figures)' })
  series: ForecastBacktestSeriesDto[];
}

export class ForecastBacktestReportDto {
  @ApiProperty({ format: 'uuid' })
  forecastId: string;

  @ApiProperty({ type: [ForecastBacktestMarketplaceDto] })
  marketplaces: ForecastBacktestMarketplaceDto[];
}

export function mapForecastRun(row: ForecastRunEntity): ForecastRunDto {
  const startMs = Date.parse(row.startUtc);
  return {
    id: row.id,
    jobId: row.jobId,
    status: row.status as ForecastRunStatus,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    scenarioName: row.scenarioName,
    start: row.startUtc,
    end: formatUtc(startMs + row.hours * HOUR_MS),
    hours: row.hours,
    marketplaceIds: row.marketplaceIds,
    marketplaces: (row.marketplaces ?? []).map(mapOutcome),
    ...(row.error !== null ? { error: row.error } : {}),
  };
}

export function mapForecastDetail(row: ForecastRunEntity, series: ForecastSeriesEntity[]): ForecastDetailDto {
  const run = mapForecastRun(row);
  return {
    ...run,
    marketplaces: run.marketplaces.map((outcome) => ({
      ...outcome,
      series: series.filter((entry) => entry.marketplaceId === outcome.marketplaceId).map(mapSeriesSummary),
    })),
  };
}

/** The hours `from`…`to` (indices into the run's grid, both inclusive) of one stored series. */
export function mapSeriesPoints(row: ForecastSeriesEntity, startUtcMs: number, from: number, to: number): ForecastSeriesPointsDto {
  // runs stored before closed hours were learned have none
  const closedHours = new Set(row.calendar.closedHoursOfWeek ?? []);
  const points: ForecastPointDto[] = [];
  for (let hour = from; hour <= to; hour++) {
    const utcMs = startUtcMs + hour * HOUR_MS;
    const local = toLocal(utcMs, row.timeZone);
    points.push({
      utc: formatUtc(utcMs),
      local: formatLocal(utcMs, row.timeZone),
      forecast: row.forecast[hour],
      lo80: row.lo80[hour],
      hi80: row.hi80[hour],
      lo95: row.lo95[hour],
      hi95: row.hi95[hour],
      closed: closedHours.has((local.weekday - 1) * 24 + local.hour),
    });
  }
  return {
    marketplaceId: row.marketplaceId,
    classId: row.classId,
    timeZone: row.timeZone,
    method: row.method,
    source: row.source as ForecastSeriesSource,
    points,
  };
}

/** Backtests per marketplace, of the series forecast from their own history (a share of the total adds nothing). */
export function mapBacktestReport(forecastId: string, series: ForecastSeriesEntity[]): ForecastBacktestReportDto {
  const marketplaces: ForecastBacktestMarketplaceDto[] = [];
  for (const row of series) {
    if (row.source === 'marketplace-share') continue;
    let marketplace = marketplaces.find((entry) => entry.marketplaceId === row.marketplaceId);
    if (!marketplace) {
      marketplace = { marketplaceId: row.marketplaceId, series: [] };
      marketplaces.push(marketplace);
    }
    const { backtest } = row;
    marketplace.series.push({
      classId: row.classId,
      method: row.method,
      selectBy: backtest.selectBy,
      horizonHours: backtest.horizonHours,
      origins: backtest.originsUtcMs.map(formatUtc),
      overall: backtest.chosen ? mapErrors(backtest.chosen) : null,
      buckets: (backtest.chosen?.buckets ?? []).map((bucket) => ({
        label: bucket.label,
        fromHour: bucket.fromHour,
        toHour: bucket.toHour,
        ...mapErrors(bucket),
      })),
      candidates: backtest.methods.map((candidate) => ({ method: candidate.method, ...mapErrors(candidate) })),
    });
  }
  return { forecastId, marketplaces };
}

function mapSeriesSummary(row: ForecastSeriesEntity): ForecastSeriesSummaryDto {
  return {
    classId: row.classId,
    source: row.source as ForecastSeriesSource,
    share: row.share,
    method: row.method,
    backtest: row.backtest.chosen ? mapErrors(row.backtest.chosen) : null,
    calendar: row.calendar,
  };
}

function mapOutcome(outcome: StoredMarketplaceOutcome): ForecastMarketplaceOutcomeDto {
  return {
    marketplaceId: outcome.marketplaceId,
    timeZone: outcome.timeZone,
    country: outcome.country,
    status: outcome.status,
    ...(outcome.message !== undefined ? { message: outcome.message } : {}),
  };
}

function mapErrors(errors: ErrorSummary): ForecastErrorsDto {
  return { wape: errors.wape, mase: errors.mase, smape: errors.smape, bias: errors.bias, points: errors.points };
}
