import { useState, type FormEvent } from 'react';
import { CsvFileField } from '../../../components/ui/csv-file-field';
import { DataTable } from '../../../components/ui/data-table';
import { RejectedFile } from '../../../components/ui/rejected-file';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { TimeZoneField } from '../../../components/ui/time-zone-field';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { useCan } from '../../../lib/session/session-context';
import { useHistorySummary, useImportHistory, type HistorySeriesSummary } from '../api/history';
import { useMarketplaces } from '../api/marketplaces';
import { historySummaryRows } from '../lib/history-summary-rows';

function SeriesTable({ caption, series, testId }: { caption: string; series: readonly HistorySeriesSummary[]; testId: string }) {
  const marketplaces = useMarketplaces();
  const rows = historySummaryRows(series, marketplaces.data ?? []);
  return (
    <DataTable
      caption={caption}
      testId={testId}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { key: 'marketplace', header: 'Marketplace', cell: (r) => <strong>{r.marketplaceName}</strong> },
        { key: 'class', header: 'Class', cell: (r) => r.classLabel },
        { key: 'from', header: 'First hour (buyers’ time)', cell: (r) => formatInstant(r.from, r.timeZone) },
        { key: 'to', header: 'Last hour (buyers’ time)', cell: (r) => formatInstant(r.to, r.timeZone) },
        { key: 'hours', header: 'Hours', numeric: true, cell: (r) => formatNumber(r.hours) },
        { key: 'total', header: 'Messages', numeric: true, cell: (r) => formatNumber(r.total) },
        { key: 'rate', header: 'Per hour', numeric: true, cell: (r) => formatNumber(r.averagePerHour, undefined, 1) },
      ]}
    />
  );
}

/**
 * Upload of message history as CSV. The whole file is accepted or nothing is written; a
 * rejected file's problems are listed row by row so they can be fixed in a spreadsheet.
 */
export function HistoryImport() {
  const [file, setFile] = useState<File | null>(null);
  const [timeZone, setTimeZone] = useState('');
  const importer = useImportHistory();
  const summary = useHistorySummary();
  const canImport = useCan('setup.write');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) importer.mutate({ file, timeZone: timeZone.trim() });
  };


  return (
    <section aria-labelledby="history-heading">
      <div className="page-header">
        <div>
          <h2 id="history-heading">Message history</h2>
          <p>Hourly message counts per marketplace are what the forecast learns from.{canImport ? ' Import them as a CSV file.' : ''}</p>
        </div>
      </div>
      {canImport ? (
        <div className="card">
          <h3>Import a CSV file</h3>
          <p className="muted">
            Either one row per message — header <code>received_at,marketplace</code> or <code>received_at,marketplace,class</code> — or hourly counts — header{' '}
            <code>hour_start,marketplace,count</code> or <code>hour_start,marketplace,class,count</code>. Marketplaces and classes are named by their ids. Times
            carry their UTC offset (<code>2025-03-01T14:05:00+08:00</code>) or are read in the time zone chosen below. Imported hours replace stored hours of the
            same marketplace and class; a file with any bad row is rejected as a whole and nothing is written.
          </p>
          <form className="form" onSubmit={submit} aria-label="Import message history">
            <div className="form-grid">
              <CsvFileField
                label="CSV file"
                onFile={(chosen) => {
                  setFile(chosen);
                  importer.reset();
                }}
              />
              <TimeZoneField label="Time zone of times without an offset" value={timeZone} onValueChange={setTimeZone} hint="Leave blank when every time has its offset" />
            </div>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={!file || importer.isPending}>
                {importer.isPending ? 'Importing…' : 'Import history'}
              </button>
            </div>
          </form>
        </div>
      ) : null}

      {importer.isError && importer.error.issues ? (
        <RejectedFile error={importer.error} issues={importer.error.issues} fileName={file?.name} testId="history-import-errors" tableTestId="history-issues-table" />
      ) : null}

      {importer.isSuccess ? (
        <div data-testid="history-import-result">
          <div className="alert alert--success" role="status">
            <h3>History imported</h3>
            <p>
              {formatNumber(importer.data.rows)} rows from {file?.name ?? 'the file'} went into {importer.data.series.length} series.
            </p>
          </div>
          <SeriesTable caption="Imported series" series={importer.data.series} testId="history-import-series" />
        </div>
      ) : null}

      <div className={canImport ? 'card space-above' : 'card'}>
        <h3>Stored history</h3>
        {summary.isPending ? <LoadingState label="Loading stored history…" /> : null}
        {summary.isError ? <QueryErrorState error={summary.error} what="the stored history" onRetry={() => void summary.refetch()} /> : null}
        {summary.isSuccess && summary.data.length === 0 ? (
          <EmptyState title="No history yet">{canImport ? 'Import a CSV file above: the forecast needs a few weeks of hourly counts per marketplace.' : 'A manager imports the message history the forecast learns from.'}</EmptyState>
        ) : null}
        {summary.isSuccess && summary.data.length > 0 ? <SeriesTable caption="Stored history by marketplace and class" series={summary.data} testId="history-summary-table" /> : null}
      </div>
    </section>
  );
}
