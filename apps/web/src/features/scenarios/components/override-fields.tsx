import type { Agent, Marketplace, ShiftTemplate, Site } from '@app/domain';
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
  /** The setup's agents and shift templates, for hiring, leave and moves. */
  agents: readonly Agent[];
  shiftTemplates: readonly ShiftTemplate[];
  reportingCurrency: string;
}

/** A typed field setter for one kind's draft. */
function setter<D extends OverrideDraft>(draft: D, onChange: (draft: OverrideDraft) => void) {
  return <K extends keyof D>(key: K, value: D[K]) => onChange({ ...draft, [key]: value });
}

const marketplaceOptions = (marketplaces: readonly Marketplace[]) => marketplaces.map((m) => ({ value: m.id, label: m.name }));
const siteOptions = (sites: readonly Site[]) => sites.map((s) => ({ value: s.id, label: s.name }));
const agentOptions = (agents: readonly Agent[], sites: readonly Site[]) =>
  agents.map((a) => ({ value: a.id, label: `${a.name} (${sites.find((s) => s.id === a.siteId)?.name ?? a.siteId})` }));
const templateOptions = (templates: readonly ShiftTemplate[], siteId: string) =>
  templates.filter((t) => t.siteId === siteId).map((t) => ({ value: t.id, label: `${t.name} (${t.startTimes.join(', ')})` }));

/** The fields of one override, by kind. Every field is labelled; its messages sit under it. */
export function OverrideFields(props: Props) {
  const { draft, errorsFor: e, marketplaces, sites, agents, shiftTemplates, reportingCurrency } = props;
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
    case 'hire-agents': {
      const set = setter(draft, props.onChange);
      const site = sites.find((s) => s.id === draft.siteId);
      return (
        <div className="form-grid">
          <SelectField label="Site" value={draft.siteId} onValueChange={(id) => props.onChange({ ...draft, siteId: id, shiftTemplateIds: [] })} options={siteOptions(sites)} errors={e('siteId')} />
          <TextField label="Agents to hire" value={draft.count} onValueChange={(v) => set('count', v)} errors={e('count')} inputMode="numeric" />
          <TextField label="First working day (site’s)" type="date" value={draft.from} onValueChange={(v) => set('from', v)} errors={e('from')} />
          <SelectField
            label="Like agent (optional)"
            value={draft.likeAgentId}
            onValueChange={(v) => set('likeAgentId', v)}
            options={[{ value: '', label: '— nobody: the site’s defaults —' }, ...agentOptions(agents, sites)]}
            errors={e('likeAgentId')}
            hint="They copy this agent’s languages, contract, pay and shifts (not its time off)"
          />
          <TextField label="Name prefix (optional)" value={draft.namePrefix} onValueChange={(v) => set('namePrefix', v)} errors={e('namePrefix')} placeholder={`${site?.name ?? 'Site'} hire`} />
          <TextField label="Languages (optional)" value={draft.languages} onValueChange={(v) => set('languages', v)} errors={e('languages')} hint="Blank: copied, else the site’s" />
          <TextField label="Contract hours a week (optional)" value={draft.contractHoursPerWeek} onValueChange={(v) => set('contractHoursPerWeek', v)} errors={e('contractHoursPerWeek')} inputMode="decimal" hint="Blank: copied, else 40" />
          <SelectField
            label="Pay basis (optional)"
            value={draft.payBasis}
            onValueChange={(v) => set('payBasis', v === 'salaried' || v === 'hourly' ? v : '')}
            options={[
              { value: '', label: 'Copied (else salaried)' },
              { value: 'salaried', label: 'Salaried' },
              { value: 'hourly', label: 'Hourly' },
            ]}
            errors={e('payBasis')}
          />
          <TextField label={`Hourly rate (${site?.currency ?? 'site currency'}, optional)`} value={draft.hourlyRate} onValueChange={(v) => set('hourlyRate', v)} errors={e('hourlyRate')} inputMode="decimal" hint="Blank: copied, else the site’s hourly cost" />
          <div className="field--wide">
            <CheckboxGroup
              legend="Shifts they may work"
              options={templateOptions(shiftTemplates, draft.siteId)}
              selected={draft.shiftTemplateIds}
              onChange={(ids) => set('shiftTemplateIds', ids)}
              errors={e('shiftTemplateIds')}
              hint="None ticked: copied, else every shift of the site"
            />
          </div>
        </div>
      );
    }
    case 'agent-leave': {
      const set = setter(draft, props.onChange);
      return (
        <div className="form-grid">
          <TextField label="First day off" type="date" value={draft.start} onValueChange={(v) => set('start', v)} errors={e('start')} />
          <TextField label="Last day off" type="date" value={draft.end} onValueChange={(v) => set('end', v)} errors={e('end')} />
          <TextField label="Reason (optional)" value={draft.reason} onValueChange={(v) => set('reason', v)} errors={e('reason')} placeholder="leave" />
          <div className="field--wide">
            <CheckboxGroup legend="Agents on leave" options={agentOptions(agents, sites)} selected={draft.agentIds} onChange={(ids) => set('agentIds', ids)} errors={e('agentIds')} />
          </div>
        </div>
      );
    }
    case 'move-agents': {
      const set = setter(draft, props.onChange);
      const destination = draft.toSiteId || draft.fromSiteId;
      return (
        <div className="form-grid">
          <SelectField
            label="From site"
            value={draft.fromSiteId}
            onValueChange={(id) => props.onChange({ ...draft, fromSiteId: id, agentIds: [], shiftTemplateIds: draft.toSiteId ? draft.shiftTemplateIds : [] })}
            options={siteOptions(sites)}
            errors={e('fromSiteId')}
          />
          <SelectField
            label="Who moves"
            value={draft.who}
            onValueChange={(v) => set('who', v === 'agents' ? 'agents' : 'count')}
            options={[
              { value: 'count', label: 'A number of agents (the first by id)' },
              { value: 'agents', label: 'The agents ticked' },
            ]}
          />
          {draft.who === 'count' ? <TextField label="Agents to move" value={draft.count} onValueChange={(v) => set('count', v)} errors={e('count')} inputMode="numeric" /> : null}
          <SelectField
            label="To site"
            value={draft.toSiteId}
            onValueChange={(id) => props.onChange({ ...draft, toSiteId: id, shiftTemplateIds: [] })}
            options={[{ value: '', label: '— they stay —' }, ...siteOptions(sites.filter((s) => s.id !== draft.fromSiteId))]}
            errors={e('toSiteId')}
          />
          {draft.who === 'agents' ? (
            <div className="field--wide">
              <CheckboxGroup
                legend="Agents who move"
                options={agentOptions(agents.filter((a) => a.siteId === draft.fromSiteId), sites)}
                selected={draft.agentIds}
                onChange={(ids) => set('agentIds', ids)}
                errors={e('agentIds')}
              />
            </div>
          ) : null}
          <div className="field--wide">
            <CheckboxGroup
              legend="Shifts they work from now on"
              options={templateOptions(shiftTemplates, destination)}
              selected={draft.shiftTemplateIds}
              onChange={(ids) => set('shiftTemplateIds', ids)}
              errors={e('shiftTemplateIds')}
              hint={draft.toSiteId ? 'None ticked: every shift of the new site' : 'e.g. the night shift'}
            />
          </div>
        </div>
      );
    }
  }
}
