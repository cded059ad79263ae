import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { FORECAST_QUERY_KEY } from './forecast-query-keys';
import type { ForecastRun } from './forecast.types';

export const getForecasts = (signal?: AbortSignal) => apiClient.get<ForecastRun[]>('/forecasts', undefined, signal);

export const forecastsQueryOptions = () => queryOptions({ queryKey: [FORECAST_QUERY_KEY, 'list'], queryFn: ({ signal }) => getForecasts(signal) });

/** Forecast runs, newest first (a running one carries its job id). */
export const useForecasts = () => useQuery(forecastsQueryOptions());
