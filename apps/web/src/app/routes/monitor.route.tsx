import { PageHeader } from '../../components/ui/page-header';
import { MonitorPage } from '../../features/monitor';
import { WithPlanningContext } from './planning-context';

export function MonitorRoute() {
  return (
    <>
      <title>Monitor · followsun</title>
      <PageHeader
        title="Monitor"
        description="What actually happened against the plan: service so far, late messages, the hours against the forecast, who replied during their shifts, and a re-plan of the rest of the week from now."
      />
      <WithPlanningContext>{(context) => <MonitorPage marketplaces={context.marketplaces} sites={context.sites} />}</WithPlanningContext>
    </>
  );
}
