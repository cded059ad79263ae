import type { BacktestSummary, ForecastMethodName, ForecastPoint, SeriesForecast } from './forecast.types';

export interface ScenarioForecastProgress {
  /** Series finished so far, of `total`. */
  done: number;
  total: number;
  marketplaceId: string;
  /** Null for a marketplace's total. */
  classId: string | null;
}

export interface ScenarioForecastOptions {
  /**
   * UTC ms of the first hour of the grid the planner works on (on a whole hour). A grid inside
   * the scenario's horizon is a slice of the horizon's forecast.
   */
  startUtcMs: number;
  hours: number;
  /** Only these marketplaces (default: all). */
  marketplaceIds?: string[];
  method?: 'auto' | ForecastMethodName;
  onProgress?: (progress: ScenarioForecastProgress) => void;
  signal?: AbortSignal;
}

/** One series' forecast cut to the grid. */
export interface GridSeriesForecast {
  method: ForecastMethodName;
  monthlyCycle: boolean;
  backtest: BacktestSummary;
  calendar: SeriesForecast['calendar'];
  /** Exactly `hours` points, the grid's hours in order. */
  points: ForecastPoint[];
}

/** Arrivals of one queue (marketplace × priority class). */
export interface QueueForecast extends GridSeriesForecast {
  marketplaceId: string;
  classId: string;
  /** Forecast from the class's own history, or the marketplace total times the class's share. */
  source: 'class-history' | 'marketplace-share';
  share: number;
}

export interface MarketplaceForecast {
  marketplaceId: string;
  timeZone: string;
  country: string;
  status: 'ok' | 'no-history' | 'failed';
  /** Why it is not ok. */
  message?: string;
  /** The marketplace's total, when one was forecast to split by class share. */
  total: GridSeriesForecast | null;
  queues: QueueForecast[];
}

export interface ScenarioForecast {
  scenarioName: string;
  startUtcMs: number;
  hours: number;
  marketplaces: MarketplaceForecast[];
}
