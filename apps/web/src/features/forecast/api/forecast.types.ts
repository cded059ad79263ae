/** The forecast API's shapes (apps/api/src/forecasts/forecast.dto.ts), as this app reads them. */

export type ForecastRunStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';
export type ForecastSeriesSource = 'class-history' | 'marketplace-share' | 'total';

/** Backtest errors; percentages in % (WAPE 12.3 = 12.3 %). */
export interface ForecastErrors {
  wape: number;
  mase: number;
  smape: number;
  /** (Σ forecast − Σ actual) / Σ actual, %: positive = over-forecast. */
  bias: number;
  points: number;
}

export interface ForecastMarketplaceOutcome {
  marketplaceId: string;
  timeZone: string;
  country: string;
  status: 'ok' | 'no-history' | 'failed';
  message?: string;
}

export interface ForecastRun {
  id: string;
  jobId: string | null;
  status: ForecastRunStatus;
  createdAt: string;
  finishedAt: string | null;
  scenarioName: string;
  /** UTC hour of the first forecast hour. */
  start: string;
  /** UTC hour after the last forecast hour. */
  end: string;
  hours: number;
  marketplaceIds: string[] | null;
  marketplaces: ForecastMarketplaceOutcome[];
  error?: string;
}

/** How the forecast treated holidays and events (libs/forecast SeriesForecast['calendar']). */
export interface ForecastCalendar {
  specialDays: Array<{ kind: 'holiday' | 'holiday-eve' | 'after-holiday'; analogWeekday: number | null; scale: number; source: 'learned' | 'default' | 'none'; learnedFrom: number; datesInHorizon: string[] }>;
  events: Array<{ name: string; multiplier: number; source: 'user' | 'learned' | 'none'; datesInHorizon: string[] }>;
  /** Absent in runs stored before closed hours were learned. */
  closedHoursOfWeek?: number[];
}

export interface ForecastSeriesSummary {
  /** null: the marketplace's total. */
  classId: string | null;
  source: ForecastSeriesSource;
  share: number;
  method: string;
  backtest: ForecastErrors | null;
  calendar: ForecastCalendar;
}

export interface ForecastDetail extends Omit<ForecastRun, 'marketplaces'> {
  marketplaces: Array<ForecastMarketplaceOutcome & { series: ForecastSeriesSummary[] }>;
}

export interface ForecastPoint {
  utc: string;
  /** Buyers' local time, "2026-03-02T09:00-05:00". */
  local: string;
  forecast: number;
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
  /** The history never had this local hour of the week: closed, forecast 0. */
  closed: boolean;
}

export interface ForecastSeriesPoints {
  marketplaceId: string;
  classId: string | null;
  timeZone: string;
  method: string;
  source: ForecastSeriesSource;
  points: ForecastPoint[];
}

export interface ForecastBucketErrors extends ForecastErrors {
  label: string;
  fromHour: number;
  toHour: number | null;
}

export interface ForecastBacktestSeries {
  classId: string | null;
  method: string;
  selectBy: string;
  horizonHours: number;
  origins: string[];
  overall: ForecastErrors | null;
  buckets: ForecastBucketErrors[];
  /** Every method tried, best first. */
  candidates: Array<ForecastErrors & { method: string }>;
}

export interface ForecastBacktestReport {
  forecastId: string;
  marketplaces: Array<{ marketplaceId: string; series: ForecastBacktestSeries[] }>;
}

export interface ForecastJob {
  jobId: string;
  forecastId: string;
}

/** Stored hourly history (`GET /api/history`): counts per UTC hour from `start`, null = missing hour. */
export interface HistorySeries {
  marketplaceId: string;
  classId: string | null;
  start: string;
  counts: Array<number | null>;
}
