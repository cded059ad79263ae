/**
 * How a chart names and colours its series: one config object per chart, keyed by the data
 * field, with colours as CSS variables from theme.css (never literal colours in components).
 */
export interface ChartSeriesStyle {
  label: string;
  /** `var(--chart-…)`. */
  color: string;
}

export type ChartConfig<Key extends string = string> = Record<Key, ChartSeriesStyle>;
