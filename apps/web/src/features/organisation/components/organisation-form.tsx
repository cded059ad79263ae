import { useState, type FormEvent } from 'react';
import { ErrorAlert, QueryErrorState } from '../../../components/ui/error-state';
import { SelectField, TextField } from '../../../components/ui/form-field';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatLocalDate } from '../../../lib/format/format-local-date.util';
import { useCan } from '../../../lib/session/session-context';
import type { DraftErrors } from '../../../lib/draft-parser';
import { groupIssuesByField, mergeFieldMessages, messagesFor } from '../../../lib/issue-paths.util';
import { useOrganisation, useUpdateOrganisation, type Organisation } from '../api/organisation';
import { draftToOrganisation, organisationToDraft, type OrganisationDraft } from '../lib/organisation-draft';

function OrganisationEditor({ organisation }: { organisation: Organisation }) {
  const update = useUpdateOrganisation();
  const [draft, setDraft] = useState<OrganisationDraft>(() => organisationToDraft(organisation));
  const [clientErrors, setClientErrors] = useState<DraftErrors>(new Map());
  const messages = mergeFieldMessages(clientErrors, update.error ? groupIssuesByField(update.error.issues) : undefined);
  const errorsFor = (field: string) => messagesFor(messages, field, true);
  const set = <K extends keyof OrganisationDraft>(key: K, value: OrganisationDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = draftToOrganisation(draft);
    setClientErrors(result.ok ? new Map() : result.errors);
    if (result.ok) update.mutate(result.value);
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Organisation settings">
      {update.error ? <ErrorAlert error={update.error} title="The organisation was not saved" /> : null}
      <div role="status" aria-live="polite">
        {update.isSuccess ? <div className="alert alert--success">Saved the organisation settings.</div> : null}
      </div>
      <div className="form-grid">
        <TextField label="Name" wide value={draft.name} onValueChange={(v) => set('name', v)} errors={errorsFor('name')} required />
        <TextField label="Reporting currency" value={draft.reportingCurrency} onValueChange={(v) => set('reportingCurrency', v)} errors={errorsFor('reportingCurrency')} maxLength={3} hint="ISO 4217 code all costs are reported in, e.g. USD" />
      </div>
      <fieldset>
        <legend>Planning horizon</legend>
        <label className="checks">
          <span>
            <input type="checkbox" checked={draft.hasHorizon} onChange={(event) => set('hasHorizon', event.target.checked)} /> Plan a fixed horizon
          </span>
        </label>
        {draft.hasHorizon ? (
          <div className="form-grid">
            <TextField label="First day" type="date" value={draft.horizonStart} onValueChange={(v) => set('horizonStart', v)} errors={errorsFor('horizon.start')} />
            <TextField label="Weeks" value={draft.horizonWeeks} onValueChange={(v) => set('horizonWeeks', v)} errors={errorsFor('horizon.weeks')} inputMode="numeric" />
            <SelectField
              label="Mode"
              wide
              value={draft.horizonMode}
              onValueChange={(v) => set('horizonMode', v as OrganisationDraft['horizonMode'])}
              options={[
                { value: 'dated', label: 'Dated weeks (peaks and holidays in place)' },
                { value: 'cyclic', label: 'One typical week, repeated' },
              ]}
              errors={errorsFor('horizon.mode')}
            />
          </div>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save organisation'}
        </button>
      </div>
    </form>
  );
}

/** The settings as text, for a role that reads the setup but does not change it. */
function OrganisationFacts({ organisation }: { organisation: Organisation }) {
  const { horizon } = organisation;
  return (
    <dl className="facts" data-testid="organisation-facts">
      <dt>Name</dt>
      <dd>
        <strong>{organisation.name}</strong>
      </dd>
      <dt>Reporting currency</dt>
      <dd>{organisation.reportingCurrency}</dd>
      <dt>Planning horizon</dt>
      <dd>{horizon ? `${horizon.weeks} weeks from ${formatLocalDate(horizon.start)} (${horizon.mode === 'cyclic' ? 'one week repeated' : 'dated weeks'})` : 'not set'}</dd>
    </dl>
  );
}

export function OrganisationForm() {
  const organisation = useOrganisation();
  const canEdit = useCan('setup.write');
  return (
    <section aria-labelledby="organisation-heading">
      <div className="page-header">
        <div>
          <h2 id="organisation-heading">Organisation</h2>
          <p>The name, the currency every cost is reported in, and the weeks to plan.</p>
        </div>
      </div>
      <div className="card">
        {organisation.isPending ? <LoadingState label="Loading the organisation…" /> : null}
        {organisation.isError ? <QueryErrorState error={organisation.error} what="the organisation" onRetry={() => void organisation.refetch()} /> : null}
        {organisation.isSuccess ? (canEdit ? <OrganisationEditor organisation={organisation.data} /> : <OrganisationFacts organisation={organisation.data} />) : null}
      </div>
    </section>
  );
}
