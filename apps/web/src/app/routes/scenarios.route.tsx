import { PageHeader } from '../../components/ui/page-header';
import { ScenariosPage } from '../../features/scenarios';
import { WithPlanningContext } from './planning-context';

export function ScenariosRoute() {
  return (
    <>
      <title>Scenarios · followsun</title>
      <PageHeader title="Scenarios" description="Staffing options side by side: cost per month and per message, SLA attainment and wait, and the cost–service frontier." />
      <WithPlanningContext>
        {(context) => (
          <ScenariosPage
            marketplaces={context.marketplaces}
            sites={context.sites}
            reportingCurrency={context.reportingCurrency}
            firstDate={context.horizonStart ?? new Date().toISOString().slice(0, 10)}
          />
        )}
      </WithPlanningContext>
    </>
  );
}
