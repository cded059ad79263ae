import type { ChartConfig } from '../../../components/chart/chart-series.types';

/** Series of the forecast chart: labels and theme colours in one place. */
export const FORECAST_CHART_CONFIG: ChartConfig<'actual' | 'forecast' | 'band80' | 'band95' | 'closed' | 'event'> = {
  actual: { label: 'Actual messages', color: 'var(--chart-actual)' },
  forecast: { label: 'Forecast', color: 'var(--chart-forecast)' },
  band80: { label: '80 % interval', color: 'var(--chart-band-80)' },
  band95: { label: '95 % interval', color: 'var(--chart-band-95)' },
  closed: { label: 'Closed (never open in the history)', color: 'var(--chart-closed)' },
  event: { label: 'Holiday or event', color: 'var(--chart-event)' },
};
