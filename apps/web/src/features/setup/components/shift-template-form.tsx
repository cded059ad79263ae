import type { ShiftTemplate, Site } from '@app/domain';
import { CheckboxGroup, SelectField, TextField } from '../../../components/ui/form-field';
import { useEntityForm } from '../hooks/use-entity-form';
import { draftToShiftTemplate, emptyShiftTemplateDraft, shiftTemplateToDraft } from '../lib/shift-template-draft';
import { WEEKDAYS } from '../../../lib/weekdays';
import type { EntityFormProps } from './crud-section';
import { EntityFormFrame } from './entity-form-frame';

export function ShiftTemplateForm({ initial, pending, error, onSubmit, onCancel, sites }: EntityFormProps<ShiftTemplate> & { sites: readonly Site[] }) {
  const creating = initial === null;
  const form = useEntityForm({
    initialDraft: () => (initial ? shiftTemplateToDraft(initial) : emptyShiftTemplateDraft(sites[0]?.id)),
    parse: draftToShiftTemplate,
    apiError: error,
    onSubmit,
    creating,
  });
  const { draft, set, errorsFor } = form;
  const site = sites.find((s) => s.id === draft.siteId);
  return (
    <EntityFormFrame noun="shift template" creating={creating} pending={pending} clientErrors={form.clientErrors} apiError={error} onSubmit={form.handleSubmit} onCancel={onCancel}>
      <div className="form-grid">
        <SelectField label="Site" value={draft.siteId} onValueChange={(v) => set('siteId', v)} options={sites.map((s) => ({ value: s.id, label: s.name }))} errors={errorsFor('siteId')} />
        <TextField label="Name" value={draft.name} onValueChange={form.setName} errors={errorsFor('name')} required placeholder="Day 9h" />
        <TextField label="Id" value={draft.id} onValueChange={form.setId} errors={errorsFor('id')} readOnly={!creating} hint={creating ? 'Short slug, e.g. sz-day-9h' : 'The id cannot change'} />
        <TextField label="Length (hours)" value={draft.lengthHours} onValueChange={(v) => set('lengthHours', v)} errors={errorsFor('lengthHours')} inputMode="decimal" hint="From start to end, breaks included" />
        <TextField label="Paid hours" value={draft.paidHours} onValueChange={(v) => set('paidHours', v)} errors={errorsFor('paidHours')} inputMode="decimal" />
        <TextField
          label="Start times"
          value={draft.startTimes}
          onValueChange={(v) => set('startTimes', v)}
          errors={errorsFor('startTimes', true)}
          hint={`HH:mm in ${site ? `${site.name} time (${site.timeZone})` : 'site-local time'}, comma separated`}
        />
      </div>
      <CheckboxGroup legend="Days the shift may start" options={WEEKDAYS} selected={draft.days} onChange={(days) => set('days', days)} errors={errorsFor('days', true)} />
    </EntityFormFrame>
  );
}
