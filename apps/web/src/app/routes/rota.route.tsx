import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/ui/page-header';
import { RotaPage } from '../../features/rota';
import { useCan } from '../../lib/session/session-context';
import { WithPlanningContext } from './planning-context';

export function RotaRoute() {
  // a viewer reads published rotas but not the setup the planning context loads
  const canReadSetup = useCan('setup.read');
  const canEdit = useCan('rotas.write');
  // a link to one rota version (the monitor's accepted re-plan)
  const [search] = useSearchParams();
  const initialRotaId = search.get('rota');
  return (
    <>
      <title>Rota · followsun</title>
      <PageHeader
        title="Rota"
        description={
          canEdit
            ? 'Named agents on the planned shifts: who works when at each site, holidays marked, fairness, pins, CSV and calendar downloads.'
            : 'Who works when at each site, holidays marked, how fairly nights, weekends and holidays fall, with CSV and calendar downloads.'
        }
      />
      {canReadSetup ? <WithPlanningContext>{(context) => <RotaPage reportingCurrency={context.reportingCurrency} initialRotaId={initialRotaId} />}</WithPlanningContext> : <RotaPage reportingCurrency="" initialRotaId={initialRotaId} />}
    </>
  );
}
