import { useMemo, useState } from 'react';
import { SelectField } from '../../../components/ui/form-field';
import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { formatLocalDateRange } from '../../../lib/format/format-local-date-range.util';
import { formatTimeZone } from '../../../lib/format/format-time-zone.util';
import { useCan } from '../../../lib/session/session-context';
import { useRota } from '../api/get-rota';
import { usePublishRota } from '../api/publish-rota';
import { useRerunRota } from '../api/rerun-rota';
import { agentCalendarUrl, rotaCsvUrl, siteCalendarUrl } from '../api/rota-downloads';
import { useRotaPins } from '../api/rota-pins';
import { rotaDateColumns, rotaGridRows } from '../lib/rota-grid';
import { CellPinPanel } from './cell-pin-panel';
import { FairnessSummary } from './fairness-summary';
import { HolidayCalendar } from './holiday-calendar';
import { PinsPanel } from './pins-panel';
import { RotaGridTable, type SelectedCell } from './rota-grid-table';
import { RotaIssues } from './rota-issues';

/** One rota: status and downloads, the agents × days grid by site with pins, issues, holidays and fairness. */
export function RotaView({ rotaId, onRerunStarted, rerunRunning }: { rotaId: string; onRerunStarted: (jobId: string, rotaId: string) => void; rerunRunning: boolean }) {
  const rota = useRota(rotaId);
  // pins and the holiday rota are read with rotas.read (not by viewers); pins change with rotas.write like building and publishing
  const canReadPins = useCan('rotas.read');
  const canEdit = useCan('rotas.write');
  const pins = useRotaPins(canReadPins);
  const rerun = useRerunRota();
  const publish = usePublishRota();
  const [siteId, setSiteId] = useState('');
  const [selected, setSelected] = useState<SelectedCell | null>(null);
  const site = siteId || null;
  const rows = useMemo(() => (rota.data ? rotaGridRows(rota.data, site, pins.data ?? []) : []), [rota.data, site, pins.data]);
  const columns = useMemo(() => (rota.data ? rotaDateColumns(rota.data, site) : []), [rota.data, site]);

  if (rota.isPending) return <LoadingState label="Loading the rota…" />;
  if (rota.isError) return <QueryErrorState error={rota.error} what="the rota" onRetry={() => void rota.refetch()} />;
  const data = rota.data;
  const agentName = (id: string) => data.agents.find((a) => a.id === id)?.name ?? id;
  const siteName = (id: string) => data.sites.find((s) => s.id === id)?.name ?? id;
  const selectedRow = selected ? rows.find((r) => r.agentId === selected.agentId) : undefined;
  const { summary } = data;

  return (
    <div data-testid="rota-view">
      <section className="card" aria-labelledby="rota-heading">
        <h2 id="rota-heading">
          Rota {formatLocalDateRange(data.firstDate, data.lastDate)}{' '}
          <span className={`pill pill--${data.status === 'complete' ? 'success' : 'warning'}`} data-testid="rota-status">
            {data.status === 'complete' ? 'Complete' : 'Partial'}
          </span>
          {data.publishedAt ? <span className="pill pill--info">Published {formatInstant(data.publishedAt, 'UTC')}</span> : null}
        </h2>
        <p data-testid="rota-message">{data.messages[0]}</p>
        <dl className="figures">
          <div className="figure">
            <dt>Seats filled</dt>
            <dd data-testid="rota-seats">
              {summary.seatsFilled} <small>of {summary.seatsPlanned}</small>
            </dd>
          </div>
          <div className="figure">
            <dt>Unfilled seats</dt>
            <dd>{summary.seatsUnfilled}</dd>
          </div>
          <div className="figure">
            <dt>Agents</dt>
            <dd>{summary.agents}</dd>
          </div>
          <div className="figure">
            <dt>Soft rules broken</dt>
            <dd>{summary.softBreaches}</dd>
          </div>
          <div className="figure">
            <dt>Pins not applied</dt>
            <dd>{summary.pinIssues}</dd>
          </div>
        </dl>
        <div className="row">
          <a className="button button--primary" href={rotaCsvUrl(data.id)} download data-testid="rota-csv-link">
            Download CSV
          </a>
          {data.sites.map((s) => (
            <a key={s.id} className="button" href={siteCalendarUrl(data.id, s.id)} download>
              {s.name} calendar (.ics)
            </a>
          ))}
          {canEdit && !data.publishedAt ? (
            <button type="button" className="button" disabled={publish.isPending} onClick={() => publish.mutate(data.id)}>
              {publish.isPending ? 'Publishing…' : 'Publish (records holiday duty)'}
            </button>
          ) : null}
        </div>
        {publish.isError ? <QueryErrorState error={publish.error} what="the publication" /> : null}
      </section>

      <section className="card" aria-labelledby="grid-heading">
        <h2 id="grid-heading">Who works when</h2>
        <div className="toolbar row row--end">
          <SelectField label="Site" value={siteId} onValueChange={(value) => { setSiteId(value); setSelected(null); }} options={[{ value: '', label: 'All sites' }, ...data.sites.map((s) => ({ value: s.id, label: s.name }))]} />
          <p className="muted rota-grid__legend">
            Times are each site’s own clock{site ? ` (${formatTimeZone(data.sites.find((s) => s.id === site)?.timeZone ?? 'UTC', new Date(`${data.firstDate}T12:00:00Z`))})` : ''}; “+1” ends the next day; ★ holiday
            {canReadPins ? '; “pin”: placed or kept by a pin' : ''}.{canEdit ? ' Choose a cell to pin.' : ''}
          </p>
        </div>
        <RotaGridTable columns={columns} rows={rows} selected={selected} onSelect={canEdit ? setSelected : undefined} calendarUrl={(agentId) => agentCalendarUrl(data.id, agentId)} siteName={siteName} />
        {canEdit && selected && selectedRow ? <CellPinPanel rota={data} row={selectedRow} date={selected.date} pins={pins.data ?? []} agentName={agentName} onClose={() => setSelected(null)} /> : null}
      </section>

      {canReadPins ? (
        <section className="card" aria-labelledby="pins-heading">
          <h2 id="pins-heading">Pins</h2>
          <PinsPanel
            pins={pins.data ?? []}
            loadError={pins.error}
            agentName={agentName}
            rerunning={rerun.isPending || rerunRunning}
            rerunError={rerun.error}
            onRerun={canEdit ? () => rerun.mutate(data.id, { onSuccess: (started) => onRerunStarted(started.jobId, started.rotaId) }) : undefined}
          />
        </section>
      ) : null}

      <section className="card" aria-labelledby="issues-heading">
        <h2 id="issues-heading">Unfilled shifts and rules</h2>
        <RotaIssues rota={data} siteId={site} />
      </section>

      {canReadPins ? (
        // the holiday rota (with its extra cost) is read with rotas.read: a viewer sees the grid and fairness
        <section className="card" aria-labelledby="holidays-heading">
          <h2 id="holidays-heading">Holiday rota</h2>
          <HolidayCalendar rotaId={data.id} siteId={site} />
        </section>
      ) : null}

      <section className="card" aria-labelledby="fairness-heading">
        <h2 id="fairness-heading">Fairness</h2>
        <FairnessSummary rotaId={data.id} siteId={site} siteName={siteName} />
      </section>
    </div>
  );
}
