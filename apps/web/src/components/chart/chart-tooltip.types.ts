/** What a custom Recharts tooltip reads: whether it is shown and the hovered row. */
export interface ChartTooltipProps<Row> {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: Row }>;
}
