import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { FORECAST_QUERY_KEY } from './forecast-query-keys';
import type { ForecastBacktestReport } from './forecast.types';

export const getForecastBacktest = (forecastId: string, signal?: AbortSignal) =>
  apiClient.get<ForecastBacktestReport>(`/forecasts/${encodeURIComponent(forecastId)}/backtest`, undefined, signal);

export const forecastBacktestQueryOptions = (forecastId: string) =>
  queryOptions({ queryKey: [FORECAST_QUERY_KEY, 'backtest', forecastId], queryFn: ({ signal }) => getForecastBacktest(forecastId, signal), staleTime: Infinity });

/** Rolling-origin backtest per marketplace, series and horizon bucket. */
export const useForecastBacktest = (forecastId: string | null) =>
  useQuery({ ...forecastBacktestQueryOptions(forecastId ?? ''), enabled: forecastId !== null });
