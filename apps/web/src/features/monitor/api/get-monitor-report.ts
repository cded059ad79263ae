import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, apiUrl } from '../../../lib/api-client';
import { MONITOR_QUERY_KEY } from './monitor-query-keys';
import type { MonitorReport } from './monitor.types';

export interface MonitorReportRequest {
  /** The period [from, to), ISO 8601 UTC. */
  from: string;
  to: string;
  /** Default: the plan covering the period. */
  planId?: string;
}

const query = ({ from, to, planId }: MonitorReportRequest) => ({ from, to, planId });

export const getMonitorReport = (request: MonitorReportRequest, signal?: AbortSignal) => apiClient.get<MonitorReport>('/monitor', query(request), signal);

/** The same report as CSV, for a download link. */
export const monitorReportCsvUrl = (request: MonitorReportRequest) => apiUrl('/monitor', { ...query(request), format: 'csv' });

export const monitorReportQueryOptions = (request: MonitorReportRequest) =>
  queryOptions({ queryKey: [MONITOR_QUERY_KEY, 'report', request.from, request.to, request.planId ?? ''], queryFn: ({ signal }) => getMonitorReport(request, signal) });

/** Actual against plan for the period; the previous report stays shown while another period loads. */
export const useMonitorReport = (request: MonitorReportRequest | null) =>
  useQuery({ ...monitorReportQueryOptions(request ?? { from: '', to: '' }), enabled: request !== null, placeholderData: keepPreviousData });
