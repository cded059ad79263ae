import type { ReactNode } from 'react';
import type { Marketplace, Site } from '@app/domain';
import { QueryErrorState } from '../../components/ui/error-state';
import { LoadingState } from '../../components/ui/loading-state';
import { useOrganisation } from '../../features/organisation';
import { useMarketplaces, useSites } from '../../features/setup';

export interface PlanningContext {
  marketplaces: Marketplace[];
  sites: Site[];
  reportingCurrency: string;
  horizonWeeks?: number;
  /** First local date of the planning horizon "YYYY-MM-DD", when set. */
  horizonStart?: string;
}

/**
 * Loads what every planning page reads from the setup (marketplaces, sites, the reporting
 * currency and horizon) and hands it to the page, so features need not import each other.
 */
export function WithPlanningContext({ children }: { children: (context: PlanningContext) => ReactNode }) {
  const organisation = useOrganisation();
  const marketplaces = useMarketplaces();
  const sites = useSites();
  const failed = [organisation, marketplaces, sites].find((query) => query.isError);
  if (failed) return <QueryErrorState error={failed.error} what="the setup" onRetry={() => void Promise.all([organisation.refetch(), marketplaces.refetch(), sites.refetch()])} />;
  if (!organisation.data || !marketplaces.data || !sites.data) return <LoadingState label="Loading the setup…" />;
  return (
    <>
      {children({
        marketplaces: marketplaces.data,
        sites: sites.data,
        reportingCurrency: organisation.data.reportingCurrency,
        horizonWeeks: organisation.data.horizon?.weeks,
        horizonStart: organisation.data.horizon?.start,
      })}
    </>
  );
}
