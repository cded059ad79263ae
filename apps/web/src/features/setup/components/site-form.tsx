import type { Site } from '@app/domain';
import { DEFAULT_OVERTIME } from '@app/domain/pay-policy'; // not the index: it would bundle the holiday calendars
import { TextField } from '../../../components/ui/form-field';
import { TimeZoneField } from '../../../components/ui/time-zone-field';
import { useEntityForm } from '../hooks/use-entity-form';
import { draftToSite, emptySiteDraft, siteToDraft } from '../lib/site-draft';
import type { EntityFormProps } from './crud-section';
import { EntityFormFrame } from './entity-form-frame';

/** `ratedCurrencies`: currencies with a rate to the reporting currency (a site must be paid in one of them or in the reporting currency). */
export function SiteForm({ initial, pending, error, onSubmit, onCancel, ratedCurrencies }: EntityFormProps<Site> & { ratedCurrencies: readonly string[] }) {
  const creating = initial === null;
  const form = useEntityForm({
    initialDraft: () => (initial ? siteToDraft(initial) : emptySiteDraft()),
    parse: draftToSite,
    apiError: error,
    onSubmit,
    creating,
  });
  const { draft, set, errorsFor } = form;
  return (
    <EntityFormFrame noun="site" creating={creating} pending={pending} clientErrors={form.clientErrors} apiError={error} onSubmit={form.handleSubmit} onCancel={onCancel}>
      <div className="form-grid">
        <TextField label="Name" value={draft.name} onValueChange={form.setName} errors={errorsFor('name')} required placeholder="Shenzhen" />
        <TextField label="Id" value={draft.id} onValueChange={form.setId} errors={errorsFor('id')} readOnly={!creating} hint={creating ? 'Short slug, e.g. shenzhen' : 'The id cannot change'} />
        <TimeZoneField label="Time zone" value={draft.timeZone} onValueChange={(v) => set('timeZone', v)} errors={errorsFor('timeZone')} required />
        <TextField label="Holiday country" value={draft.holidayCountry} onValueChange={(v) => set('holidayCountry', v)} errors={errorsFor('holidayCountry')} hint="ISO code (CN, PH, or CN-GD) for public holidays" maxLength={6} />
        <TextField
          label="Currency"
          value={draft.currency}
          onValueChange={(v) => set('currency', v)}
          errors={errorsFor('currency')}
          maxLength={3}
          hint={`ISO 4217 code of the pay. With a rate: ${ratedCurrencies.join(', ') || 'none yet'} or the reporting currency; add others under Currency rates first.`}
        />
        <TextField label="Hourly cost" value={draft.hourlyCost} onValueChange={(v) => set('hourlyCost', v)} errors={errorsFor('hourlyCost')} inputMode="decimal" hint="Base cost of one agent-hour, in the site’s currency" />
        <TextField label="Languages" value={draft.languages} onValueChange={(v) => set('languages', v)} errors={errorsFor('languages', true)} hint="ISO 639-1 codes, comma separated" />
        <TextField label="Minimum headcount" value={draft.minHeadcount} onValueChange={(v) => set('minHeadcount', v)} errors={errorsFor('minHeadcount')} inputMode="numeric" />
        <TextField label="Maximum headcount" value={draft.maxHeadcount} onValueChange={(v) => set('maxHeadcount', v)} errors={errorsFor('maxHeadcount')} inputMode="numeric" />
        <TextField label="Shrinkage %" value={draft.shrinkage} onValueChange={(v) => set('shrinkage', v)} errors={errorsFor('shrinkage')} inputMode="decimal" hint="Paid time lost to breaks, meetings, absence" />
        <TextField label="Occupancy %" value={draft.occupancy} onValueChange={(v) => set('occupancy', v)} errors={errorsFor('occupancy')} inputMode="decimal" hint="Blank: the planner’s default (90 %)" />
      </div>
      <fieldset>
        <legend>Pay premiums and night hours</legend>
        <div className="form-grid">
          <TextField label="Night premium (× base)" value={draft.nightPremium} onValueChange={(v) => set('nightPremium', v)} errors={errorsFor('premiums.night')} inputMode="decimal" />
          <TextField label="Weekend premium (× base)" value={draft.weekendPremium} onValueChange={(v) => set('weekendPremium', v)} errors={errorsFor('premiums.weekend')} inputMode="decimal" />
          <TextField label="Statutory holiday premium (× base)" value={draft.holidayPremium} onValueChange={(v) => set('holidayPremium', v)} errors={errorsFor('premiums.statutoryHoliday')} inputMode="decimal" hint="3 = 300 % pay" />
          <TextField label="Night starts (site time)" type="time" value={draft.nightStart} onValueChange={(v) => set('nightStart', v)} errors={errorsFor('nightHours.start')} />
          <TextField label="Night ends (site time)" type="time" value={draft.nightEnd} onValueChange={(v) => set('nightEnd', v)} errors={errorsFor('nightHours.end')} />
        </div>
        {errorsFor('premiums').length || errorsFor('nightHours').length ? <p className="field__error">{[...errorsFor('premiums'), ...errorsFor('nightHours')].join(' ')}</p> : null}
      </fieldset>
      <fieldset>
        <legend>Overtime (hours beyond an agent’s weekly contract)</legend>
        <div className="form-grid">
          <TextField
            label="Overtime multiplier (× base)"
            value={draft.overtimeMultiplier}
            onValueChange={(v) => set('overtimeMultiplier', v)}
            errors={errorsFor('overtime.multiplier')}
            inputMode="decimal"
            hint={`At least 1. Both blank: ×${DEFAULT_OVERTIME.multiplier}, at most ${DEFAULT_OVERTIME.maxHoursPerAgentPerWeek} h`}
          />
          <TextField
            label="Overtime cap (hours per agent per week)"
            value={draft.overtimeMaxHours}
            onValueChange={(v) => set('overtimeMaxHours', v)}
            errors={errorsFor('overtime.maxHoursPerAgentPerWeek')}
            inputMode="decimal"
            hint="0 = no overtime"
          />
        </div>
        {errorsFor('overtime').length ? <p className="field__error">{errorsFor('overtime').join(' ')}</p> : null}
      </fieldset>
    </EntityFormFrame>
  );
}
