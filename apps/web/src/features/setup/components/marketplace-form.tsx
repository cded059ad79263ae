import { useState } from 'react';
import type { Marketplace, Platform } from '@app/domain';
import { CheckboxGroup, SelectField, TextField } from '../../../components/ui/form-field';
import { TimeZoneField } from '../../../components/ui/time-zone-field';
import { usePresets } from '../api/get-presets';
import { useEntityForm } from '../hooks/use-entity-form';
import { applyPreset, draftToMarketplace, emptyMarketplaceDraft, marketplaceToDraft, PLATFORMS } from '../lib/marketplace-draft';
import { WEEKDAYS } from '../../../lib/weekdays';
import type { EntityFormProps } from './crud-section';
import { EntityFormFrame } from './entity-form-frame';
import { PriorityClassesEditor } from './priority-classes-editor';

export function MarketplaceForm({ initial, pending, error, onSubmit, onCancel }: EntityFormProps<Marketplace>) {
  const creating = initial === null;
  const presets = usePresets();
  const form = useEntityForm({
    initialDraft: () => (initial ? marketplaceToDraft(initial) : emptyMarketplaceDraft()),
    parse: draftToMarketplace,
    apiError: error,
    onSubmit,
    creating,
  });
  const { draft, set, errorsFor } = form;
  const preset = presets.data?.[draft.platform];

  // A new marketplace takes its platform's published rules as soon as the platform is picked.
  const choosePlatform = (platform: Platform) => {
    const chosen = presets.data?.[platform];
    if (creating && chosen) form.setDraft((current) => applyPreset(current, chosen));
    else set('platform', platform);
  };
  // A new marketplace starts from the default platform's preset as soon as presets have loaded
  // (state adjusted during render, once, as React recommends instead of an effect).
  const [presetFilled, setPresetFilled] = useState(!creating);
  if (!presetFilled && preset) {
    setPresetFilled(true);
    form.setDraft((current) => applyPreset(current, preset));
  }

  return (
    <EntityFormFrame noun="marketplace" creating={creating} pending={pending} clientErrors={form.clientErrors} apiError={error} onSubmit={form.handleSubmit} onCancel={onCancel}>
      <div className="form-grid">
        <SelectField
          label="Platform"
          value={draft.platform}
          onValueChange={(value) => choosePlatform(value as Platform)}
          options={PLATFORMS}
          errors={errorsFor('platform')}
          hint={presets.isError ? 'Presets could not be loaded: fill in the classes yourself.' : undefined}
        />
        <TextField label="Name" value={draft.name} onValueChange={form.setName} errors={errorsFor('name')} required placeholder="Amazon US" />
        <TextField
          label="Id"
          value={draft.id}
          onValueChange={form.setId}
          errors={errorsFor('id')}
          readOnly={!creating}
          hint={creating ? 'Short slug used in CSV files, e.g. amazon-us' : 'The id cannot change'}
        />
        <TimeZoneField label="Buyers’ time zone" value={draft.timeZone} onValueChange={(v) => set('timeZone', v)} errors={errorsFor('timeZone')} required />
        <TextField label="Buyers’ country" value={draft.country} onValueChange={(v) => set('country', v)} errors={errorsFor('country')} hint="ISO code for public holidays, e.g. US" maxLength={6} />
        <TextField label="Languages" value={draft.languages} onValueChange={(v) => set('languages', v)} errors={errorsFor('languages', true)} hint="ISO 639-1 codes, comma separated" />
        <TextField
          label="Average wait target (hours)"
          value={draft.averageWaitHours}
          onValueChange={(v) => set('averageWaitHours', v)}
          errors={errorsFor('waitTarget', true)}
          inputMode="decimal"
          hint="Cap on the average first-reply time; blank for none"
        />
      </div>
      {creating && preset ? (
        <p className="alert alert--info">
          <strong>{PLATFORMS.find((p) => p.value === preset.platform)?.label} preset:</strong> {preset.notes}
        </p>
      ) : null}
      {!creating && preset ? (
        <div className="row">
          <button type="button" className="button button--small" onClick={() => form.setDraft((current) => applyPreset(current, preset))}>
            Reset reply rules to the {PLATFORMS.find((p) => p.value === preset.platform)?.label} preset
          </button>
        </div>
      ) : null}
      <fieldset>
        <legend>Reply clock</legend>
        <div className="form-grid">
          <SelectField
            label="The reply deadline counts"
            wide
            value={draft.clockKind}
            onValueChange={(v) => set('clockKind', v as 'calendar' | 'business')}
            options={[
              { value: 'calendar', label: 'every hour (weekends and holidays included)' },
              { value: 'business', label: 'business hours only' },
            ]}
            errors={errorsFor('replyClock.kind')}
          />
          {draft.clockKind === 'business' ? (
            <>
              <TextField label="Opens (buyers’ time)" type="time" value={draft.clockOpen} onValueChange={(v) => set('clockOpen', v)} errors={errorsFor('replyClock.open')} />
              <TextField label="Closes (buyers’ time)" type="time" value={draft.clockClose} onValueChange={(v) => set('clockClose', v)} errors={errorsFor('replyClock.close')} />
            </>
          ) : null}
        </div>
        {draft.clockKind === 'business' ? (
          <>
            <CheckboxGroup legend="Business days" options={WEEKDAYS} selected={draft.clockDays} onChange={(days) => set('clockDays', days)} errors={errorsFor('replyClock.days', true)} />
            <label className="checks">
              <span>
                <input type="checkbox" checked={draft.holidaysStopClock} onChange={(event) => set('holidaysStopClock', event.target.checked)} /> Public holidays stop the clock
              </span>
            </label>
          </>
        ) : null}
        {errorsFor('replyClock').length ? <p className="field__error">{errorsFor('replyClock').join(' ')}</p> : null}
      </fieldset>
      <PriorityClassesEditor classes={draft.classes} onChange={(classes) => set('classes', classes)} errorsFor={errorsFor} />
    </EntityFormFrame>
  );
}
