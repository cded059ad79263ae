import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { HistorySeries } from './forecast.types';

export interface HistoryRequest {
  marketplaceId: string;
  /** UTC instants, inclusive. */
  from: string;
  to: string;
}

export const getHistory = (request: HistoryRequest, signal?: AbortSignal) => apiClient.get<HistorySeries[]>('/history', { ...request }, signal);

// Under the setup key: a history import there refreshes the actuals shown here.
export const historyQueryOptions = (request: HistoryRequest) =>
  queryOptions({ queryKey: ['setup', 'history', request], queryFn: ({ signal }) => getHistory(request, signal) });

/** Stored hourly counts of one marketplace (every class) over a window: the actuals beside a forecast. */
export const useHistory = (request: HistoryRequest | null) =>
  useQuery({ ...historyQueryOptions(request ?? { marketplaceId: '', from: '', to: '' }), enabled: request !== null });
