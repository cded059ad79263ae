import type { ForecastPoint, GridSeriesForecast, MarketplaceForecast, ScenarioForecast } from '@app/forecast';
import type { StoredMarketplaceOutcome } from './forecast-run.entity';
import { ForecastSeriesEntity } from './forecast-series.entity';

/** Stored values keep 4 decimals (a ten-thousandth of a message): compact, and rounding keeps the bands ordered. */
const STORED_DECIMALS = 1e4;

/**
 * What a finished forecast stores: each marketplace's outcome, and per marketplace forecast its
 * total (when one was forecast) and then each class, in that order.
 */
export function toStoredForecast(forecastId: string, result: ScenarioForecast): { outcomes: StoredMarketplaceOutcome[]; series: ForecastSeriesEntity[] } {
  return { outcomes: result.marketplaces.map(toOutcome), series: result.marketplaces.flatMap((marketplace) => seriesRows(forecastId, marketplace)) };
}

function toOutcome(marketplace: MarketplaceForecast): StoredMarketplaceOutcome {
  return {
    marketplaceId: marketplace.marketplaceId,
    timeZone: marketplace.timeZone,
    country: marketplace.country,
    status: marketplace.status,
    ...(marketplace.message !== undefined ? { message: marketplace.message } : {}),
  };
}

function seriesRows(forecastId: string, marketplace: MarketplaceForecast): ForecastSeriesEntity[] {
  const rows: ForecastSeriesEntity[] = [];
  const base = { forecastId, marketplaceId: marketplace.marketplaceId, timeZone: marketplace.timeZone };
  if (marketplace.total) rows.push(seriesRow({ ...base, classId: null, source: 'total', share: 1 }, marketplace.total));
  for (const queue of marketplace.queues) {
    rows.push(seriesRow({ ...base, classId: queue.classId, source: queue.source, share: queue.share }, queue));
  }
  return rows;
}

function seriesRow(
  identity: Pick<ForecastSeriesEntity, 'forecastId' | 'marketplaceId' | 'classId' | 'timeZone' | 'source' | 'share'>,
  series: GridSeriesForecast,
): ForecastSeriesEntity {
  const band = (pick: (point: ForecastPoint) => number) => series.points.map((point) => Math.round(pick(point) * STORED_DECIMALS) / STORED_DECIMALS);
  return Object.assign(new ForecastSeriesEntity(), {
    ...identity,
    method: series.method,
    backtest: series.backtest,
    calendar: series.calendar,
    forecast: band((point) => point.forecast),
    lo80: band((point) => point.lo80),
    hi80: band((point) => point.hi80),
    lo95: band((point) => point.lo95),
    hi95: band((point) => point.hi95),
  });
}

