import { formatLocalDate } from '../../../lib/format/format-local-date.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import type { RotaDateColumn, RotaGridCell, RotaGridRow } from '../lib/rota-grid';

export interface SelectedCell {
  agentId: string;
  date: string;
}

function cellLabel(row: RotaGridRow, cell: RotaGridCell): string {
  const day = formatLocalDate(cell.date);
  const what = cell.kind === 'shift' ? `${cell.text} (${cell.templateId})${cell.night ? ', night' : ''}${cell.pinned ? ', pinned' : ''}` : cell.kind === 'time-off' ? 'on leave' : 'day off';
  return `${row.name}, ${day}: ${what}${cell.holiday ? `, holiday ${cell.holiday}` : ''}${cell.pinIds.length ? `, ${cell.pinIds.length} pin${cell.pinIds.length === 1 ? '' : 's'}` : ''}`;
}

/**
 * Agents × dates, each cell the shift the agent starts that site-local day. Holidays are marked
 * in the header and on the cell; with `onSelect` (a role that builds rotas) a cell is a button
 * that opens its pins, otherwise plain text.
 */
export function RotaGridTable({
  columns,
  rows,
  selected,
  onSelect,
  calendarUrl,
  siteName,
}: {
  columns: readonly RotaDateColumn[];
  rows: readonly RotaGridRow[];
  selected: SelectedCell | null;
  onSelect?: (cell: SelectedCell) => void;
  calendarUrl: (agentId: string) => string;
  siteName: (siteId: string) => string;
}) {
  return (
    <div className="table-scroll table-scroll--tall rota-grid-scroll" role="region" aria-label="Rota: agents by day, shift times in site time" tabIndex={0} data-testid="rota-grid">
      <table className="data-table rota-grid">
        <caption className="visually-hidden">Rota: agents by day, shift times in each site’s local time</caption>
        <thead>
          <tr>
            <th scope="col" className="rota-grid__agent">
              Agent
            </th>
            {columns.map((column) => (
              <th key={column.date} scope="col" className={`rota-grid__date${column.weekend ? ' is-weekend' : ''}${column.holidays.length ? ' is-holiday' : ''}`} title={column.holidays.join('; ') || undefined}>
                {column.label}
                {column.holidays.length ? (
                  <span className="rota-grid__holiday-mark" aria-label={`holiday: ${column.holidays.join('; ')}`}>
                    {' '}
                    ★
                  </span>
                ) : null}
              </th>
            ))}
            <th scope="col" className="num">
              Hours
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.agentId}>
              <th scope="row" className="rota-grid__agent">
                <span className="rota-grid__name">{row.name}</span>
                <span className="rota-grid__meta">
                  {siteName(row.siteId)} ·{' '}
                  <a href={calendarUrl(row.agentId)} download aria-label={`Calendar (.ics) of ${row.name}`}>
                    .ics
                  </a>
                </span>
              </th>
              {row.cells.map((cell) => {
                const isSelected = selected?.agentId === row.agentId && selected.date === cell.date;
                const title = cell.dispatch.length ? ['Work in this order:', ...cell.dispatch].join('\n') : undefined;
                const content = (
                  <>
                    {cell.text || '·'}
                    {cell.pinned || cell.pinIds.length ? <span className="pin-badge" aria-hidden="true">pin</span> : null}
                  </>
                );
                const classes = ['rota-cell', `rota-cell--${cell.kind}`, onSelect ? '' : 'rota-cell--static', cell.night ? 'is-night' : '', cell.holiday ? 'is-holiday' : '', cell.pinned || cell.pinIds.length ? 'is-pinned' : '', isSelected ? 'is-selected' : ''].filter(Boolean).join(' ');
                return (
                  <td key={cell.date}>
                    {onSelect ? (
                      <button
                        type="button"
                        className={classes}
                        aria-label={cellLabel(row, cell)}
                        aria-pressed={isSelected}
                        title={title}
                        onClick={() => onSelect({ agentId: row.agentId, date: cell.date })}
                      >
                        {content}
                      </button>
                    ) : (
                      <span className={classes} title={title}>
                        <span aria-hidden="true">{content}</span>
                        <span className="visually-hidden">{cellLabel(row, cell)}</span>
                      </span>
                    )}
                  </td>
                );
              })}
              <td className="num">{formatNumber(row.hours, undefined, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
