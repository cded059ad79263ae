import { useId, useState } from 'react';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-state';
import { formatNumber } from '../../../lib/format/format-number.util';
import { useCan } from '../../../lib/session/session-context';
import { useExportScenario, useImportScenario } from '../api/scenario-file';
import { readScenarioFile, scenarioFileName, type ScenarioFileReading } from '../lib/scenario-file-preview';
import { describeImportCounts } from '../lib/scenario-import-counts';
import { scenarioIssueRows } from '../lib/scenario-issue-rows';

/** Hands a JSON document to the browser as a file download. */
function downloadJson(data: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ExportCard() {
  const exporter = useExportScenario();
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const exportNow = () =>
    exporter.mutate(undefined, {
      onSuccess: (scenario) => {
        const fileName = scenarioFileName(scenario.name, new Date());
        downloadJson(scenario, fileName);
        setSavedAs(fileName);
      },
    });
  return (
    <div className="card">
      <h3>Export</h3>
      <p className="muted">Download the whole setup — marketplaces, sites, shift templates, agents, events, currency rates and history — as one JSON scenario file.</p>
      <button type="button" className="button button--primary" onClick={exportNow} disabled={exporter.isPending}>
        {exporter.isPending ? 'Exporting…' : 'Download scenario file'}
      </button>
      <div role="status" aria-live="polite">
        {exporter.isSuccess && savedAs ? (
          <p className="alert alert--success space-above">
            Saved <strong>{savedAs}</strong>: {exporter.data.marketplaces.length} marketplaces, {exporter.data.sites.length} sites, {exporter.data.agents.length} agents,{' '}
            {exporter.data.history.length} history series.
          </p>
        ) : null}
      </div>
      {exporter.isError ? <ErrorAlert error={exporter.error} title="The export failed" /> : null}
    </div>
  );
}

function ImportCard() {
  const fileInputId = useId();
  const [fileName, setFileName] = useState('');
  const [reading, setReading] = useState<ScenarioFileReading | null>(null);
  const importer = useImportScenario();

  const choose = async (file: File | undefined) => {
    importer.reset();
    setFileName(file?.name ?? '');
    setReading(file ? readScenarioFile(await file.text()) : null);
  };

  const issues = importer.error ? scenarioIssueRows(importer.error.issues) : [];

  return (
    <div className="card">
      <h3>Import</h3>
      <p className="muted">
        Load a scenario file exported from followsun (or written by hand against <code>docs/scenario.schema.json</code>). The import <strong>replaces the whole current setup</strong>; a file with any problem is rejected
        and nothing changes.
      </p>
      <div className="field">
        <label htmlFor={fileInputId}>Scenario file (.json)</label>
        <input id={fileInputId} type="file" accept=".json,application/json" onChange={(event) => void choose(event.target.files?.[0])} />
      </div>

      {reading && !reading.ok ? (
        <div className="alert alert--error space-above" role="alert">
          <h3>{fileName} cannot be read</h3>
          <p>{reading.message}</p>
        </div>
      ) : null}

      {reading?.ok && (importer.isIdle || importer.isPending) ? (
        <div className="alert alert--warning space-above">
          <h3>Replace the current setup with {reading.preview.name ? `“${reading.preview.name}”` : fileName}?</h3>
          <p>It holds {reading.preview.counts.map((c) => `${formatNumber(c.count)} ${c.label}`).join(', ')}.</p>
          {reading.preview.migrationNote ? <p data-testid="scenario-migration-note">{reading.preview.migrationNote}</p> : null}
          <button type="button" className="button button--primary" disabled={importer.isPending} onClick={() => importer.mutate(reading.data)}>
            {importer.isPending ? 'Importing…' : 'Replace setup with this file'}
          </button>
        </div>
      ) : null}

      {importer.isError ? (
        <div data-testid="scenario-import-errors" className="space-above">
          <ErrorAlert error={importer.error} showIssues={false} title={`${fileName || 'The file'} was not imported`}>
            <p className="muted">Nothing changed. {issues.length ? 'Fix the values at these paths and import again.' : 'Fix the file and import it again.'}</p>
          </ErrorAlert>
          {issues.length ? (
            <DataTable
              caption="Problems in the scenario file"
              rows={issues}
              rowKey={(r) => r.key}
              columns={[
                { key: 'path', header: 'Path', cell: (r) => <code title={r.path}>{r.readablePath}</code> },
                { key: 'message', header: 'Problem', cell: (r) => r.message, wrap: true },
              ]}
            />
          ) : null}
        </div>
      ) : null}

      {importer.isSuccess ? (
        <div className="alert alert--success space-above" role="status" data-testid="scenario-import-result">
          <h3>Setup replaced</h3>
          <p>
            Imported {describeImportCounts(importer.data.counts, (n) => formatNumber(n))}.
          </p>
        </div>
      ) : null}
    </div>
  );
}

/** Export needs `pay.read` (the file holds every rate), import `setup.write` (it replaces the setup). */
export function ScenarioFilePanel() {
  const canExport = useCan('pay.read');
  const canImport = useCan('setup.write');
  return (
    <section aria-labelledby="scenario-file-heading">
      <div className="page-header">
        <div>
          <h2 id="scenario-file-heading">Scenario file</h2>
          <p>The whole planning setup as one versioned JSON file: back it up, share it, or start from someone else’s.</p>
        </div>
      </div>
      {canExport ? <ExportCard /> : null}
      {canImport ? <ImportCard /> : null}
      {!canExport && !canImport ? <p className="alert alert--info">Your role can neither export the setup (it holds every pay rate) nor replace it.</p> : null}
    </section>
  );
}
