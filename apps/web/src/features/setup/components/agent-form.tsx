import type { Agent, Site } from '@app/domain';
import { SelectField, TextField } from '../../../components/ui/form-field';
import { useEntityForm } from '../hooks/use-entity-form';
import { agentToDraft, draftToAgent, emptyAgentDraft, type TimeOffDraft } from '../lib/agent-draft';
import type { EntityFormProps } from './crud-section';
import { EntityFormFrame } from './entity-form-frame';

export function AgentForm({ initial, pending, error, onSubmit, onCancel, sites }: EntityFormProps<Agent> & { sites: readonly Site[] }) {
  const creating = initial === null;
  const form = useEntityForm({
    initialDraft: () => (initial ? agentToDraft(initial) : emptyAgentDraft(sites[0]?.id)),
    parse: draftToAgent,
    apiError: error,
    onSubmit,
    creating,
  });
  const { draft, set, errorsFor } = form;
  const updateTimeOff = (index: number, patch: Partial<TimeOffDraft>) =>
    set('timeOff', draft.timeOff.map((t, i) => (i === index ? { ...t, ...patch } : t)));
  return (
    <EntityFormFrame noun="agent" creating={creating} pending={pending} clientErrors={form.clientErrors} apiError={error} onSubmit={form.handleSubmit} onCancel={onCancel}>
      <div className="form-grid">
        <TextField label="Name" value={draft.name} onValueChange={form.setName} errors={errorsFor('name')} required placeholder="Li Na" />
        <TextField label="Id" value={draft.id} onValueChange={form.setId} errors={errorsFor('id')} readOnly={!creating} hint={creating ? 'Short slug, e.g. li-na' : 'The id cannot change'} />
        <SelectField label="Site" value={draft.siteId} onValueChange={(v) => set('siteId', v)} options={sites.map((s) => ({ value: s.id, label: s.name }))} errors={errorsFor('siteId')} />
        <TextField label="Languages" value={draft.languages} onValueChange={(v) => set('languages', v)} errors={errorsFor('languages', true)} hint="ISO 639-1 codes, comma separated" />
        <TextField label="Contract hours per week" value={draft.contractHoursPerWeek} onValueChange={(v) => set('contractHoursPerWeek', v)} errors={errorsFor('contractHoursPerWeek')} inputMode="decimal" />
        <TextField label="Max consecutive days" value={draft.maxConsecutiveDays} onValueChange={(v) => set('maxConsecutiveDays', v)} errors={errorsFor('maxConsecutiveDays')} inputMode="numeric" />
      </div>
      <fieldset>
        <legend>Time off (site-local dates, inclusive)</legend>
        {draft.timeOff.length === 0 ? <p className="muted">No time off booked.</p> : null}
        {draft.timeOff.map((t, index) => (
          <div className="form-grid" key={index}>
            <TextField label={`First day off #${index + 1}`} type="date" value={t.start} onValueChange={(v) => updateTimeOff(index, { start: v })} errors={errorsFor(`timeOff.${index}.start`)} />
            <TextField label={`Last day off #${index + 1}`} type="date" value={t.end} onValueChange={(v) => updateTimeOff(index, { end: v })} errors={errorsFor(`timeOff.${index}.end`)} />
            <TextField label={`Reason #${index + 1}`} value={t.reason} onValueChange={(v) => updateTimeOff(index, { reason: v })} errors={errorsFor(`timeOff.${index}.reason`)} />
            <div className="field">
              <span className="field__label" aria-hidden="true">&nbsp;</span>
              <button type="button" className="button button--small button--danger" onClick={() => set('timeOff', draft.timeOff.filter((_, i) => i !== index))}>
                Remove time off #{index + 1}
              </button>
            </div>
            {errorsFor(`timeOff.${index}`).length ? <p className="field__error">{errorsFor(`timeOff.${index}`).join(' ')}</p> : null}
          </div>
        ))}
        <button type="button" className="button button--small" onClick={() => set('timeOff', [...draft.timeOff, { start: '', end: '', reason: '' }])}>
          Add time off
        </button>
      </fieldset>
    </EntityFormFrame>
  );
}
