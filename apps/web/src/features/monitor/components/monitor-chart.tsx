import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../../components/chart/chart-figure';
import { ChartLegend } from '../../../components/chart/chart-legend';
import type { ChartTooltipProps } from '../../../components/chart/chart-tooltip.types';
import { formatNumber } from '../../../lib/format/format-number.util';
import { formatLocalHour } from '../lib/monitor-format';
import type { MonitorChartRow } from '../lib/monitor-rows';
import { MONITOR_CHART_CONFIG as CONFIG } from './monitor-chart.config';

type Row = MonitorChartRow & { notLate: number };

function MonitorTooltip({ active, payload, clockLabel }: ChartTooltipProps<Row> & { clockLabel: string }) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  const count = (value: number | null) => (value === null ? '—' : formatNumber(value, undefined, 1));
  return (
    <div className="chart-tooltip">
      <strong>
        {formatLocalHour(row.localStart)} <span className="muted">({clockLabel})</span>
      </strong>
      <div>
        Received: {formatNumber(row.received)} (forecast {count(row.forecast)})
      </div>
      <div>Late: {formatNumber(row.late)}</div>
      <div>
        Waiting at the hour’s end: {formatNumber(row.actualBacklog)} (plan {count(row.plannedBacklog)})
      </div>
    </div>
  );
}

/** Ticks on the buyers' clock: every local midnight, and every 6 hours when the period is short. */
function localTicks(rows: readonly Row[]): number[] {
  const step = rows.length <= 24 * 4 ? 6 : 24;
  return rows.filter((row) => Number(row.localStart.slice(11, 13)) % step === 0 && row.localStart.slice(14, 16) === '00').map((row) => row.utcMs);
}

/**
 * One marketplace hour by hour on the buyers' clock: messages received (the late ones marked)
 * against the plan's forecast, and the messages waiting for a first reply against the plan's backlog.
 */
export function MonitorChart({ rows, clockLabel, marketplaceName }: { rows: readonly MonitorChartRow[]; clockLabel: string; marketplaceName: string }) {
  const data: Row[] = rows.map((row) => ({ ...row, notLate: Math.max(0, row.received - row.late) }));
  const ticks = localTicks(data);
  const localOf = new Map(data.map((row) => [row.utcMs, row.localStart]));
  const tick = (ms: number) => {
    const local = localOf.get(ms) ?? '';
    return local.slice(11, 16) === '00:00' ? formatLocalHour(local).split(',')[0] : local.slice(11, 16);
  };
  const hasPlan = data.some((row) => row.forecast !== null);
  const received = data.reduce((sum, row) => sum + row.received, 0);
  const forecast = data.reduce((sum, row) => sum + (row.forecast ?? 0), 0);
  const xAxis = <XAxis dataKey="utcMs" type="category" ticks={ticks} interval={0} tickFormatter={tick} stroke="var(--chart-axis)" fontSize={12} />;
  return (
    <div data-testid="monitor-chart">
      <ChartFigure
        title={`Messages received per hour, ${clockLabel}`}
        testId="monitor-arrivals-chart"
        description={`Bar chart of ${marketplaceName}'s messages received per hour, ${formatNumber(received)} in all, late ones marked${hasPlan ? `, against the plan's forecast line (${formatNumber(forecast, undefined, 0)} in all)` : ''}, by the buyers' local hour. The table under the charts lists every hour.`}
        legend={
          <ChartLegend
            items={[
              { key: 'notLate', ...CONFIG.notLate, shape: 'bar' as const },
              { key: 'late', ...CONFIG.late, shape: 'bar' as const },
              ...(hasPlan ? [{ key: 'forecast', ...CONFIG.forecast, shape: 'line' as const }] : []),
            ]}
          />
        }
      >
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barCategoryGap={1}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            {xAxis}
            <YAxis stroke="var(--chart-axis)" fontSize={12} width={40} allowDecimals={false} />
            <Tooltip content={(props) => <MonitorTooltip {...props} clockLabel={clockLabel} />} />
            <Bar dataKey="notLate" stackId="received" name={CONFIG.notLate.label} fill={CONFIG.notLate.color} isAnimationActive={false} />
            <Bar dataKey="late" stackId="received" name={CONFIG.late.label} fill={CONFIG.late.color} isAnimationActive={false} />
            {hasPlan ? <Line dataKey="forecast" type="monotone" name={CONFIG.forecast.label} stroke={CONFIG.forecast.color} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} /> : null}
          </ComposedChart>
        </ResponsiveContainer>
      </ChartFigure>
      <div className="space-above" />
      <ChartFigure
        title={`Messages waiting at each hour’s end, ${clockLabel}`}
        testId="monitor-backlog-chart"
        description={`Line chart of ${marketplaceName}'s messages waiting for a first reply at the end of each hour${hasPlan ? ', against what the plan expected to be waiting' : ''}, by the buyers' local hour. The table under the charts lists every hour.`}
        legend={
          <ChartLegend
            items={[
              { key: 'actualBacklog', ...CONFIG.actualBacklog, shape: 'line' as const },
              ...(hasPlan ? [{ key: 'plannedBacklog', ...CONFIG.plannedBacklog, shape: 'dashed' as const }] : []),
            ]}
          />
        }
      >
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            {xAxis}
            <YAxis stroke="var(--chart-axis)" fontSize={12} width={40} allowDecimals={false} />
            <Tooltip content={(props) => <MonitorTooltip {...props} clockLabel={clockLabel} />} />
            <Line dataKey="actualBacklog" type="stepAfter" name={CONFIG.actualBacklog.label} stroke={CONFIG.actualBacklog.color} strokeWidth={2} dot={false} isAnimationActive={false} />
            {hasPlan ? (
              <Line dataKey="plannedBacklog" type="stepAfter" name={CONFIG.plannedBacklog.label} stroke={CONFIG.plannedBacklog.color} strokeDasharray="5 3" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
            ) : null}
          </ComposedChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
}
