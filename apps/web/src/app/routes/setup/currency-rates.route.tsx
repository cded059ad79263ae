import { useOrganisation } from '../../../features/organisation';
import { CurrencyRatesSection } from '../../../features/setup';

/** Rates are into the organisation's reporting currency: the route joins the two features. */
export function CurrencyRatesRoute() {
  const organisation = useOrganisation();
  return <CurrencyRatesSection reportingCurrency={organisation.data?.reportingCurrency ?? ''} />;
}
