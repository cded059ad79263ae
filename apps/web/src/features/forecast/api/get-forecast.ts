import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { FORECAST_QUERY_KEY } from './forecast-query-keys';
import type { ForecastDetail } from './forecast.types';

export const getForecast = (forecastId: string, signal?: AbortSignal) =>
  apiClient.get<ForecastDetail>(`/forecasts/${encodeURIComponent(forecastId)}`, undefined, signal);

export const forecastQueryOptions = (forecastId: string) =>
  queryOptions({ queryKey: [FORECAST_QUERY_KEY, 'detail', forecastId], queryFn: ({ signal }) => getForecast(forecastId, signal), staleTime: Infinity });

/** A run with the method and backtest errors of each series (a finished run does not change). */
export const useForecast = (forecastId: string | null) => useQuery({ ...forecastQueryOptions(forecastId ?? ''), enabled: forecastId !== null });
