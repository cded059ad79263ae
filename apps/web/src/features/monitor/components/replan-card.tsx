import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-state';
import { TextField } from '../../../components/ui/form-field';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { formatMoneyChange } from '../../../lib/format/format-money-change.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { useCan } from '../../../lib/session/session-context';
import { useAcceptReplan, useProposeReplan } from '../api/replan';
import { formatShare } from '../lib/monitor-format';
import { fromUtcInputValue, toIsoUtc, toUtcInputValue } from '../lib/monitor-period';
import { replanOutlookRows, type MarketplaceNames } from '../lib/monitor-rows';

/**
 * "Re-plan from now": the rest of the plan's window re-forecast from the actuals so far, and the
 * short list of changes to the rota the rules allow (extend, call in, cancel), with what they
 * cost and what they save in late messages. Accepting stores the changed rota as a new draft
 * version (a role that builds rotas only); rejecting dismisses the proposal.
 */
export function ReplanCard({ planId, defaultAsOfMs, marketplaces }: { planId: string | null; defaultAsOfMs: number | null; marketplaces: readonly MarketplaceNames[] }) {
  const [asOf, setAsOf] = useState(defaultAsOfMs === null ? '' : toUtcInputValue(defaultAsOfMs));
  const propose = useProposeReplan();
  const accept = useAcceptReplan();
  const canAccept = useCan('rotas.write');
  const asOfMs = fromUtcInputValue(asOf);
  const proposal = propose.data;
  const result = proposal?.result;
  const rows = result ? replanOutlookRows(result, marketplaces) : [];
  const currency = result?.reportingCurrency ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (asOfMs === null) return;
    accept.reset();
    propose.mutate({ asOf: toIsoUtc(asOfMs), planId: planId ?? undefined });
  };
  const dismiss = () => {
    propose.reset();
    accept.reset();
  };

  return (
    <section className="card" aria-labelledby="replan-heading" data-testid="replan-card">
      <h2 id="replan-heading">Re-plan the rest of the week</h2>
      <p className="muted">
        The forecast for the rest of the plan’s window follows what has come in so far; shifts already started stay, and the rota gets the few changes its rules allow
        (extend a shift, call someone in with notice, cancel a shift far enough ahead). “Now” starts at the hour of the latest imported message. Nothing changes
        until the proposal is accepted.
      </p>
      <form className="row row--end" onSubmit={submit} aria-label="Re-plan">
        <div className="inline-field">
          <TextField label="Now (UTC)" type="datetime-local" step={3600} value={asOf} onValueChange={setAsOf} required />
        </div>
        <button type="submit" className="button button--primary" disabled={asOfMs === null || propose.isPending}>
          {propose.isPending ? 'Re-planning…' : 'Re-plan from now'}
        </button>
      </form>
      {propose.isError ? <ErrorAlert error={propose.error} title="No re-plan" /> : null}

      {result && proposal ? (
        <div className="space-above" data-testid="replan-result">
          <h3>
            Proposal from {formatInstant(result.asOfUtc, 'UTC')} to {formatInstant(result.windowEndUtc, 'UTC')}
          </h3>
          {result.notes.length > 0 ? (
            <ul className="plain-list" data-testid="replan-notes">
              {result.notes.map((note) => (
                <li key={note} className="muted">
                  {note}
                </li>
              ))}
            </ul>
          ) : null}
          {result.changes.length > 0 ? (
            <>
              <h4>Changes to the rota</h4>
              <ol className="monitor-changes" data-testid="replan-changes">
                {result.changes.map((change, index) => (
                  <li key={`${change.agentId}-${change.kind}-${index}`} data-kind={change.kind}>
                    {change.sentence}
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p data-testid="replan-no-changes">No change to the rota would help: it stays as it is.</p>
          )}
          <DataTable
            caption="The rest of the window per marketplace, as the rota stands (as is) and with the changes (changed)"
            testId="replan-outlook"
            rows={rows}
            rowKey={(r) => r.marketplaceId}
            columns={[
              { key: 'marketplace', header: 'Marketplace', cell: (r) => <strong>{r.marketplaceName}</strong> },
              { key: 'messages', header: 'Open or to come', numeric: true, cell: (r) => formatNumber(r.messages, undefined, 0) },
              { key: 'lateBefore', header: 'Late, as is', numeric: true, cell: (r) => formatNumber(r.lateBefore, undefined, 0) },
              { key: 'lateAfter', header: 'Late, changed', numeric: true, cell: (r) => formatNumber(r.lateAfter, undefined, 0) },
              { key: 'slaBefore', header: 'In time, as is', numeric: true, cell: (r) => formatShare(r.slaBefore) },
              { key: 'slaAfter', header: 'In time, changed', numeric: true, cell: (r) => formatShare(r.slaAfter) },
              { key: 'target', header: 'Plan’s promise', numeric: true, cell: (r) => formatShare(r.target) },
            ]}
          />
          <p className="space-above">
            Total cost of the changes: <strong data-testid="replan-cost">{result.changes.length ? formatMoneyChange(result.cost, currency) : formatCurrency(0, currency)}</strong>
          </p>

          {accept.isSuccess ? (
            <div className="alert alert--success" role="status" data-testid="replan-accepted">
              <h3>New rota version stored</h3>
              <p>
                The changes are in a new draft of the rota. Review and publish it on the Rota page:{' '}
                <Link to={`/rota?rota=${encodeURIComponent(accept.data.rotaId)}`}>open the new rota version</Link>.
              </p>
            </div>
          ) : (
            <div className="form-actions">
              {canAccept && result.changes.length > 0 ? (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={accept.isPending}
                  onClick={() => accept.mutate({ asOf: propose.variables?.asOf ?? result.asOfUtc, planId: proposal.planId, rotaId: proposal.rotaId })}
                >
                  {accept.isPending ? 'Accepting…' : 'Accept'}
                </button>
              ) : null}
              <button type="button" className="button" onClick={dismiss} disabled={accept.isPending}>
                Reject
              </button>
              {!canAccept ? <span className="muted">Accepting a re-plan needs a role that builds rotas (a lead or a manager).</span> : null}
            </div>
          )}
          {accept.isError ? <ErrorAlert error={accept.error} title="The re-plan was not accepted" /> : null}
        </div>
      ) : null}
    </section>
  );
}
