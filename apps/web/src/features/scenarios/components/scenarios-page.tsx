import { useState } from 'react';
import type { Agent, Marketplace, ShiftTemplate, Site } from '@app/domain';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useScenarioDefinitions } from '../api/scenario-definitions';
import type { StoredFix } from '../api/create-fix-scenario';
import type { StoredScenarioDefinition } from '../api/scenario.types';
import { ComparePanel } from './compare-panel';
import { FrontierPanel } from './frontier-panel';
import { ScenarioForm } from './scenario-form';
import { ScenarioList } from './scenario-list';

/** Scenarios: build them from overrides, compare 2–6 side by side, and draw the cost–service frontier. */
export function ScenariosPage({
  marketplaces,
  sites,
  agents,
  shiftTemplates,
  reportingCurrency,
  firstDate,
  fromPlan,
}: {
  marketplaces: readonly Marketplace[];
  sites: readonly Site[];
  /** For hiring, leave and moves. */
  agents: readonly Agent[];
  shiftTemplates: readonly ShiftTemplate[];
  reportingCurrency: string;
  firstDate: string;
  /** A staffing gap's suggested hire the plan page just stored: ticked for comparison with the baseline. */
  fromPlan?: StoredFix;
}) {
  const definitions = useScenarioDefinitions();
  const [editing, setEditing] = useState<StoredScenarioDefinition | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const scenarios = definitions.data ?? [];
  return (
    <>
      <section className="card" aria-labelledby="scenario-list-heading">
        <div className="job-progress__head">
          <h2 id="scenario-list-heading">Scenarios</h2>
          {editing === null ? (
            <button type="button" className="button button--primary" onClick={() => { setEditing('new'); setSaved(null); }}>
              New scenario
            </button>
          ) : null}
        </div>
        {fromPlan && saved === null && editing === null ? (
          <p className="alert alert--info" role="status" data-testid="fix-from-plan">
            “{fromPlan.fixName}” is stored as a scenario from the plan’s staffing gap, and ticked below with {scenarios.find((s) => s.id === fromPlan.compare[0])?.name ?? fromPlan.compare[0]}:
            choose the weeks and compare them.
          </p>
        ) : null}
        {saved ? (
          <p className="alert alert--success" role="status">
            Saved {saved}.
          </p>
        ) : null}
        {editing !== null ? (
          <ScenarioForm
            key={editing === 'new' ? 'new' : editing.id}
            editing={editing === 'new' ? null : editing}
            marketplaces={marketplaces}
            sites={sites}
            agents={agents}
            shiftTemplates={shiftTemplates}
            reportingCurrency={reportingCurrency}
            firstDate={firstDate}
            onDone={(name) => {
              setEditing(null);
              setSaved(name);
            }}
          />
        ) : null}
        {definitions.isPending ? <LoadingState label="Loading scenarios…" /> : null}
        {definitions.isError ? <QueryErrorState error={definitions.error} what="the scenarios" onRetry={() => void definitions.refetch()} /> : null}
        {definitions.isSuccess && scenarios.length === 0 && editing === null ? (
          <EmptyState title="No scenarios yet">
            A scenario is the setup with overrides: a peak, a site closure, a new remote team, an outsourcing vendor, auto-reply hours, hiring, leave … Create one without overrides as the baseline, then
            the options to compare with it.
          </EmptyState>
        ) : null}
        {scenarios.length > 0 ? <ScenarioList scenarios={scenarios} marketplaces={marketplaces} sites={sites} agents={agents} shiftTemplates={shiftTemplates} onEdit={(s) => { setEditing(s); setSaved(null); }} /> : null}
      </section>
      <ComparePanel scenarios={scenarios} marketplaces={marketplaces} sites={sites} reportingCurrency={reportingCurrency} initialSelected={fromPlan?.compare} />
      <FrontierPanel scenarios={scenarios} reportingCurrency={reportingCurrency} />
    </>
  );
}
