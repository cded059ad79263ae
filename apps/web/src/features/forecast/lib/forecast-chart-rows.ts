import type { ForecastPoint } from '../api/forecast.types';

/** One hour on the forecast chart; a band is [low, high] for a Recharts range area. */
export interface ForecastChartRow {
  utcMs: number;
  actual: number | null;
  forecast: number | null;
  band80: [number, number] | null;
  band95: [number, number] | null;
  /** A closed hour: shaded from 0 to the top of the chart. */
  closed: [number, number] | null;
}

/**
 * Forecast hours and actual hours on one time axis, in time order: history before the
 * forecast shows as actuals only; where both exist (a backtest window) the hour has both.
 * Closed hours get a band over the chart's whole height.
 */
export function forecastChartRows(points: readonly ForecastPoint[], actuals: ReadonlyMap<number, number>): ForecastChartRow[] {
  const rows = new Map<number, ForecastChartRow>();
  const row = (utcMs: number) => {
    let existing = rows.get(utcMs);
    if (!existing) {
      existing = { utcMs, actual: null, forecast: null, band80: null, band95: null, closed: null };
      rows.set(utcMs, existing);
    }
    return existing;
  };
  for (const point of points) {
    const target = row(Date.parse(point.utc));
    target.forecast = point.forecast;
    target.band80 = [point.lo80, point.hi80];
    target.band95 = [point.lo95, point.hi95];
  }
  for (const [utcMs, count] of actuals) row(utcMs).actual = count;
  const ordered = [...rows.values()].sort((a, b) => a.utcMs - b.utcMs);
  const top = Math.max(1, ...ordered.map((entry) => Math.max(entry.actual ?? 0, entry.band95?.[1] ?? 0)));
  const closed = new Set(points.filter((point) => point.closed).map((point) => Date.parse(point.utc)));
  for (const entry of ordered) if (closed.has(entry.utcMs)) entry.closed = [0, top];
  return ordered;
}
