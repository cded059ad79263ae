import { Area, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartTooltipProps } from '../../../components/chart/chart-tooltip.types';
import { ChartFigure } from '../../../components/chart/chart-figure';
import { ChartLegend } from '../../../components/chart/chart-legend';
import { formatDayTick } from '../../../lib/format/format-day-tick.util';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { localDayTicks, tickSpacingDays } from '../../../lib/time/local-day-ticks.util';
import type { ForecastChartRow } from '../lib/forecast-chart-rows';
import type { EventBand } from '../lib/forecast-event-bands';
import { FORECAST_CHART_CONFIG as CONFIG } from './forecast-chart.config';

function ForecastTooltip({ active, payload, timeZone }: ChartTooltipProps<ForecastChartRow> & { timeZone: string }) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  const range = (band: [number, number] | null) => (band ? `${formatNumber(band[0], undefined, 1)}–${formatNumber(band[1], undefined, 1)}` : '—');
  return (
    <div className="chart-tooltip">
      <strong>{formatInstant(new Date(row.utcMs).toISOString(), timeZone)}</strong>
      {row.actual !== null ? <div>{CONFIG.actual.label}: {formatNumber(row.actual)}</div> : null}
      {row.closed ? <div>Closed: the history has never had a message at this hour of the week, so it is forecast as 0</div> : null}
      {row.forecast !== null && !row.closed ? (
        <>
          <div>
            {CONFIG.forecast.label}: {formatNumber(row.forecast, undefined, 1)}
          </div>
          <div className="muted">80 %: {range(row.band80)} · 95 %: {range(row.band95)}</div>
        </>
      ) : null}
    </div>
  );
}

/**
 * Hourly messages: actuals, then the forecast with its 80 % and 95 % bands, on a UTC time axis
 * labelled on the buyers' clock (ticks at their local midnights).
 */
export function ForecastChart({
  rows,
  timeZone,
  forecastStartMs,
  title,
  bands = [],
}: {
  rows: readonly ForecastChartRow[];
  timeZone: string;
  forecastStartMs: number;
  title: string;
  /** Events and public holidays, shaded and labelled. */
  bands?: readonly EventBand[];
}) {
  const first = rows[0]?.utcMs ?? forecastStartMs;
  const last = rows[rows.length - 1]?.utcMs ?? forecastStartMs;
  const ticks = localDayTicks(first, last, timeZone, tickSpacingDays(rows.length));
  const closedHours = rows.filter((row) => row.closed).length;
  return (
    <ChartFigure
      title={title}
      testId="forecast-chart"
      description={`Line chart of hourly messages: actual counts, then the forecast with 80 % and 95 % intervals, by the buyers’ local time${closedHours ? `; ${closedHours} closed hours shaded grey` : ''}${bands.length ? `; ${bands.length} event and holiday periods shaded and named` : ''}. The backtest table below gives its accuracy.`}
      legend={
        <ChartLegend
          items={[
            { key: 'actual', ...CONFIG.actual, shape: 'line' as const },
            { key: 'forecast', ...CONFIG.forecast, shape: 'line' as const },
            { key: 'band80', ...CONFIG.band80, shape: 'area' as const },
            { key: 'band95', ...CONFIG.band95, shape: 'area' as const },
            ...(closedHours ? [{ key: 'closed', ...CONFIG.closed, shape: 'area' as const }] : []),
            ...(bands.length ? [{ key: 'event', ...CONFIG.event, shape: 'area' as const }] : []),
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={rows as ForecastChartRow[]} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis dataKey="utcMs" type="number" scale="time" domain={[first, last]} ticks={ticks} tickFormatter={(ms: number) => formatDayTick(ms, timeZone)} stroke="var(--chart-axis)" fontSize={12} />
          <YAxis stroke="var(--chart-axis)" fontSize={12} width={44} allowDecimals={false} />
          <Tooltip content={(props) => <ForecastTooltip {...props} timeZone={timeZone} />} />
          {closedHours ? (
            <Area dataKey="closed" name={CONFIG.closed.label} type="step" stroke="none" fill={CONFIG.closed.color} fillOpacity={1} isAnimationActive={false} connectNulls={false} className="forecast-chart__closed" />
          ) : null}
          <Area dataKey="band95" name={CONFIG.band95.label} stroke="none" fill={CONFIG.band95.color} isAnimationActive={false} connectNulls={false} />
          <Area dataKey="band80" name={CONFIG.band80.label} stroke="none" fill={CONFIG.band80.color} isAnimationActive={false} connectNulls={false} />
          <Line dataKey="actual" name={CONFIG.actual.label} stroke={CONFIG.actual.color} strokeWidth={1.5} dot={false} isAnimationActive={false} connectNulls={false} />
          <Line dataKey="forecast" name={CONFIG.forecast.label} stroke={CONFIG.forecast.color} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
          {bands.map((band) => (
            <ReferenceArea
              key={`${band.label}-${band.fromMs}`}
              x1={Math.max(band.fromMs, first)}
              x2={Math.min(band.toMs, last)}
              fill={CONFIG.event.color}
              fillOpacity={1}
              ifOverflow="hidden"
              className="forecast-chart__event"
              label={{ value: band.label, position: 'insideTop', fontSize: 11, fill: 'var(--chart-event-label)' }}
            />
          ))}
          <ReferenceLine x={forecastStartMs} stroke="var(--chart-axis)" strokeDasharray="4 3" label={{ value: 'Forecast', position: 'insideTopLeft', fontSize: 12, fill: 'var(--chart-axis)' }} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
