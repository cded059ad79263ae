import type { ApiIssue } from '../../../lib/api-client';

export interface ImportIssueRow {
  key: string;
  /** CSV line number (the header is line 1), or "—" for a problem of the whole file (row 0). */
  row: string;
  field: string;
  message: string;
}

/** A rejected file's problems, by row (the file's own first), at most `limit` of them. */
export function importIssueRows(issues: readonly ApiIssue[], limit = 100): { rows: ImportIssueRow[]; hidden: number } {
  const sorted = [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const rows = sorted.slice(0, limit).map((issue, index) => ({
    key: `${issue.row ?? 'file'}-${issue.field ?? issue.path ?? ''}-${index}`,
    row: issue.row === undefined || issue.row === 0 ? '—' : String(issue.row),
    field: issue.field ?? issue.path ?? '—',
    message: issue.message,
  }));
  return { rows, hidden: Math.max(0, sorted.length - limit) };
}
