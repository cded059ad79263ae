import { PageHeader } from '../../components/ui/page-header';
import { PlanPage } from '../../features/plan';
import { WithPlanningContext } from './planning-context';

export function PlanRoute() {
  return (
    <>
      <title>Plan · followsun</title>
      <PageHeader title="Plan" description="The cheapest shift mix that answers every message within its deadline: coverage by hour, shift mix, cost, LP bound and gap, SLA and waits." />
      <WithPlanningContext>{(context) => <PlanPage sites={context.sites} marketplaces={context.marketplaces} reportingCurrency={context.reportingCurrency} />}</WithPlanningContext>
    </>
  );
}
