import { useLocation } from 'react-router-dom';
import { PageHeader } from '../../components/ui/page-header';
import { ScenariosPage, type StoredFix } from '../../features/scenarios';
import { useAgents, useShiftTemplates } from '../../features/setup';
import { WithPlanningContext } from './planning-context';

/** What the Scenarios page may be opened with (router state): the plan page's "Compare with this fix". */
export interface ScenariosRouteState {
  fromPlan?: StoredFix;
}

export function ScenariosRoute() {
  // the team, for hiring, leave and moves (the API checks every id, so an empty list while loading is safe)
  const agents = useAgents();
  const shiftTemplates = useShiftTemplates();
  // opened from the plan page's "Compare with this fix"
  const fromPlan = (useLocation().state as ScenariosRouteState | null)?.fromPlan;
  return (
    <>
      <title>Scenarios · followsun</title>
      <PageHeader title="Scenarios" description="Staffing options side by side: cost per month and per message, SLA attainment and wait, and the cost–service frontier." />
      <WithPlanningContext>
        {(context) => (
          <ScenariosPage
            marketplaces={context.marketplaces}
            sites={context.sites}
            agents={agents.data ?? []}
            shiftTemplates={shiftTemplates.data ?? []}
            reportingCurrency={context.reportingCurrency}
            firstDate={context.horizonStart ?? new Date().toISOString().slice(0, 10)}
            fromPlan={fromPlan}
          />
        )}
      </WithPlanningContext>
    </>
  );
}
