import type { ChartConfig } from '../../../components/chart/chart-series.types';

/** Series of the actual-vs-plan charts: labels and theme colours in one place. */
export const MONITOR_CHART_CONFIG: ChartConfig<'notLate' | 'late' | 'forecast' | 'actualBacklog' | 'plannedBacklog'> = {
  notLate: { label: 'Received, in time or not yet due', color: 'var(--chart-received)' },
  late: { label: 'Received, late', color: 'var(--chart-workload)' },
  forecast: { label: 'Forecast in the plan', color: 'var(--chart-forecast)' },
  actualBacklog: { label: 'Waiting for a first reply (actual)', color: 'var(--chart-actual)' },
  plannedBacklog: { label: 'Waiting in the plan', color: 'var(--chart-forecast)' },
};
