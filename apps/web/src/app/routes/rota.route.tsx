import { PageHeader } from '../../components/ui/page-header';
import { RotaPage } from '../../features/rota';
import { WithPlanningContext } from './planning-context';

export function RotaRoute() {
  return (
    <>
      <title>Rota · followsun</title>
      <PageHeader title="Rota" description="Named agents on the planned shifts: who works when at each site, holidays marked, fairness, pins, CSV and calendar downloads." />
      <WithPlanningContext>{(context) => <RotaPage reportingCurrency={context.reportingCurrency} />}</WithPlanningContext>
    </>
  );
}
