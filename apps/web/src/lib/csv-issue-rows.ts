import type { ApiIssue } from './api-client';

export interface CsvIssueRow {
  key: string;
  /** CSV line number (the header is line 1), or "—" for problems of the file as a whole (row 0). */
  row: string;
  field: string;
  message: string;
}

export interface CsvIssueTable {
  rows: CsvIssueRow[];
  /** Issues beyond `limit`, not shown. */
  hidden: number;
}

/**
 * The rejected rows of a CSV import (history, actuals) as a table: ordered by row (file-level problems first),
 * at most `limit` rows so a file that is wrong everywhere does not flood the page.
 */
export function csvIssueTable(issues: readonly ApiIssue[], limit = 100): CsvIssueTable {
  const sorted = [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const rows = sorted.slice(0, limit).map((issue, index) => ({
    key: `${issue.row ?? 'file'}-${issue.field ?? issue.path ?? ''}-${index}`,
    row: issue.row === undefined || issue.row === 0 ? '—' : String(issue.row),
    field: issue.field ?? issue.path ?? '—',
    message: issue.message,
  }));
  return { rows, hidden: Math.max(0, sorted.length - limit) };
}
