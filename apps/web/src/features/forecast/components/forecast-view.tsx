import { useMemo, useState } from 'react';
import type { Marketplace } from '@app/domain';
import { SelectField } from '../../../components/ui/form-field';
import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { formatTimeZone } from '../../../lib/format/format-time-zone.util';
import type { ForecastRun } from '../api/forecast.types';
import { useForecast } from '../api/get-forecast';
import { useForecastBacktest } from '../api/get-forecast-backtest';
import { useForecastSeries } from '../api/get-forecast-series';
import { useHistory } from '../api/get-history';
import { backtestView } from '../lib/backtest-rows';
import { seriesActuals } from '../lib/forecast-actuals';
import { forecastChartRows } from '../lib/forecast-chart-rows';
import { forecastEventBands } from '../lib/forecast-event-bands';
import { hourOfWeekHeatmap } from '../lib/hour-of-week-heatmap';
import { methodName } from '../lib/method-names';
import { BacktestTable } from './backtest-table';
import { ForecastChart } from './forecast-chart';
import { HourOfWeekHeatmap } from './hour-of-week-heatmap';

const HOUR_MS = 3_600_000;
/** Weeks of actuals shown before the forecast starts. */
const ACTUAL_WEEKS = 2;

export function ForecastView({ run, marketplaces }: { run: ForecastRun; marketplaces: readonly Marketplace[] }) {
  const detail = useForecast(run.id);
  const backtest = useForecastBacktest(run.id);
  const outcomes = detail.data?.marketplaces ?? [];
  // In setup order (Amazon US before Amazon DE), as everywhere else in the app.
  const setupOrder = (id: string) => {
    const index = marketplaces.findIndex((m) => m.id === id);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const forecastable = outcomes.filter((m) => m.status === 'ok').sort((a, b) => setupOrder(a.marketplaceId) - setupOrder(b.marketplaceId));
  const [chosenMarketplace, setMarketplaceId] = useState('');
  const [classId, setClassId] = useState('');
  const totalWeeks = Math.max(1, Math.ceil(run.hours / 168));
  const [weeks, setWeeks] = useState(String(Math.min(2, totalWeeks)));

  const marketplaceId = chosenMarketplace || forecastable[0]?.marketplaceId || '';
  const outcome = outcomes.find((m) => m.marketplaceId === marketplaceId);
  const marketplace = marketplaces.find((m) => m.id === marketplaceId);
  const timeZone = outcome?.timeZone ?? marketplace?.timeZone ?? 'UTC';
  const startMs = Date.parse(run.start);
  const windowHours = Math.min(run.hours, Number(weeks) * 168);
  const windowEnd = new Date(startMs + (windowHours - 1) * HOUR_MS).toISOString();

  const series = useForecastSeries(marketplaceId ? { forecastId: run.id, marketplaceId, classId: classId || undefined, to: windowEnd } : null);
  const history = useHistory(marketplaceId ? { marketplaceId, from: new Date(startMs - ACTUAL_WEEKS * 168 * HOUR_MS).toISOString(), to: windowEnd } : null);

  const selected = series.data?.find((s) => s.classId === (classId || null));
  const rows = useMemo(
    () => (selected ? forecastChartRows(selected.points, seriesActuals(history.data ?? [], classId || null)) : []),
    [selected, history.data, classId],
  );
  const closedHours = selected ? selected.points.filter((point) => point.closed).length : 0;
  const summary = outcome?.series.find((s) => s.classId === (classId || null));
  const bands = useMemo(() => (selected ? forecastEventBands(summary?.calendar, selected.points) : []), [selected, summary]);
  const heatmap = useMemo(() => (selected ? hourOfWeekHeatmap(selected.points.map((p) => ({ utcMs: Date.parse(p.utc), value: p.forecast })), timeZone) : null), [selected, timeZone]);

  const marketplaceName = (id: string) => marketplaces.find((m) => m.id === id)?.name ?? id;
  const classLabel = classId ? (marketplace?.classes.find((c) => c.id === classId)?.name ?? classId) : 'all classes';
  const classOptions = [{ value: '', label: 'All classes (total)' }, ...(outcome?.series ?? []).filter((s) => s.classId !== null).map((s) => ({ value: s.classId as string, label: marketplace?.classes.find((c) => c.id === s.classId)?.name ?? (s.classId as string) }))];
  const view = backtestView(backtest.data, marketplaceId, classId || null);
  const notForecast = outcomes.filter((m) => m.status !== 'ok');

  return (
    <>
      <section className="card" aria-labelledby="forecast-summary-heading" data-testid="forecast-summary">
        <h2 id="forecast-summary-heading">Newest forecast</h2>
        <dl className="facts">
          <dt>Period</dt>
          <dd>
            {formatInstant(run.start, 'UTC')} to {formatInstant(run.end, 'UTC')} — {formatNumber(run.hours)} hours ({formatNumber(run.hours / 168, undefined, 1)} week{run.hours === 168 ? '' : 's'})
          </dd>
          <dt>Made</dt>
          <dd>{formatInstant(run.createdAt, 'UTC')}</dd>
          <dt>Marketplaces</dt>
          <dd>
            {forecastable.length} forecast{notForecast.length ? `, ${notForecast.length} without a forecast` : ''}
          </dd>
        </dl>
        {notForecast.length > 0 ? (
          <div className="alert alert--warning space-above" role="status">
            <h3>Not forecast</h3>
            <ul>
              {notForecast.map((m) => (
                <li key={m.marketplaceId}>
                  <strong>{marketplaceName(m.marketplaceId)}</strong>: {m.message ?? (m.status === 'no-history' ? 'no history imported' : 'the forecast failed')}
                </li>
              ))}
            </ul>
            <p className="muted">Import history for these marketplaces under Setup → Message history, then run the forecast again.</p>
          </div>
        ) : null}
      </section>

      {detail.isPending ? <LoadingState label="Loading the forecast…" /> : null}
      {detail.isError ? <QueryErrorState error={detail.error} what="the forecast" onRetry={() => void detail.refetch()} /> : null}

      {forecastable.length > 0 ? (
        <>
          <div className="toolbar row row--end">
            <SelectField label="Marketplace" value={marketplaceId} onValueChange={(id) => { setMarketplaceId(id); setClassId(''); }} options={forecastable.map((m) => ({ value: m.marketplaceId, label: marketplaceName(m.marketplaceId) }))} />
            <SelectField label="Class" value={classId} onValueChange={setClassId} options={classOptions} />
            <SelectField
              label="Forecast shown"
              value={weeks}
              onValueChange={setWeeks}
              options={[1, 2, 4, 8, 13].filter((w) => w < totalWeeks).map((w) => ({ value: String(w), label: `First ${w} week${w === 1 ? '' : 's'}` })).concat([{ value: String(totalWeeks), label: `Whole forecast (${totalWeeks} week${totalWeeks === 1 ? '' : 's'})` }])}
            />
          </div>

          <section className="card" aria-label="Hourly forecast">
            {series.isPending || history.isPending ? <LoadingState label="Loading hourly figures…" /> : null}
            {series.isError ? <QueryErrorState error={series.error} what="the hourly forecast" onRetry={() => void series.refetch()} /> : null}
            {history.isError ? <QueryErrorState error={history.error} what="the actual messages" onRetry={() => void history.refetch()} /> : null}
            {selected ? (
              <>
                <ForecastChart
                  rows={rows}
                  timeZone={timeZone}
                  forecastStartMs={startMs}
                  title={`${marketplaceName(marketplaceId)}, ${classLabel}: messages per hour, buyers’ time — ${formatTimeZone(timeZone, new Date(startMs))}`}
                  bands={bands}
                />
                {bands.length > 0 ? (
                  <div className="space-above" data-testid="forecast-events">
                    <h3>Events and holidays in the hours shown</h3>
                    <ul>
                      {bands.map((band) => (
                        <li key={`${band.label}-${band.fromMs}`}>
                          <strong>{band.label}</strong>, {band.firstDate === band.lastDate ? band.firstDate : `${band.firstDate} to ${band.lastDate}`}: {band.effect}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <p className="muted space-above">
                  Method: <strong>{methodName(selected.method)}</strong>
                  {selected.source === 'marketplace-share' ? ' (the marketplace total times this class’s share)' : ''}. {ACTUAL_WEEKS} weeks of actual messages are shown before the forecast starts.
                </p>
                {closedHours > 0 ? (
                  <p className="muted" data-testid="forecast-closed-note">
                    Closed: {formatNumber(closedHours)} of the {formatNumber(selected.points.length)} hours shown fall on hours of the week the history has never had a message in (no row at all, not even 0). They are forecast as 0 and shaded grey; import history with those hours, even as 0, if the team is open then.
                  </p>
                ) : null}
              </>
            ) : null}
          </section>

          {heatmap ? (
            <section className="card" aria-labelledby="heatmap-heading">
              <h2 id="heatmap-heading">Hour of the week, buyers’ time</h2>
              <p className="muted">
                Mean forecast messages per local hour ({formatTimeZone(timeZone, new Date(startMs))}) over the weeks shown, Monday first; darker is busier, busiest hour {formatNumber(heatmap.max, undefined, 1)} messages.
              </p>
              <HourOfWeekHeatmap heatmap={heatmap} caption={`Mean forecast messages by weekday and local hour, ${marketplaceName(marketplaceId)}, ${classLabel}`} />
            </section>
          ) : null}

          <section className="card" aria-labelledby="backtest-heading">
            <h2 id="backtest-heading">Accuracy on past weeks</h2>
            {backtest.isPending ? <LoadingState label="Loading the backtest…" /> : null}
            {backtest.isError ? <QueryErrorState error={backtest.error} what="the backtest" onRetry={() => void backtest.refetch()} /> : null}
            {view ? <BacktestTable view={view} seriesLabel={classLabel} /> : backtest.isSuccess ? <p className="muted">No backtest for this series.</p> : null}
          </section>
        </>
      ) : null}
    </>
  );
}
