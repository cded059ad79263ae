import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../../components/chart/chart-figure';
import { ChartLegend } from '../../../components/chart/chart-legend';
import type { ChartTooltipProps } from '../../../components/chart/chart-tooltip.types';
import { seriesColor } from '../../../components/chart/series-colors';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import type { FrontierChartPoint, FrontierSeries } from '../lib/frontier-points';

function FrontierTooltip({ active, payload, currency }: ChartTooltipProps<FrontierChartPoint> & { currency: string }) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <strong>Wait target {formatNumber(point.waitTargetHours)} h</strong>
      <div>Cost: {formatCurrency(point.cost, currency)}</div>
      <div>Planned average wait: {formatNumber(point.averageWaitHours, undefined, 1)} h</div>
      {point.repaired ? <div className="muted">Plan of a stricter target (cheaper)</div> : null}
    </div>
  );
}

/** Cost against planned average wait, a line of points per SLA target: what each hour of wait saves. */
export function FrontierChart({ series, currency }: { series: readonly FrontierSeries[]; currency: string }) {
  return (
    <ChartFigure
      title={`Cost–service frontier (${currency} over the horizon against planned average first-reply wait)`}
      testId="frontier-chart"
      description="Scatter chart with lines: the cheapest plan’s cost for each average-wait target, shorter waits to the left; the table below lists the points."
      legend={<ChartLegend items={series.map((s, i) => ({ key: String(s.slaTarget), label: s.label, color: seriesColor(i), shape: 'line' as const }))} />}
    >
      <ResponsiveContainer width="100%" height={300}>
        <ScatterChart margin={{ top: 8, right: 12, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--chart-grid)" />
          <XAxis dataKey="averageWaitHours" type="number" name="Average wait" unit=" h" stroke="var(--chart-axis)" fontSize={12} domain={[0, 'auto']} />
          <YAxis dataKey="cost" type="number" name="Cost" stroke="var(--chart-axis)" fontSize={12} width={72} domain={['auto', 'auto']} tickFormatter={(v: number) => formatCurrency(v, currency).replace(/\.\d\d$/, '')} />
          <Tooltip content={(props) => <FrontierTooltip {...props} currency={currency} />} />
          {series.map((s, i) => (
            <Scatter key={s.slaTarget} name={s.label} data={s.points} fill={seriesColor(i)} line={{ stroke: seriesColor(i), strokeWidth: 2 }} isAnimationActive={false} />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
