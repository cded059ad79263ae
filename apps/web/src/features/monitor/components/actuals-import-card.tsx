import { useState, type FormEvent } from 'react';
import { CsvFileField } from '../../../components/ui/csv-file-field';
import { DataTable } from '../../../components/ui/data-table';
import { RejectedFile } from '../../../components/ui/rejected-file';
import { SelectField } from '../../../components/ui/form-field';
import { TimeZoneField } from '../../../components/ui/time-zone-field';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { useActualsLayouts } from '../api/get-actuals-layouts';
import { useImportActuals } from '../api/import-actuals';
import { marketplaceName, type MarketplaceNames } from '../lib/monitor-rows';

const LAYOUT_NAMES: Record<string, string> = {
  followsun: 'followsun (marketplace, received_at, first_reply_at, class, agent, site)',
  zendesk: 'Zendesk ticket export',
  freshdesk: 'Freshdesk ticket export',
  gorgias: 'Gorgias ticket export',
  edesk: 'eDesk ticket export',
  'amazon-bsm': 'Amazon Buyer-Seller Messaging report',
};

/**
 * Upload of a helpdesk export (one row per buyer message): the layout names its columns, the
 * time zone reads timestamps written without an offset. All or nothing: a file with a bad row
 * is listed row by row and nothing is written.
 */
export function ActualsImportCard({ marketplaces }: { marketplaces: readonly MarketplaceNames[] }) {
  const [file, setFile] = useState<File | null>(null);
  const [layout, setLayout] = useState('followsun');
  const [timeZone, setTimeZone] = useState('');
  const layouts = useActualsLayouts();
  const importer = useImportActuals();
  const names = layouts.data?.map((l) => l.name) ?? ['followsun'];
  const chosen = layouts.data?.find((l) => l.name === layout);
  const columns = chosen ? Object.values(chosen.columns).filter((c): c is string => typeof c === 'string') : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) importer.mutate({ file, mapping: layout, timeZone: timeZone.trim() });
  };

  return (
    <section className="card" aria-labelledby="actuals-import-heading" data-testid="actuals-import">
      <h2 id="actuals-import-heading">Import actuals</h2>
      <p className="muted">
        A helpdesk export with one row per buyer message: when it came in, when it was first answered (empty while open), and by whom. Messages of the marketplaces and
        days the file covers replace those stored before.
      </p>
      <form className="form" onSubmit={submit} aria-label="Import actuals">
        <div className="form-grid">
          <CsvFileField
            label="Helpdesk export (CSV)"
            onFile={(chosen) => {
              setFile(chosen);
              importer.reset();
            }}
          />
          <SelectField
            label="Layout"
            value={layout}
            onValueChange={(value) => {
              setLayout(value);
              importer.reset();
            }}
            options={names.map((name) => ({ value: name, label: LAYOUT_NAMES[name] ?? name }))}
            hint={columns.length ? `Columns: ${columns.join(', ')}` : undefined}
          />
          <TimeZoneField label="Time zone of times without an offset" value={timeZone} onValueChange={setTimeZone} hint="Leave blank when every time has its offset" />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={!file || importer.isPending}>
            {importer.isPending ? 'Importing…' : 'Import actuals'}
          </button>
        </div>
      </form>

      {importer.isError && importer.error.issues ? (
        <RejectedFile error={importer.error} issues={importer.error.issues} fileName={file?.name} testId="actuals-import-errors" tableTestId="actuals-issues-table" />
      ) : null}

      {importer.isSuccess ? (
        <div className="space-above" data-testid="actuals-import-result">
          <div className="alert alert--success" role="status">
            <h3>Actuals imported</h3>
            <p data-testid="actuals-import-counts">
              {formatNumber(importer.data.messages)} messages from {formatNumber(importer.data.rows)} rows of {file?.name ?? 'the file'} stored
              {importer.data.replaced > 0 ? `; they replaced ${formatNumber(importer.data.replaced)} stored before for the same hours` : ''}.
            </p>
          </div>
          {importer.data.spans.length > 0 ? (
            <DataTable
              caption="Spans imported"
              testId="actuals-import-spans"
              rows={importer.data.spans}
              rowKey={(s) => s.marketplaceId}
              columns={[
                { key: 'marketplace', header: 'Marketplace', cell: (s) => <strong>{marketplaceName(marketplaces, s.marketplaceId)}</strong> },
                { key: 'first', header: 'First message (UTC)', cell: (s) => formatInstant(s.from, 'UTC') },
                { key: 'last', header: 'Last message (UTC)', cell: (s) => formatInstant(s.to, 'UTC') },
                { key: 'messages', header: 'Messages', numeric: true, cell: (s) => formatNumber(s.messages) },
                { key: 'replaced', header: 'Replaced', numeric: true, cell: (s) => formatNumber(s.replaced) },
              ]}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
