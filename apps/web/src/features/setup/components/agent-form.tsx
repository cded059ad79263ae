import type { Agent, PayBasis, ShiftTemplate, Site } from '@app/domain';
import { DEFAULT_MAX_DAYS_PER_WEEK, DEFAULT_PAY_BASIS } from '@app/domain/pay-policy'; // not the index: it would bundle the holiday calendars
import { CheckboxGroup, SelectField, TextField } from '../../../components/ui/form-field';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { useEntityForm } from '../hooks/use-entity-form';
import { agentToDraft, draftToAgent, emptyAgentDraft, type TimeOffDraft } from '../lib/agent-draft';
import { PAY_BASIS_LABELS } from '../lib/pay-basis-labels';
import type { EntityFormProps } from './crud-section';
import { EntityFormFrame } from './entity-form-frame';

export function AgentForm({
  initial,
  pending,
  error,
  onSubmit,
  onCancel,
  sites,
  shiftTemplates,
}: EntityFormProps<Agent> & { sites: readonly Site[]; shiftTemplates: readonly ShiftTemplate[] }) {
  const creating = initial === null;
  const form = useEntityForm({
    initialDraft: () => (initial ? agentToDraft(initial) : emptyAgentDraft(sites[0]?.id)),
    parse: draftToAgent,
    apiError: error,
    onSubmit,
    creating,
  });
  const { draft, set, errorsFor } = form;
  const site = sites.find((s) => s.id === draft.siteId);
  const templatesOfSite = shiftTemplates.filter((t) => t.siteId === draft.siteId);
  // another site has other templates: the ticks do not carry over
  const setSite = (siteId: string) => form.setDraft((current) => ({ ...current, siteId, shiftTemplateIds: siteId === current.siteId ? current.shiftTemplateIds : [] }));
  const updateTimeOff = (index: number, patch: Partial<TimeOffDraft>) =>
    set('timeOff', draft.timeOff.map((t, i) => (i === index ? { ...t, ...patch } : t)));
  return (
    <EntityFormFrame noun="agent" creating={creating} pending={pending} clientErrors={form.clientErrors} apiError={error} onSubmit={form.handleSubmit} onCancel={onCancel}>
      <div className="form-grid">
        <TextField label="Name" value={draft.name} onValueChange={form.setName} errors={errorsFor('name')} required placeholder="Li Na" />
        <TextField label="Id" value={draft.id} onValueChange={form.setId} errors={errorsFor('id')} readOnly={!creating} hint={creating ? 'Short slug, e.g. li-na' : 'The id cannot change'} />
        <SelectField label="Site" value={draft.siteId} onValueChange={setSite} options={sites.map((s) => ({ value: s.id, label: s.name }))} errors={errorsFor('siteId')} />
        <TextField label="Languages" value={draft.languages} onValueChange={(v) => set('languages', v)} errors={errorsFor('languages', true)} hint="ISO 639-1 codes, comma separated" />
        <TextField label="Contract hours per week" value={draft.contractHoursPerWeek} onValueChange={(v) => set('contractHoursPerWeek', v)} errors={errorsFor('contractHoursPerWeek')} inputMode="decimal" />
        <TextField label="Max consecutive days" value={draft.maxConsecutiveDays} onValueChange={(v) => set('maxConsecutiveDays', v)} errors={errorsFor('maxConsecutiveDays')} inputMode="numeric" />
      </div>
      <fieldset>
        <legend>Pay and working time</legend>
        <div className="form-grid">
          <SelectField
            label="Pay basis"
            value={draft.payBasis}
            onValueChange={(v) => set('payBasis', v as PayBasis | '')}
            options={[
              { value: '', label: `Default (${PAY_BASIS_LABELS[DEFAULT_PAY_BASIS].name.toLowerCase()})` },
              ...(Object.keys(PAY_BASIS_LABELS) as PayBasis[]).map((basis) => ({ value: basis, label: PAY_BASIS_LABELS[basis].name })),
            ]}
            errors={errorsFor('payBasis')}
            hint={PAY_BASIS_LABELS[draft.payBasis || DEFAULT_PAY_BASIS].hint}
          />
          <TextField
            label="Base rate per hour"
            value={draft.hourlyRate}
            onValueChange={(v) => set('hourlyRate', v)}
            errors={errorsFor('hourlyRate')}
            inputMode="decimal"
            hint={site ? `In ${site.currency}. Blank: the site’s hourly cost (${formatCurrency(site.hourlyCost, site.currency)})` : 'In the site’s currency. Blank: the site’s hourly cost'}
          />
          <TextField
            label="Max days per week"
            value={draft.maxDaysPerWeek}
            onValueChange={(v) => set('maxDaysPerWeek', v)}
            errors={errorsFor('maxDaysPerWeek')}
            inputMode="numeric"
            hint={`Working days in one rota week, 1–7. Blank: ${DEFAULT_MAX_DAYS_PER_WEEK}`}
          />
        </div>
        {templatesOfSite.length ? (
          <CheckboxGroup
            legend="Shift templates this agent works"
            options={templatesOfSite.map((t) => ({ value: t.id, label: `${t.name} (${t.id})` }))}
            selected={draft.shiftTemplateIds}
            onChange={(next) => set('shiftTemplateIds', next)}
            errors={errorsFor('shiftTemplateIds', true)}
            hint="None ticked: every template of the site"
          />
        ) : (
          <p className="muted">The site has no shift templates yet. Once it has, the agent may work all of them unless some are chosen here.</p>
        )}
      </fieldset>
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
