import type { ForecastBacktestReport, ForecastBacktestSeries, ForecastErrors } from '../api/forecast.types';

export interface BacktestRow extends ForecastErrors {
  key: string;
  /** "1–24 h ahead", "All hours". */
  label: string;
}

export interface BacktestView {
  /** The series the figures belong to: the class's own, else the marketplace total it is a share of. */
  series: ForecastBacktestSeries;
  /** True when the class is a share of the total and the total's backtest is shown. */
  fromTotal: boolean;
  rows: BacktestRow[];
}

function bucketLabel(label: string, fromHour: number, toHour: number | null): string {
  if (toHour === null) return `${fromHour} h ahead and later`;
  if (/^\d+-\d+h$/.test(label)) return `${fromHour}–${toHour} h ahead`;
  return label;
}

/**
 * The backtest of one marketplace's series as table rows: accuracy by hours ahead of the
 * forecast origin, then over all hours. A class forecast as a share of the total has no
 * backtest of its own; the total's is shown instead (and said so).
 */
export function backtestView(report: ForecastBacktestReport | undefined, marketplaceId: string, classId: string | null): BacktestView | null {
  const marketplace = report?.marketplaces.find((m) => m.marketplaceId === marketplaceId);
  if (!marketplace) return null;
  const own = marketplace.series.find((s) => s.classId === classId);
  const series = own ?? marketplace.series.find((s) => s.classId === null);
  if (!series) return null;
  const rows: BacktestRow[] = series.buckets.map((bucket) => ({
    key: `bucket-${bucket.fromHour}`,
    label: bucketLabel(bucket.label, bucket.fromHour, bucket.toHour),
    wape: bucket.wape,
    mase: bucket.mase,
    smape: bucket.smape,
    bias: bucket.bias,
    points: bucket.points,
  }));
  if (series.overall) rows.push({ key: 'overall', label: 'All hours', ...series.overall });
  return { series, fromTotal: !own, rows };
}

/** Within this bias the forecast is called unbiased. */
const NEGLIGIBLE_BIAS = 2;

/**
 * The backtest's bias in words, for a lead reading the table: "too low by 5.8 %" is what to
 * correct for, a signed percentage is not.
 */
export function biasInWords(series: Pick<ForecastBacktestSeries, 'overall' | 'origins' | 'horizonHours'>): string | null {
  if (!series.overall) return null;
  const { bias } = series.overall;
  const origins = series.origins.length;
  const where = `over the ${origins} past window${origins === 1 ? '' : 's'} of ${series.horizonHours.toLocaleString('en-GB')} hours it was tried on`;
  const size = Math.abs(bias).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  if (Math.abs(bias) < NEGLIGIBLE_BIAS) return `The forecasts were within ${NEGLIGIBLE_BIAS} % of the actual volume ${where}.`;
  return `The forecasts were ${size} % too ${bias > 0 ? 'high' : 'low'} ${where}.`;
}
