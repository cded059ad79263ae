import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { FORECAST_QUERY_KEY } from './forecast-query-keys';
import type { ForecastSeriesPoints } from './forecast.types';

export interface ForecastSeriesRequest {
  forecastId: string;
  marketplaceId: string;
  /** A class; absent: the marketplace's total (and its classes). */
  classId?: string;
  /** UTC instants, inclusive. */
  from?: string;
  to?: string;
}

export const getForecastSeries = ({ forecastId, ...query }: ForecastSeriesRequest, signal?: AbortSignal) =>
  apiClient.get<ForecastSeriesPoints[]>(`/forecasts/${encodeURIComponent(forecastId)}/series`, { ...query }, signal);

export const forecastSeriesQueryOptions = (request: ForecastSeriesRequest) =>
  queryOptions({ queryKey: [FORECAST_QUERY_KEY, 'series', request], queryFn: ({ signal }) => getForecastSeries(request, signal), staleTime: Infinity });

export const useForecastSeries = (request: ForecastSeriesRequest | null) =>
  useQuery({ ...forecastSeriesQueryOptions(request ?? { forecastId: '', marketplaceId: '' }), enabled: request !== null });
