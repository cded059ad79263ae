import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatMoneyChange } from '../../../lib/format/format-money-change.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { formatPercent } from '../../../lib/format/format-percent.util';
import type { ScenarioComparison } from '../api/scenario.types';
import { bestCell, comparisonRows, type ComparisonCell } from '../lib/comparison-table';

function cellText(cell: ComparisonCell, currency: string): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'money':
    case 'money-change':
      return cell.value === null ? '—' : formatCurrency(cell.value, currency);
    case 'percent':
      return cell.value === null ? '—' : formatPercent(cell.value, undefined, 2);
    case 'hours':
      return cell.value === null ? '—' : `${formatNumber(cell.value, undefined, 1)} h`;
    case 'number':
      return cell.value === null ? '—' : formatNumber(cell.value, undefined, 1);
    case 'percent-band':
      return cell.band === null ? '—' : `${formatPercent(cell.band.mean, undefined, 2)} (${formatPercent(cell.band.low, undefined, 1)}–${formatPercent(cell.band.high, undefined, 1)})`;
    case 'hours-band':
      return cell.band === null ? '—' : `${formatNumber(cell.band.mean, undefined, 1)} h (${formatNumber(cell.band.low, undefined, 1)}–${formatNumber(cell.band.high, undefined, 1)})`;
    case 'percent-service':
    case 'hours-service': {
      if (cell.value === null) return '—';
      const show = (value: number, digits: number) => (cell.kind === 'percent-service' ? formatPercent(value, undefined, digits) : `${formatNumber(value, undefined, 1)} h`);
      const band = cell.band === null ? '' : ` (band ${show(cell.band.low, 1)}–${show(cell.band.high, 1)})`;
      return `${show(cell.value, 2)}${band}${cell.outside ? ' ⚠ outside the band' : ''}`;
    }
  }
}

/** Scenarios side by side: a column each, a row per figure, the best of a ranked row in bold. */
export function ComparisonTableView({
  comparison,
  marketplaceName,
  siteName,
}: {
  comparison: ScenarioComparison;
  marketplaceName: (id: string) => string;
  siteName?: (id: string) => string;
}) {
  const rows = comparisonRows(comparison, marketplaceName, siteName);
  const baseline = comparison.scenarios[0]?.name ?? '';
  // a figure outside its simulated band is never silent: each says so in words below the table
  const notes = comparison.scenarios.flatMap((column) => (column.serviceNotes ?? []).map((note) => `${column.name} — ${note}`));
  let group = '';
  return (
    <div className="table-scroll" role="region" aria-label="Scenarios side by side" tabIndex={0} data-testid="comparison-table">
      <table className="data-table comparison-table">
        <caption>
          Scenarios side by side (money in {comparison.reportingCurrency}; payroll with its difference from {baseline}, the first column; service: the plan's dispatch rule
          replayed, with the simulated 90 % band of the same rule; best of each ranked row in bold)
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {comparison.scenarios.map((column) => (
              <th key={column.id} scope="col" className="num">
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) => {
            const best = bestCell(row);
            const header =
              row.group !== group ? (
                <tr key={`group-${row.group}`} className="comparison-table__group">
                  <th scope="rowgroup" colSpan={comparison.scenarios.length + 1}>
                    {row.group}
                  </th>
                </tr>
              ) : null;
            group = row.group;
            const line = (
              <tr key={row.key}>
                <th scope="row" className={row.label.startsWith('  ') ? 'comparison-table__sub' : undefined}>
                  {row.label.trim()}
                </th>
                {row.cells.map((cell, index) => (
                  <td
                    key={index}
                    className={`${cell.kind === 'text' ? 'num wrap' : 'num'}${'outside' in cell && cell.outside ? ' comparison-table__outside' : ''}`}
                    data-outside-band={'outside' in cell && cell.outside ? 'true' : undefined}
                  >
                    {index === best ? <strong>{cellText(cell, comparison.reportingCurrency)}</strong> : cellText(cell, comparison.reportingCurrency)}
                    {cell.kind === 'money-change' && cell.change !== null ? (
                      <span className={`comparison-table__change comparison-table__change--${cell.change > 0 ? 'up' : cell.change < 0 ? 'down' : 'same'}`}>
                        {' '}
                        ({formatMoneyChange(cell.change, comparison.reportingCurrency)})
                      </span>
                    ) : null}
                  </td>
                ))}
              </tr>
            );
            return header ? [header, line] : [line];
          })}
        </tbody>
      </table>
      {notes.length ? (
        <ul className="alert alert--warning" data-testid="comparison-band-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
