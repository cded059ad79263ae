import type { ReactNode } from 'react';

export interface Column<T> {
  /** Stable key of the column. */
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligned tabular figures. */
  numeric?: boolean;
  /** Allow the cell to wrap (long text); other cells stay on one line and the table scrolls. */
  wrap?: boolean;
}

interface DataTableProps<T> {
  caption: string;
  /** Hide the caption visually (it stays for screen readers) when a heading already says it. */
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  testId?: string;
  /** Long tables scroll inside a box of limited height, their header staying in view. */
  tall?: boolean;
}

/** A table that scrolls sideways inside its own box on narrow screens instead of squashing. */
export function DataTable<T>({ caption, captionHidden, columns, rows, rowKey, testId, tall }: DataTableProps<T>) {
  return (
    <div className={tall ? 'table-scroll table-scroll--tall' : 'table-scroll'} role="region" aria-label={caption} tabIndex={0} data-testid={testId}>
      <table className="data-table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {columns.map((column) => (
                <td key={column.key} className={column.numeric ? 'num' : column.wrap ? 'wrap' : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
