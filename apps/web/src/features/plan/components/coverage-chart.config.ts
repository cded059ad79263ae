import type { ChartConfig } from '../../../components/chart/chart-series.types';

/** Series of the coverage charts: labels and theme colours in one place. */
export const SITE_COVERAGE_CONFIG: ChartConfig<'capacityHours' | 'workloadHours' | 'onDuty'> = {
  capacityHours: { label: 'Staffed capacity (agent-hours of handling)', color: 'var(--chart-capacity)' },
  workloadHours: { label: 'Workload given (agent-hours)', color: 'var(--chart-workload)' },
  onDuty: { label: 'Agents on duty (right axis)', color: 'var(--chart-series-4)' },
};

export const MARKETPLACE_COVERAGE_CONFIG: ChartConfig<'arrivingWorkHours' | 'answeredWorkHours' | 'backlog'> = {
  arrivingWorkHours: { label: 'Workload arriving (agent-hours)', color: 'var(--chart-workload)' },
  answeredWorkHours: { label: 'Work answered by the staff (agent-hours)', color: 'var(--chart-capacity)' },
  backlog: { label: 'Messages waiting at the hour’s end (right axis)', color: 'var(--chart-series-4)' },
};
