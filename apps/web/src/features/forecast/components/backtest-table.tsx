import { DataTable } from '../../../components/ui/data-table';
import { formatNumber } from '../../../lib/format/format-number.util';
import { biasInWords, type BacktestView } from '../lib/backtest-rows';
import { methodName } from '../lib/method-names';

const percent = (value: number) => `${formatNumber(value, undefined, 1)} %`;
const signedPercent = (value: number) => `${value > 0 ? '+' : ''}${formatNumber(value, undefined, 1)} %`;

const SELECT_BY: Record<string, string> = { wape: 'WAPE', smape: 'sMAPE', mase: 'MASE' };

/** How accurate the chosen method was on past weeks, by how far ahead it forecast. */
export function BacktestTable({ view, seriesLabel }: { view: BacktestView; seriesLabel: string }) {
  const { series } = view;
  return (
    <div data-testid="backtest">
      <dl className="facts">
        <dt>Chosen method</dt>
        <dd data-testid="chosen-method">{methodName(series.method)}</dd>
        <dt>Chosen by</dt>
        <dd>
          lowest {SELECT_BY[series.selectBy] ?? series.selectBy} over {series.origins.length} rolling origins, {formatNumber(series.horizonHours)} hours ahead each
        </dd>
      </dl>
      {biasInWords(series) ? (
        <p className="space-above" data-testid="backtest-bias">
          {biasInWords(series)}
        </p>
      ) : null}
      {view.fromTotal ? <p className="muted space-above">{seriesLabel} is forecast as a share of the marketplace total; the total’s backtest is shown.</p> : null}
      {view.rows.length === 0 ? (
        <p className="muted space-above">Too little history to backtest this series: import more weeks of history to see its accuracy.</p>
      ) : (
        <div className="space-above">
          <DataTable
            caption="Backtest accuracy by hours ahead"
            testId="backtest-table"
            rows={view.rows}
            rowKey={(row) => row.key}
            columns={[
              { key: 'label', header: 'Hours ahead', cell: (row) => (row.key === 'overall' ? <strong>{row.label}</strong> : row.label) },
              { key: 'wape', header: <abbr title="Weighted absolute percentage error: Σ|actual − forecast| / Σ actual">WAPE</abbr>, numeric: true, cell: (row) => percent(row.wape) },
              { key: 'mase', header: <abbr title="Mean absolute scaled error: below 1 beats repeating last week">MASE</abbr>, numeric: true, cell: (row) => formatNumber(row.mase, undefined, 2) },
              { key: 'smape', header: <abbr title="Symmetric mean absolute percentage error">sMAPE</abbr>, numeric: true, cell: (row) => percent(row.smape) },
              { key: 'bias', header: <abbr title="Positive: forecast too high">Bias</abbr>, numeric: true, cell: (row) => signedPercent(row.bias) },
              { key: 'points', header: 'Hours', numeric: true, cell: (row) => formatNumber(row.points) },
            ]}
          />
        </div>
      )}
      {series.candidates.length > 1 ? (
        <details className="space-above">
          <summary>Every method tried ({series.candidates.length})</summary>
          <DataTable
            caption="Methods tried, best first"
            captionHidden
            rows={series.candidates}
            rowKey={(row) => row.method}
            columns={[
              { key: 'method', header: 'Method', cell: (row) => (row.method === series.method ? <strong>{methodName(row.method)} (chosen)</strong> : methodName(row.method)) },
              { key: 'wape', header: 'WAPE', numeric: true, cell: (row) => percent(row.wape) },
              { key: 'mase', header: 'MASE', numeric: true, cell: (row) => formatNumber(row.mase, undefined, 2) },
              { key: 'smape', header: 'sMAPE', numeric: true, cell: (row) => percent(row.smape) },
              { key: 'bias', header: 'Bias', numeric: true, cell: (row) => signedPercent(row.bias) },
            ]}
          />
        </details>
      ) : null}
    </div>
  );
}
