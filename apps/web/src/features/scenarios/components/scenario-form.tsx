import { useMemo, useState, type FormEvent } from 'react';
import type { Agent, Marketplace, ShiftTemplate, Site } from '@app/domain';
import { SelectField, TextField } from '../../../components/ui/form-field';
import { ErrorAlert } from '../../../components/ui/error-state';
import type { DraftErrors } from '../../../lib/draft-parser';
import { groupIssuesByField, mergeFieldMessages, messagesFor } from '../../../lib/issue-paths.util';
import { useSaveScenarioDefinition } from '../api/scenario-definitions';
import type { StoredScenarioDefinition } from '../api/scenario.types';
import { emptyOverrideDraft, OVERRIDE_KINDS, type DraftContext } from '../lib/override-drafts';
import { emptyScenarioDraft, parseScenarioDraft, scenarioToDraft, withName } from '../lib/scenario-draft';
import { OverrideFields } from './override-fields';

/**
 * Builds (or edits) a scenario from overrides of the stored setup: name and id, then any number
 * of overrides, each with its own form. The API checks the result against the setup and names
 * every problem by its path, shown next to the field.
 */
export function ScenarioForm({
  editing,
  marketplaces,
  sites,
  agents,
  shiftTemplates,
  reportingCurrency,
  firstDate,
  onDone,
}: {
  editing: StoredScenarioDefinition | null;
  marketplaces: readonly Marketplace[];
  sites: readonly Site[];
  agents: readonly Agent[];
  shiftTemplates: readonly ShiftTemplate[];
  reportingCurrency: string;
  firstDate: string;
  onDone: (savedName: string | null) => void;
}) {
  const [draft, setDraft] = useState(() => (editing ? scenarioToDraft(editing) : emptyScenarioDraft()));
  const [clientErrors, setClientErrors] = useState<DraftErrors>(new Map());
  const [newKind, setNewKind] = useState(OVERRIDE_KINDS[0].kind);
  const save = useSaveScenarioDefinition();
  const context: DraftContext = { marketplaces, siteIds: sites.map((s) => s.id), firstDate };
  const messages = useMemo(() => mergeFieldMessages(clientErrors, save.error ? groupIssuesByField(save.error.issues) : undefined), [clientErrors, save.error]);
  const errorsFor = (field: string) => messagesFor(messages, field);
  // a list field (agents, shifts) also shows its items' problems ("overrides.2.agentIds.1")
  const overrideErrors = (index: number) => (field: string) =>
    [...messagesFor(messages, `overrides.${index}.${field}`, true), ...errorsFor(`overrides.${index}.vendor.${field}`), ...errorsFor(`overrides.${index}.site.${field}`)];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = parseScenarioDraft(draft);
    if (!result.ok) {
      setClientErrors(result.errors);
      return;
    }
    setClientErrors(new Map());
    save.mutate({ mode: editing ? 'update' : 'create', body: result.value }, { onSuccess: (saved) => onDone(saved.name) });
  };

  const label = editing ? `Edit scenario ${editing.name}` : 'New scenario';
  return (
    <form className="card form" onSubmit={submit} aria-label={label} noValidate>
      <h3>{label}</h3>
      <div className="form-grid">
        <TextField label="Name" value={draft.name} onValueChange={(name) => setDraft(withName(draft, name))} errors={errorsFor('name')} placeholder="e.g. Night shift in Manila" />
        <TextField label="Id" value={draft.id} onValueChange={(id) => setDraft({ ...draft, id, idEdited: true })} errors={errorsFor('id')} disabled={editing !== null} hint="Lower-case letters, digits and dashes" />
        <TextField label="Description (optional)" wide value={draft.description} onValueChange={(description) => setDraft({ ...draft, description })} errors={errorsFor('description')} />
      </div>
      {draft.overrides.length === 0 ? <p className="muted">No overrides: the scenario is the setup as it is (a baseline to compare against).</p> : null}
      {draft.overrides.map((override, index) => {
        const kind = OVERRIDE_KINDS.find((k) => k.kind === override.kind);
        return (
          <fieldset key={index} className="override-fieldset" aria-label={`Override ${index + 1}: ${kind?.label ?? override.kind}`}>
            <legend>
              {index + 1}. {kind?.label ?? override.kind}
            </legend>
            <p className="field__hint">{kind?.hint}</p>
            <OverrideFields
              draft={override}
              onChange={(next) => setDraft({ ...draft, overrides: draft.overrides.map((o, i) => (i === index ? next : o)) })}
              errorsFor={overrideErrors(index)}
              marketplaces={marketplaces}
              sites={sites}
              agents={agents}
              shiftTemplates={shiftTemplates}
              reportingCurrency={reportingCurrency}
            />
            {errorsFor(`overrides.${index}`).length ? <p className="field__error">{errorsFor(`overrides.${index}`).join(' ')}</p> : null}
            <div className="form-actions space-above">
              <button type="button" className="button button--small button--danger" onClick={() => setDraft({ ...draft, overrides: draft.overrides.filter((_, i) => i !== index) })}>
                Remove override {index + 1}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="row row--end">
        <div className="inline-field inline-field--wide">
          <SelectField label="Override to add" value={newKind} onValueChange={(kind) => setNewKind(kind as typeof newKind)} options={OVERRIDE_KINDS.map((k) => ({ value: k.kind, label: `${k.label} — ${k.hint}` }))} />
        </div>
        <button type="button" className="button" onClick={() => setDraft({ ...draft, overrides: [...draft.overrides, emptyOverrideDraft(newKind, context)] })}>
          Add override
        </button>
      </div>
      {save.isError ? <ErrorAlert error={save.error} title="The scenario was not saved" /> : null}
      {clientErrors.size > 0 ? <p className="field__error">Fix the fields marked above.</p> : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : editing ? 'Save scenario' : 'Create scenario'}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
