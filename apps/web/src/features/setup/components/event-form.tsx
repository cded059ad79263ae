import type { CalendarEvent, EventKind, Marketplace, Site } from '@app/domain';
import { CheckboxGroup, SelectField, TextField } from '../../../components/ui/form-field';
import { useEntityForm } from '../hooks/use-entity-form';
import { draftToEvent, emptyEventDraft, eventToDraft } from '../lib/event-draft';
import type { EntityFormProps } from './crud-section';
import { EntityFormFrame } from './entity-form-frame';

export function EventForm({
  initial,
  pending,
  error,
  onSubmit,
  onCancel,
  marketplaces,
  sites,
}: EntityFormProps<CalendarEvent> & { marketplaces: readonly Marketplace[]; sites: readonly Site[] }) {
  const creating = initial === null;
  const form = useEntityForm({
    initialDraft: () => (initial ? eventToDraft(initial) : emptyEventDraft()),
    parse: draftToEvent,
    apiError: error,
    onSubmit,
    creating,
  });
  const { draft, set, errorsFor } = form;
  return (
    <EntityFormFrame noun="event" creating={creating} pending={pending} clientErrors={form.clientErrors} apiError={error} onSubmit={form.handleSubmit} onCancel={onCancel}>
      <div className="form-grid">
        <TextField label="Name" value={draft.name} onValueChange={form.setName} errors={errorsFor('name')} required placeholder="Prime Day" />
        <TextField label="Id" value={draft.id} onValueChange={form.setId} errors={errorsFor('id')} readOnly={!creating} hint={creating ? 'Short slug, e.g. prime-day-2025' : 'The id cannot change'} />
        <SelectField
          label="Kind"
          value={draft.kind}
          onValueChange={(v) => set('kind', v as EventKind)}
          options={[
            { value: 'peak', label: 'Peak (more messages)' },
            { value: 'holiday', label: 'Holiday (fewer agents or messages)' },
          ]}
          errors={errorsFor('kind')}
        />
        <TextField label="First day" type="date" value={draft.start} onValueChange={(v) => set('start', v)} errors={errorsFor('start')} hint="Local date of each affected marketplace or site" />
        <TextField label="Last day" type="date" value={draft.end} onValueChange={(v) => set('end', v)} errors={errorsFor('end')} />
        <TextField label="Volume multiplier" value={draft.volumeMultiplier} onValueChange={(v) => set('volumeMultiplier', v)} errors={errorsFor('volumeMultiplier')} inputMode="decimal" hint="e.g. 3 for three times the usual volume; blank: learn it from history" />
        <TextField label="Availability cap %" value={draft.availabilityCapPercent} onValueChange={(v) => set('availabilityCapPercent', v)} errors={errorsFor('availabilityCap')} inputMode="decimal" hint="Largest share of a site’s agents on duty; blank: no cap" />
      </div>
      <CheckboxGroup
        legend="Marketplaces whose volume changes"
        options={marketplaces.map((m) => ({ value: m.id, label: m.name }))}
        selected={draft.marketplaceIds}
        onChange={(ids) => set('marketplaceIds', ids)}
        errors={errorsFor('marketplaceIds', true)}
        hint={marketplaces.length === 0 ? 'No marketplaces yet.' : undefined}
      />
      <CheckboxGroup
        legend="Sites whose availability changes"
        options={sites.map((s) => ({ value: s.id, label: s.name }))}
        selected={draft.siteIds}
        onChange={(ids) => set('siteIds', ids)}
        errors={errorsFor('siteIds', true)}
        hint={sites.length === 0 ? 'No sites yet.' : undefined}
      />
    </EntityFormFrame>
  );
}
