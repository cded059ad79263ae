import { PageHeader } from '../../components/ui/page-header';
import { ForecastPage } from '../../features/forecast';
import { WithPlanningContext } from './planning-context';

export function ForecastRoute() {
  return (
    <>
      <title>Forecast · followsun</title>
      <PageHeader title="Forecast" description="Hourly messages per marketplace with 80 % and 95 % bands against recent actuals, the buyers’ week hour by hour, and how accurate the forecast was on past weeks." />
      <WithPlanningContext>
        {(context) => <ForecastPage marketplaces={context.marketplaces} horizonWeeks={context.horizonWeeks} reportingCurrency={context.reportingCurrency} />}
      </WithPlanningContext>
    </>
  );
}
