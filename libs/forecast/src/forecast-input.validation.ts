import { HOUR_MS, formatUtc, isValidTimeZone } from '@app/domain';
import { ForecastError, ForecastErrorCode } from './forecast.error';
import { FORECAST_METHODS, type ForecastOptions, type SeriesHistory } from './forecast.types';

export const MAX_HORIZON_HOURS = 13 * 168;
/** Two weeks to learn the weekly pattern from… */
export const MIN_TRAINING_HOURS = 336;
/** …plus at least one day to backtest on. */
export const MIN_HISTORY_HOURS = MIN_TRAINING_HOURS + 24;
export const MIN_KNOWN_HOURS = 168;

/** Checks a request before any work; throws a ForecastError naming the field and the reason. */
export function validateForecastRequest(history: SeriesHistory, options: ForecastOptions): void {
  const { horizonHours } = options;
  if (!Number.isInteger(horizonHours) || horizonHours < 1 || horizonHours > MAX_HORIZON_HOURS) {
    throw new ForecastError(
      ForecastErrorCode.InvalidHorizon,
      `horizon must be a whole number of hours from 1 to ${MAX_HORIZON_HOURS} (13 weeks); got ${horizonHours}`,
      'horizonHours',
    );
  }
  const zone = options.timeZone ?? 'UTC';
  if (!isValidTimeZone(zone)) throw new ForecastError(ForecastErrorCode.UnknownTimeZone, `unknown IANA time zone "${zone}"`, 'timeZone');
  if (options.method !== undefined && options.method !== 'auto' && !FORECAST_METHODS.includes(options.method)) {
    throw new ForecastError(ForecastErrorCode.InvalidMethod, `unknown method "${options.method}"; use auto or one of ${FORECAST_METHODS.join(', ')}`, 'method');
  }
  if (options.intervals !== undefined) {
    const [inner, outer] = options.intervals;
    if (!(inner > 0 && inner < outer && outer < 1)) {
      throw new ForecastError(ForecastErrorCode.InvalidOption, `intervals must be two coverages 0 < inner < outer < 1; got [${options.intervals.join(', ')}]`, 'intervals');
    }
  }
  const backtest = options.backtest ?? {};
  if (backtest.origins !== undefined && !(Number.isInteger(backtest.origins) && backtest.origins >= 1 && backtest.origins <= 52)) {
    throw new ForecastError(ForecastErrorCode.InvalidOption, `backtest.origins must be a whole number from 1 to 52; got ${backtest.origins}`, 'backtest.origins');
  }
  if (backtest.horizonHours !== undefined && !(Number.isInteger(backtest.horizonHours) && backtest.horizonHours >= 1 && backtest.horizonHours <= MAX_HORIZON_HOURS)) {
    throw new ForecastError(ForecastErrorCode.InvalidOption, `backtest.horizonHours must be a whole number from 1 to ${MAX_HORIZON_HOURS}; got ${backtest.horizonHours}`, 'backtest.horizonHours');
  }
  if (!Number.isFinite(history.startUtcMs) || history.startUtcMs % HOUR_MS !== 0) {
    throw new ForecastError(ForecastErrorCode.InvalidStart, `history must start on a whole UTC hour; got ${history.startUtcMs}`, 'startUtcMs');
  }
  let known = 0;
  history.values.forEach((value, index) => {
    if (value === null) return;
    const where = () => `values[${index}] (${formatUtc(history.startUtcMs + index * HOUR_MS)})`;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ForecastError(ForecastErrorCode.InvalidValue, `${where()} is not a finite number: ${String(value)}`, `values[${index}]`);
    }
    if (value < 0) throw new ForecastError(ForecastErrorCode.NegativeValue, `${where()} is negative: ${value}`, `values[${index}]`);
    known++;
  });
  const span = history.values.length;
  if (span < MIN_HISTORY_HOURS || known < MIN_KNOWN_HOURS) {
    throw new ForecastError(
      ForecastErrorCode.InsufficientHistory,
      `too little history: ${span} hours (${(span / 24).toFixed(1)} days) of which ${known} known; ` +
        `needs at least ${MIN_HISTORY_HOURS} hours (15 days: two weeks to learn the weekly pattern and one day to backtest) with at least ${MIN_KNOWN_HOURS} known`,
      'values',
    );
  }
}
