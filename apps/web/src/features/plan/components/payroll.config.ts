import type { ChartConfig } from '../../../components/chart/chart-series.types';
import type { PayComponent } from '../lib/payroll-rows';

/** Labels and colours of the pay components, for the payroll chart and its tables. */
export const PAYROLL_CONFIG: ChartConfig<PayComponent> = {
  base: { label: 'Base pay', color: 'var(--chart-series-1)' },
  premiums: { label: 'Premiums', color: 'var(--chart-series-5)' },
  overtime: { label: 'Overtime', color: 'var(--chart-series-2)' },
  vendor: { label: 'Vendor', color: 'var(--chart-series-4)' },
  idleContracted: { label: 'Idle contracted hours', color: 'var(--chart-series-6)' },
};
