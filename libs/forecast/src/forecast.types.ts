/**
 * The forecast engine's public data shapes: plain data in, plain data out, so a CLI, a Nest
 * service or the web app can call it and store the result as JSON.
 */

/**
 * Method names; `auto` uses the `combination` (the best three averaged, weighted by backtest)
 * unless its backtest error is 10 % or more above the best single method's (then that one).
 */
export const FORECAST_METHODS = [
  'seasonal-naive',
  'weekly-profile',
  'double-seasonal',
  'daily-smoothing',
  'daily-drift',
  'day-profile',
  'ensemble',
  'combination',
] as const;
export type ForecastMethodName = (typeof FORECAST_METHODS)[number];

/** Hourly history of one series: `values[i]` is the count of the UTC hour `startUtcMs + i h`; null = missing. */
export interface SeriesHistory {
  startUtcMs: number;
  values: (number | null)[];
}

/** A named calendar event (Prime Day, Black Friday …) on the buyers' local dates, inclusive. */
export interface ForecastEvent {
  name: string;
  start: string;
  end: string;
  /** Volume multiplier set by the user; absent: learned from a past occurrence with the same name. */
  volumeMultiplier?: number;
}

export interface BacktestOptions {
  /** Number of rolling origins (default 4). */
  origins?: number;
  /** Hours forecast from each origin (default min(horizon, 336)). */
  horizonHours?: number;
  /** Error the automatic choice minimises (default `wape`). */
  selectBy?: 'wape' | 'smape' | 'mase';
}

export interface ForecastOptions {
  /** Hours to forecast after the end of the history: 1 … 2184 (13 weeks). */
  horizonHours: number;
  /** Buyers' IANA time zone; seasonality follows this clock (default UTC). */
  timeZone?: string;
  /** Buyers' ISO 3166 country (optionally with subdivision, "US-CA") for public holidays. */
  country?: string;
  /** More local dates "YYYY-MM-DD" to treat as public holidays (a company's or a marketplace's own). */
  holidays?: string[];
  events?: ForecastEvent[];
  method?: 'auto' | ForecastMethodName;
  /** Local dates "YYYY-MM-DD" whose history is ignored (imputed, outage, outlier days). */
  excludeDates?: string[];
  /** Nominal coverage of the inner and outer prediction band (default [0.8, 0.95]). */
  intervals?: [number, number];
  /**
   * Day-of-month cycle (paydays, statements): `auto` (default) uses it when, learned from the
   * history minus its last eight weeks, it predicts those weeks' day totals better; `true`
   * whenever three months of history allow learning it; `false` never.
   */
  monthlyCycle?: 'auto' | boolean;
  backtest?: BacktestOptions;
}

export interface ForecastPoint {
  utcMs: number;
  /** Buyers' local time "YYYY-MM-DDTHH:mm±hh:mm". */
  local: string;
  forecast: number;
  /** Inner band (80 % unless `intervals` says otherwise). */
  lo80: number;
  hi80: number;
  /** Outer band (95 % unless `intervals` says otherwise). */
  lo95: number;
  hi95: number;
  /**
   * The history never had this local hour of the week (no count at all, not even a zero): the
   * team is taken to be closed then; forecast and bands are 0.
   */
  closed: boolean;
}

/** Forecast errors over a set of forecast hours. Percentages are in % (WAPE 12.3 = 12.3 %). */
export interface ErrorSummary {
  /** Σ|y−f| / Σy, %. */
  wape: number;
  /** Mean absolute error over the in-sample weekly seasonal-naive error (M4 definition, m = 168). */
  mase: number;
  /** M4 sMAPE: mean of 200·|y−f|/(|y|+|f|), %. */
  smape: number;
  /** (Σf − Σy) / Σy, %: positive means over-forecast. */
  bias: number;
  /** Number of forecast hours with a known actual. */
  points: number;
}

export interface HorizonBucketErrors extends ErrorSummary {
  /** "1-24h", "25-168h", "169h+". */
  label: string;
  fromHour: number;
  toHour: number | null;
}

export interface MethodBacktest extends ErrorSummary {
  method: ForecastMethodName;
  /** Whether the day-of-month cycle was applied at some of the backtest's origins. */
  monthlyCycle: boolean;
  buckets: HorizonBucketErrors[];
}

export interface BacktestSummary {
  /** UTC ms of each rolling origin (first forecast hour). */
  originsUtcMs: number[];
  horizonHours: number;
  selectBy: 'wape' | 'smape' | 'mase';
  /** Every candidate's errors, best first. */
  methods: MethodBacktest[];
  /** Errors of the method used for the forecast (null when no backtest was possible). */
  chosen: MethodBacktest | null;
}

/** How calendar effects were treated, so users see why a day is low or high. */
export interface SpecialDayEffect {
  kind: 'holiday' | 'holiday-eve' | 'after-holiday';
  /** Weekday (1 = Mon … 7 = Sun) whose hourly shape the day takes; null: its own (no effect). */
  analogWeekday: number | null;
  /** Multiplier on that shape. */
  scale: number;
  source: 'learned' | 'default' | 'none';
  /** Past days it was learned from. */
  learnedFrom: number;
  /** Local dates inside the forecast horizon that get this treatment. */
  datesInHorizon: string[];
}

export interface EventEffect {
  name: string;
  multiplier: number;
  source: 'user' | 'learned' | 'none';
  datesInHorizon: string[];
}

export interface SeriesForecast {
  method: ForecastMethodName;
  /** Whether the day-of-month cycle was applied (see `calendar.monthlyCycle`). */
  monthlyCycle: boolean;
  timeZone: string;
  intervalLevels: [number, number];
  points: ForecastPoint[];
  backtest: BacktestSummary;
  calendar: {
    specialDays: SpecialDayEffect[];
    events: EventEffect[];
    /** Multiplier by day of the month, index 0 = the 1st (null: not learned or not used). */
    monthlyCycle: number[] | null;
    /** Days of the history left out automatically as outliers (partial days, bursts). */
    outlierDates: string[];
    /** Local hours of the week (Monday 00:00 = 0) never observed in the history: forecast as closed. */
    closedHoursOfWeek: number[];
  };
}
