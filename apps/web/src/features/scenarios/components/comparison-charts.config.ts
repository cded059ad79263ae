import type { ChartConfig } from '../../../components/chart/chart-series.types';

/** Fixed series of the comparison's service charts; site stacks take `seriesColor`. */
export const SERVICE_CHART_CONFIG: ChartConfig<'slaPlanned' | 'slaSimulated' | 'averageWait' | 'p90Wait'> = {
  slaPlanned: { label: 'Within deadline, the plan’s rule replayed (%)', color: 'var(--chart-series-1)' },
  slaSimulated: { label: 'Within deadline, simulated mean of the same rule (%)', color: 'var(--chart-series-6)' },
  averageWait: { label: 'Average wait (h)', color: 'var(--chart-series-2)' },
  p90Wait: { label: '90 % wait (h)', color: 'var(--chart-series-5)' },
};
