import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../../components/chart/chart-figure';
import { ChartLegend } from '../../../components/chart/chart-legend';
import type { ChartTooltipProps } from '../../../components/chart/chart-tooltip.types';
import { formatDayTick } from '../../../lib/format/format-day-tick.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { localDayTicks, tickSpacingDays } from '../../../lib/time/local-day-ticks.util';
import { clockHourLabel } from '../lib/clock-hour-label';
import type { MarketplaceCoverageRow, SiteCoverageRow } from '../lib/coverage-rows';
import { MARKETPLACE_COVERAGE_CONFIG as MARKETPLACE, SITE_COVERAGE_CONFIG as SITE } from './coverage-chart.config';

type Row = SiteCoverageRow | MarketplaceCoverageRow;

function CoverageTooltip({ active, payload, timeZone, clockLabel }: ChartTooltipProps<Row> & { timeZone: string; clockLabel: string }) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  const hours = (value: number) => `${formatNumber(value, undefined, 1)} h`;
  return (
    <div className="chart-tooltip">
      <strong>
        {clockHourLabel(row.utcMs, timeZone)} <span className="muted">({clockLabel})</span>
      </strong>
      {'capacityHours' in row ? (
        <>
          <div>Capacity: {hours(row.capacityHours)}</div>
          <div>Workload: {hours(row.workloadHours)}</div>
          <div>
            On duty: {row.onDuty} of at most {row.maxOnDuty}
          </div>
        </>
      ) : (
        <>
          <div>
            Arriving: {formatNumber(row.arrivals, undefined, 1)} messages ({hours(row.arrivingWorkHours)})
          </div>
          <div>
            Answered: {formatNumber(row.answered, undefined, 1)} messages ({hours(row.answeredWorkHours)})
          </div>
          <div>Waiting at the end: {formatNumber(row.backlog, undefined, 1)}</div>
        </>
      )}
    </div>
  );
}

/**
 * Hour-by-hour coverage on a UTC axis read on the chosen clock (ticks at its local midnights):
 * a site's capacity against the work given, or a marketplace's arriving work against the work
 * answered and what is left waiting.
 */
export function CoverageChart({ mode, rows, timeZone, clockLabel, title }: { mode: 'site' | 'marketplace'; rows: readonly Row[]; timeZone: string; clockLabel: string; title: string }) {
  const first = rows[0]?.utcMs ?? 0;
  const last = rows[rows.length - 1]?.utcMs ?? 0;
  const ticks = localDayTicks(first, last, timeZone, tickSpacingDays(rows.length));
  const site = mode === 'site';
  const legend = site
    ? [
        { key: 'capacityHours', ...SITE.capacityHours, shape: 'area' as const },
        { key: 'workloadHours', ...SITE.workloadHours, shape: 'line' as const },
        { key: 'onDuty', ...SITE.onDuty, shape: 'dashed' as const },
      ]
    : [
        { key: 'arrivingWorkHours', ...MARKETPLACE.arrivingWorkHours, shape: 'area' as const },
        { key: 'answeredWorkHours', ...MARKETPLACE.answeredWorkHours, shape: 'line' as const },
        { key: 'backlog', ...MARKETPLACE.backlog, shape: 'dashed' as const },
      ];
  return (
    <ChartFigure
      title={title}
      testId="coverage-chart"
      description={
        site
          ? `Hourly staffed capacity against the workload given, in agent-hours, with agents on duty, on ${clockLabel}.`
          : `Hourly workload arriving against work answered, in agent-hours, with messages left waiting, on ${clockLabel}.`
      }
      legend={<ChartLegend items={legend} />}
    >
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={rows as Row[]} margin={{ top: 8, right: 4, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis dataKey="utcMs" type="number" scale="time" domain={[first, last]} ticks={ticks} tickFormatter={(ms: number) => formatDayTick(ms, timeZone)} stroke="var(--chart-axis)" fontSize={12} />
          <YAxis yAxisId="hours" stroke="var(--chart-axis)" fontSize={12} width={40} />
          <YAxis yAxisId="count" orientation="right" stroke="var(--chart-axis)" fontSize={12} width={36} allowDecimals={false} />
          <Tooltip content={(props) => <CoverageTooltip {...props} timeZone={timeZone} clockLabel={clockLabel} />} />
          {site ? (
            <>
              <Area yAxisId="hours" type="stepAfter" dataKey="capacityHours" name={SITE.capacityHours.label} stroke={SITE.capacityHours.color} fill={SITE.capacityHours.color} fillOpacity={0.25} isAnimationActive={false} />
              <Line yAxisId="hours" type="stepAfter" dataKey="workloadHours" name={SITE.workloadHours.label} stroke={SITE.workloadHours.color} strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line yAxisId="count" type="stepAfter" dataKey="onDuty" name={SITE.onDuty.label} stroke={SITE.onDuty.color} strokeDasharray="4 2" strokeWidth={1.5} dot={false} isAnimationActive={false} />
            </>
          ) : (
            <>
              <Area yAxisId="hours" type="stepAfter" dataKey="arrivingWorkHours" name={MARKETPLACE.arrivingWorkHours.label} stroke={MARKETPLACE.arrivingWorkHours.color} fill={MARKETPLACE.arrivingWorkHours.color} fillOpacity={0.2} isAnimationActive={false} />
              <Line yAxisId="hours" type="stepAfter" dataKey="answeredWorkHours" name={MARKETPLACE.answeredWorkHours.label} stroke={MARKETPLACE.answeredWorkHours.color} strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line yAxisId="count" type="stepAfter" dataKey="backlog" name={MARKETPLACE.backlog.label} stroke={MARKETPLACE.backlog.color} strokeDasharray="4 2" strokeWidth={1.5} dot={false} isAnimationActive={false} />
            </>
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
