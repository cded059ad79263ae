import { csvIssueTable } from '../../lib/csv-issue-rows';
import type { ApiIssue } from '../../lib/api-client';
import { DataTable } from './data-table';
import { ErrorAlert } from './error-state';

/**
 * A CSV import that was refused: nothing was written, and each rejected row with its line, the
 * file's column and the reason (at most 100; the rest counted).
 */
export function RejectedFile({ error, issues, fileName, testId, tableTestId }: { error: unknown; issues: readonly ApiIssue[]; fileName: string | undefined; testId: string; tableTestId: string }) {
  const table = csvIssueTable(issues);
  return (
    <div className="space-above" data-testid={testId}>
      <ErrorAlert error={error} showIssues={false} title={`${fileName ?? 'The file'} was not imported`}>
        <p className="muted">Nothing was written. {table.rows.length > 0 ? 'Fix these rows and import the file again.' : 'Fix the file and import it again.'}</p>
      </ErrorAlert>
      {table.rows.length > 0 ? (
        <DataTable
          caption={`Rejected rows${table.hidden ? ` (first ${table.rows.length} of ${table.rows.length + table.hidden})` : ''}`}
          testId={tableTestId}
          rows={table.rows}
          rowKey={(r) => r.key}
          columns={[
            { key: 'row', header: 'Row', numeric: true, cell: (r) => r.row },
            { key: 'field', header: 'Field', cell: (r) => <code>{r.field}</code> },
            { key: 'message', header: 'Reason', cell: (r) => r.message, wrap: true },
          ]}
        />
      ) : null}
    </div>
  );
}
