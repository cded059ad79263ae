import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../../components/chart/chart-figure';
import { ChartLegend } from '../../../components/chart/chart-legend';
import { seriesColor } from '../../../components/chart/series-colors';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import type { CostBars, ServiceBarRow } from '../lib/comparison-bars';
import { SERVICE_CHART_CONFIG as SERVICE } from './comparison-charts.config';

const axis = { stroke: 'var(--chart-axis)', fontSize: 12 };

/** Cost per month of each scenario, stacked by site and vendor. */
export function ComparisonCostChart({ bars, currency }: { bars: CostBars; currency: string }) {
  const money = (value: number) => formatCurrency(value, currency);
  return (
    <ChartFigure
      title={`Cost per month (${currency})`}
      testId="comparison-cost-chart"
      description="Bar chart of each scenario’s cost per month, stacked by site and vendor; the table gives the figures."
      legend={<ChartLegend items={bars.series.map((s, i) => ({ key: s.key, label: s.label, color: seriesColor(i) }))} />}
    >
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={bars.rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis dataKey="scenario" {...axis} interval={0} />
          <YAxis {...axis} width={72} tickFormatter={(v: number) => formatCurrency(v, currency).replace(/\.00$/, '')} />
          <Tooltip formatter={(value) => money(Number(value))} />
          {bars.series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="cost" fill={seriesColor(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** SLA attainment (planned and simulated) and waits of each scenario, side by side. */
export function ComparisonServiceCharts({ rows }: { rows: readonly ServiceBarRow[] }) {
  const data = rows as ServiceBarRow[];
  const lowestSla = Math.min(...rows.flatMap((r) => [r.slaPlanned, r.slaSimulated ?? r.slaPlanned]));
  const slaFloor = Math.max(0, Math.floor((lowestSla - 2) / 5) * 5);
  return (
    <div className="chart-grid-2">
      <ChartFigure
        title="Answered within the deadline (%)"
        testId="comparison-sla-chart"
        description="Bar chart of the share of messages answered within their deadline per scenario, planned and simulated."
        legend={<ChartLegend items={[{ key: 'slaPlanned', ...SERVICE.slaPlanned }, { key: 'slaSimulated', ...SERVICE.slaSimulated }]} />}
      >
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis dataKey="scenario" {...axis} interval={0} />
            <YAxis {...axis} width={40} domain={[slaFloor, 100]} allowDataOverflow />
            <Tooltip formatter={(value) => `${formatNumber(Number(value), undefined, 2)} %`} />
            <Bar dataKey="slaPlanned" name={SERVICE.slaPlanned.label} fill={SERVICE.slaPlanned.color} isAnimationActive={false} />
            <Bar dataKey="slaSimulated" name={SERVICE.slaSimulated.label} fill={SERVICE.slaSimulated.color} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
      <ChartFigure
        title="First-reply wait (hours, planned)"
        testId="comparison-wait-chart"
        description="Bar chart of the message-weighted average and 90th-percentile first-reply wait per scenario."
        legend={<ChartLegend items={[{ key: 'averageWait', ...SERVICE.averageWait }, { key: 'p90Wait', ...SERVICE.p90Wait }]} />}
      >
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis dataKey="scenario" {...axis} interval={0} />
            <YAxis {...axis} width={40} />
            <Tooltip formatter={(value) => `${formatNumber(Number(value), undefined, 1)} h`} />
            <Bar dataKey="averageWait" name={SERVICE.averageWait.label} fill={SERVICE.averageWait.color} isAnimationActive={false} />
            <Bar dataKey="p90Wait" name={SERVICE.p90Wait.label} fill={SERVICE.p90Wait.color} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
}
