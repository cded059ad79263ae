import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../components/ui/page-header';
import { PlanPage, gapFix, type StaffingGap } from '../../features/plan';
import { useCreateFixScenario } from '../../features/scenarios';
import { useCan } from '../../lib/session/session-context';
import { WithPlanningContext } from './planning-context';
import type { ScenariosRouteState } from './scenarios.route';

export function PlanRoute() {
  // a staffing gap's suggested fix (a hire or vendor cover) becomes a scenario, then the Scenarios page compares it with the baseline
  const createFix = useCreateFixScenario();
  const navigate = useNavigate();
  const [fixing, setFixing] = useState<number | null>(null);
  // the fix becomes a stored scenario: only for roles that write scenarios
  const canCompare = useCan('scenarios.write');
  const compareFix = (gap: StaffingGap, index: number) => {
    setFixing(index);
    createFix.mutate(
      { override: gapFix(gap), siteName: gap.siteName, reason: gap.message },
      { onSuccess: (stored) => navigate('/scenarios', { state: { fromPlan: stored } satisfies ScenariosRouteState }) },
    );
  };
  return (
    <>
      <title>Plan · followsun</title>
      <PageHeader title="Plan" description="The cheapest shift mix that answers every message within its deadline: coverage by hour, shift mix, payroll, LP bound and gap, SLA and waits." />
      <WithPlanningContext>
        {(context) => (
          <PlanPage
            sites={context.sites}
            marketplaces={context.marketplaces}
            reportingCurrency={context.reportingCurrency}
            onCompareFix={canCompare ? compareFix : undefined}
            fix={{ pendingIndex: createFix.isPending ? fixing : null, error: createFix.error }}
          />
        )}
      </WithPlanningContext>
    </>
  );
}
