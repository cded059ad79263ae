import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import { FORECAST_QUERY_KEY } from './forecast-query-keys';
import type { ForecastJob } from './forecast.types';

export interface RunForecastRequest {
  /** Default: every marketplace. */
  marketplaceIds?: string[];
  /** First date "YYYY-MM-DD"; default: the organisation's horizon start. */
  start?: string;
  /** Default: the horizon's weeks × 168. */
  horizonHours?: number;
}

export const runForecast = (request: RunForecastRequest) => apiClient.post<ForecastJob>('/forecasts', request);

/** Starts a forecast job; the list of runs then shows it as running. */
export function useRunForecast() {
  const queryClient = useQueryClient();
  return useMutation<ForecastJob, ApiError, RunForecastRequest>({
    mutationFn: runForecast,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [FORECAST_QUERY_KEY, 'list'] }),
  });
}
