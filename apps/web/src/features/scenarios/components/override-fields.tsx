import type { Marketplace, Site } from '@app/domain';
import { CheckboxGroup, SelectField, TextField } from '../../../components/ui/form-field';
import { TimeZoneField } from '../../../components/ui/time-zone-field';
import { WEEKDAYS } from '../../../lib/weekdays';
import type { OverrideDraft } from '../lib/override-drafts';

interface Props {
  draft: OverrideDraft;
  onChange: (draft: OverrideDraft) => void;
  errorsFor: (field: string) => string[];
  marketplaces: readonly Marketplace[];
  sites: readonly Site[];
  reportingCurrency: string;
}

/** A typed field setter for one kind's draft. */
function setter<D extends OverrideDraft>(draft: D, onChange: (draft: OverrideDraft) => void) {
  return <K extends keyof D>(key: K, value: D[K]) => onChange({ ...draft, [key]: value });
}

const marketplaceOptions = (marketplaces: readonly Marketplace[]) => marketplaces.map((m) => ({ value: m.id, label: m.name }));
const siteOptions = (sites: readonly Site[]) => sites.map((s) => ({ value: s.id, label: s.name }));

/** The fields of one override, by kind. Every field is labelled; its messages sit under it. */
export function OverrideFields(props: Props) {
  const { draft, errorsFor: e, marketplaces, sites, reportingCurrency } = props;
  switch (draft.kind) {
    case 'volume-multiplier': {
      const set = setter(draft, props.onChange);
      return (
        <div className="form-grid">
          <TextField label="Name (optional)" value={draft.name} onValueChange={(v) => set('name', v)} placeholder="e.g. Black Friday" />
          <TextField label="First date (buyers’)" type="date" value={draft.start} onValueChange={(v) => set('start', v)} errors={e('start')} />
          <TextField label="Last date (buyers’)" type="date" value={draft.end} onValueChange={(v) => set('end', v)} errors={e('end')} />
          <TextField label="Volume multiplier" value={draft.multiplier} onValueChange={(v) => set('multiplier', v)} errors={e('multiplier')} inputMode="decimal" hint="3 = three times the forecast" />
          <div className="field--wide">
            <CheckboxGroup
              legend="Marketplaces"
              options={marketplaceOptions(marketplaces)}
              selected={draft.marketplaceIds}
              onChange={(ids) => set('marketplaceIds', ids)}
              hint="None ticked: every marketplace"
            />
          </div>
        </div>
      );
    }
    case 'deflection': {
      const set = setter(draft, props.onChange);
      const marketplace = marketplaces.find((m) => m.id === draft.marketplaceId);
      return (
        <div className="form-grid">
          <SelectField
            label="Marketplace"
            value={draft.marketplaceId}
            onValueChange={(id) => props.onChange({ ...draft, marketplaceId: id, classId: marketplaces.find((m) => m.id === id)?.classes[0]?.id ?? '' })}
            options={marketplaceOptions(marketplaces)}
            errors={e('marketplaceId')}
          />
          <SelectField label="Class" value={draft.classId} onValueChange={(v) => set('classId', v)} options={(marketplace?.classes ?? []).map((c) => ({ value: c.id, label: c.name }))} errors={e('classId')} />
          <TextField label="Share deflected (%)" value={draft.rate} onValueChange={(v) => set('rate', v)} errors={e('rate')} inputMode="decimal" hint="30 = 30 % fewer messages to answer" />
        </div>
      );
    }
    case 'site-availability': {
      const set = setter(draft, props.onChange);
      return (
        <div className="form-grid">
          <TextField label="Name (optional)" value={draft.name} onValueChange={(v) => set('name', v)} placeholder="e.g. Spring Festival" />
          <SelectField label="Site" value={draft.siteId} onValueChange={(v) => set('siteId', v)} options={siteOptions(sites)} errors={e('siteId')} />
          <TextField label="First date (site’s)" type="date" value={draft.start} onValueChange={(v) => set('start', v)} errors={e('start')} />
          <TextField label="Last date (site’s)" type="date" value={draft.end} onValueChange={(v) => set('end', v)} errors={e('end')} />
          <TextField label="Headcount on duty (%)" value={draft.availability} onValueChange={(v) => set('availability', v)} errors={e('availability')} inputMode="decimal" hint="0 = closed" />
        </div>
      );
    }
    case 'cost-change': {
      const set = setter(draft, props.onChange);
      return (
        <div className="form-grid">
          <SelectField label="Site" value={draft.siteId} onValueChange={(v) => set('siteId', v)} options={siteOptions(sites)} errors={e('siteId')} />
          <SelectField
            label="Change"
            value={draft.mode}
            onValueChange={(v) => set('mode', v === 'cost' ? 'cost' : 'rise')}
            options={[
              { value: 'rise', label: 'Wage rise in %' },
              { value: 'cost', label: 'New hourly cost' },
            ]}
          />
          {draft.mode === 'rise' ? (
            <TextField label="Wage rise (%)" value={draft.wageRisePercent} onValueChange={(v) => set('wageRisePercent', v)} errors={e('wageRisePercent')} inputMode="decimal" />
          ) : (
            <TextField
              label={`New hourly cost (${sites.find((s) => s.id === draft.siteId)?.currency ?? 'site currency'})`}
              value={draft.hourlyCost}
              onValueChange={(v) => set('hourlyCost', v)}
              errors={e('hourlyCost')}
              inputMode="decimal"
            />
          )}
          <TextField label="Night premium (×, optional)" value={draft.nightPremium} onValueChange={(v) => set('nightPremium', v)} errors={e('nightPremium')} inputMode="decimal" hint="Blank: unchanged" />
          <TextField label="Weekend premium (×, optional)" value={draft.weekendPremium} onValueChange={(v) => set('weekendPremium', v)} errors={e('weekendPremium')} inputMode="decimal" />
          <TextField label="Holiday premium (×, optional)" value={draft.holidayPremium} onValueChange={(v) => set('holidayPremium', v)} errors={e('holidayPremium')} inputMode="decimal" />
          <TextField label="Night from (optional)" value={draft.nightStart} onValueChange={(v) => set('nightStart', v)} errors={e('nightStart')} placeholder="22:00" />
          <TextField label="Night until (optional)" value={draft.nightEnd} onValueChange={(v) => set('nightEnd', v)} errors={e('nightEnd')} placeholder="06:00" />
        </div>
      );
    }
    case 'add-site': {
      const set = setter(draft, props.onChange);
      return (
        <div className="form-grid">
          <TextField label="Team name" value={draft.name} onValueChange={(v) => set('name', v)} errors={e('name')} />
          <TextField label="Team id" value={draft.id} onValueChange={(v) => set('id', v)} errors={e('id')} hint="Lower-case letters, digits and dashes" />
          <TimeZoneField label="Team’s time zone" value={draft.timeZone} onValueChange={(v) => set('timeZone', v)} errors={e('timeZone')} />
          <TextField label="Holiday country" value={draft.holidayCountry} onValueChange={(v) => set('holidayCountry', v)} errors={e('holidayCountry')} maxLength={6} hint="e.g. CO, PH" />
          <TextField label="Pay currency" value={draft.currency} onValueChange={(v) => set('currency', v)} errors={e('currency')} maxLength={3} />
          <TextField label="Hourly cost (pay currency)" value={draft.hourlyCost} onValueChange={(v) => set('hourlyCost', v)} errors={e('hourlyCost')} inputMode="decimal" />
          <TextField
            label={`Rate to ${reportingCurrency} (optional)`}
            value={draft.currencyRate}
            onValueChange={(v) => set('currencyRate', v)}
            errors={e('currencyRate')}
            inputMode="decimal"
            hint={`Value of 1 unit in ${reportingCurrency}, when the setup has no rate for it`}
          />
          <TextField label="Languages" value={draft.languages} onValueChange={(v) => set('languages', v)} errors={e('languages')} hint="e.g. en, es" />
          <TextField label="Most agents" value={draft.maxHeadcount} onValueChange={(v) => set('maxHeadcount', v)} errors={e('maxHeadcount')} inputMode="numeric" />
          <TextField label="Shrinkage (%)" value={draft.shrinkage} onValueChange={(v) => set('shrinkage', v)} errors={e('shrinkage')} inputMode="decimal" />
          <TextField label="Shift length (hours)" value={draft.shiftLengthHours} onValueChange={(v) => set('shiftLengthHours', v)} errors={e('shiftLengthHours')} inputMode="decimal" />
          <TextField label="Shift start times (team’s time)" value={draft.startTimes} onValueChange={(v) => set('startTimes', v)} errors={e('startTimes')} hint="e.g. 08:00, 14:00" />
        </div>
      );
    }
    case 'vendor': {
      const set = setter(draft, props.onChange);
      return (
        <div className="form-grid">
          <TextField label="Vendor name" value={draft.name} onValueChange={(v) => set('name', v)} errors={e('name')} />
          <TextField label="Vendor id" value={draft.id} onValueChange={(v) => set('id', v)} errors={e('id')} />
          <TimeZoneField label="Vendor’s time zone" value={draft.timeZone} onValueChange={(v) => set('timeZone', v)} errors={e('timeZone')} />
          <TextField label="Vendor’s country" value={draft.country} onValueChange={(v) => set('country', v)} errors={e('country')} maxLength={2} />
          <div className="field--wide">
            <CheckboxGroup legend="Service days" options={WEEKDAYS} selected={draft.days} onChange={(days) => set('days', days)} errors={e('days')} />
          </div>
          <TextField label="Service from" value={draft.start} onValueChange={(v) => set('start', v)} errors={e('start')} placeholder="00:00" />
          <TextField label="Service until" value={draft.end} onValueChange={(v) => set('end', v)} errors={e('end')} placeholder="08:00" hint={draft.moreWindows.length ? `${draft.moreWindows.length} more window(s) kept` : 'Wraps midnight when earlier than the start'} />
          <TextField label="Languages" value={draft.languages} onValueChange={(v) => set('languages', v)} errors={e('languages')} />
          <TextField label="Price currency" value={draft.currency} onValueChange={(v) => set('currency', v)} errors={e('currency')} maxLength={3} />
          <TextField label="Price per message" value={draft.pricePerMessage} onValueChange={(v) => set('pricePerMessage', v)} errors={e('pricePerMessage')} inputMode="decimal" />
          <TextField label="Messages per hour (most)" value={draft.capacityPerHour} onValueChange={(v) => set('capacityPerHour', v)} errors={e('capacityPerHour')} inputMode="numeric" />
          <TextField label={`Rate to ${reportingCurrency} (optional)`} value={draft.currencyRate} onValueChange={(v) => set('currencyRate', v)} errors={e('currencyRate')} inputMode="decimal" />
          <div className="field--wide">
            <CheckboxGroup legend="Marketplaces covered" options={marketplaceOptions(marketplaces)} selected={draft.marketplaceIds} onChange={(ids) => set('marketplaceIds', ids)} hint="None ticked: any marketplace in its languages" />
          </div>
        </div>
      );
    }
    case 'auto-reply': {
      const set = setter(draft, props.onChange);
      return (
        <div className="form-grid">
          <SelectField label="Marketplace" value={draft.marketplaceId} onValueChange={(v) => set('marketplaceId', v)} options={marketplaceOptions(marketplaces)} errors={e('marketplaceId')} />
          <TextField label="Auto-reply from (buyers’ time)" value={draft.start} onValueChange={(v) => set('start', v)} errors={e('start')} placeholder="22:00" />
          <TextField label="Auto-reply until" value={draft.end} onValueChange={(v) => set('end', v)} errors={e('end')} placeholder="08:00" hint={draft.moreWindows.length ? `${draft.moreWindows.length} more window(s) kept` : 'Wraps midnight when earlier than the start'} />
          <div className="field--wide">
            <CheckboxGroup legend="Days" options={WEEKDAYS} selected={draft.days} onChange={(days) => set('days', days)} errors={e('days')} />
          </div>
        </div>
      );
    }
  }
}
