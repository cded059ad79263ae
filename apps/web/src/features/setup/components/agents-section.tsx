import { useState } from 'react';
import type { Agent } from '@app/domain';
import { SelectField } from '../../../components/ui/form-field';
import { formatLocalDateRange } from '../../../lib/format/format-local-date-range.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { useAgents, useDeleteAgent, useSaveAgent } from '../api/agents';
import { useSites } from '../api/sites';
import { AgentForm } from './agent-form';
import { CrudSection } from './crud-section';

function describeTimeOff(agent: Agent): string {
  if (agent.timeOff.length === 0) return '—';
  return agent.timeOff.map((t) => formatLocalDateRange(t.start, t.end)).join('; ');
}

export function AgentsSection() {
  const sites = useSites();
  const siteName = (id: string) => sites.data?.find((s) => s.id === id)?.name ?? id;
  const noSites = sites.isSuccess && sites.data.length === 0;
  const [siteFilter, setSiteFilter] = useState('');
  const agents = useAgents();
  const count = (siteId: string) => agents.data?.filter((a) => !siteId || a.siteId === siteId).length ?? 0;
  return (
    <CrudSection<Agent>
      title="Agents"
      noun="agent"
      description="The named people the rota is built from: their site, languages, contract hours and booked time off."
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
        { key: 'timeOff', header: 'Time off', cell: describeTimeOff, wrap: true },
      ]}
      renderForm={(props) => <AgentForm {...props} sites={sites.data ?? []} />}
    />
  );
}
