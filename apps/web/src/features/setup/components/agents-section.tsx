import { useState } from 'react';
import type { Agent, ShiftTemplate, Site } from '@app/domain';
import { DEFAULT_MAX_DAYS_PER_WEEK, DEFAULT_PAY_BASIS } from '@app/domain/pay-policy'; // not the index: it would bundle the holiday calendars
import { SelectField } from '../../../components/ui/form-field';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatLocalDateRange } from '../../../lib/format/format-local-date-range.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { useCan } from '../../../lib/session/session-context';
import { useAgents, useDeleteAgent, useSaveAgent } from '../api/agents';
import { useShiftTemplates } from '../api/shift-templates';
import { useSites } from '../api/sites';
import { PAY_BASIS_LABELS } from '../lib/pay-basis-labels';
import { AgentForm } from './agent-form';
import { CrudSection } from './crud-section';

function describeTimeOff(agent: Agent): string {
  if (agent.timeOff.length === 0) return '—';
  return agent.timeOff.map((t) => formatLocalDateRange(t.start, t.end)).join('; ');
}

/** "Hourly, ₱260.00/h"; a default is shown as what it resolves to. */
function describePay(agent: Agent, site: Site | undefined): string {
  const basis = PAY_BASIS_LABELS[agent.payBasis ?? DEFAULT_PAY_BASIS].name;
  const rate = agent.hourlyRate ?? site?.hourlyCost;
  return rate === undefined || !site ? basis : `${basis}, ${formatCurrency(rate, site.currency)}/h`;
}

function describeShifts(agent: Agent, templates: readonly ShiftTemplate[]): string {
  if (!agent.shiftTemplateIds) return 'all of the site';
  return agent.shiftTemplateIds.map((id) => templates.find((t) => t.id === id)?.name ?? id).join(', ');
}

export function AgentsSection() {
  const sites = useSites();
  const templates = useShiftTemplates();
  const siteOf = (id: string) => sites.data?.find((s) => s.id === id);
  const siteName = (id: string) => sites.data?.find((s) => s.id === id)?.name ?? id;
  const noSites = sites.isSuccess && sites.data.length === 0;
  const [siteFilter, setSiteFilter] = useState('');
  const agents = useAgents();
  // without pay.read the API sends agents without their pay rate: no pay column then
  const canReadPay = useCan('pay.read');
  const count = (siteId: string) => agents.data?.filter((a) => !siteId || a.siteId === siteId).length ?? 0;
  return (
    <CrudSection<Agent>
      title="Agents"
      noun="agent"
      description="The named people the rota is built from: their site, languages, contract hours, pay, the shifts they work and booked time off."
      query={agents}
      filter={siteFilter ? (a) => a.siteId === siteFilter : undefined}
      toolbar={
        <SelectField
          label="Show agents of"
          value={siteFilter}
          onValueChange={setSiteFilter}
          options={[{ value: '', label: `all sites (${count('')})` }, ...(sites.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${count(s.id)})` }))]}
        />
      }
      save={useSaveAgent()}
      remove={useDeleteAgent()}
      idOf={(a) => a.id}
      nameOf={(a) => a.name}
      blockedReason={noSites ? 'Add a site first: every agent works at a site.' : undefined}
      emptyHint="Add the agents of each site. The plan works without them (it counts heads); the rota needs names."
      columns={[
        { key: 'name', header: 'Agent', cell: (a) => <strong>{a.name}</strong> },
        { key: 'site', header: 'Site', cell: (a) => siteName(a.siteId) },
        { key: 'languages', header: 'Languages', cell: (a) => a.languages.join(', ') },
        { key: 'hours', header: 'Contract h/week', numeric: true, cell: (a) => formatNumber(a.contractHoursPerWeek) },
        { key: 'consecutive', header: 'Max days in a row', numeric: true, cell: (a) => a.maxConsecutiveDays },
        { key: 'days', header: 'Max days/week', numeric: true, cell: (a) => a.maxDaysPerWeek ?? DEFAULT_MAX_DAYS_PER_WEEK },
        ...(canReadPay ? [{ key: 'pay', header: 'Pay', cell: (a: Agent) => describePay(a, siteOf(a.siteId)), wrap: true }] : []),
        { key: 'shifts', header: 'Shifts', cell: (a) => describeShifts(a, templates.data ?? []), wrap: true },
        { key: 'timeOff', header: 'Time off', cell: describeTimeOff, wrap: true },
      ]}
      renderForm={(props) => <AgentForm {...props} sites={sites.data ?? []} shiftTemplates={templates.data ?? []} />}
    />
  );
}
