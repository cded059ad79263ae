import type { HourGrid, QueueArrivals, ScenarioFile } from '@app/domain';
import { effectiveArrivals } from '../apply-definition';
import type { EffectiveScenario } from '../scenario-definition.types';
import { splitAutoReplyHours } from './auto-reply-split.adapter';
import { vendorAsSite, vendorSiteId } from './vendor-as-site.adapter';

/** What the planner and the simulator are given for one scenario, and how to map their answers back. */
export interface PlanningInput {
  scenario: ScenarioFile;
  arrivals: QueueArrivals[];
  grid: HourGrid;
  /** Planner-side site id → vendor id, for vendors planned as sites. */
  vendorSites: Record<string, string>;
  /** Planner-side "acknowledged" marketplace id → the real marketplace id. */
  acknowledgedMarketplaces: Record<string, string>;
}

/**
 * Turns an effective scenario and the base forecast into the planner's inputs: peaks and
 * deflection applied to the arrivals, vendors as sites, auto-reply hours as acknowledged twins.
 */
export function buildPlanningInput(effective: EffectiveScenario, forecastArrivals: QueueArrivals[], grid: HourGrid): PlanningInput {
  const arrivals = effectiveArrivals(effective, forecastArrivals, grid);
  let scenario = effective.scenario;
  const vendorSites: Record<string, string> = {};
  for (const vendor of effective.vendors) {
    const { site, shiftTemplates, agents, events } = vendorAsSite(vendor, scenario.marketplaces, arrivals);
    vendorSites[vendorSiteId(vendor)] = vendor.id;
    scenario = {
      ...scenario,
      sites: [...scenario.sites, site],
      shiftTemplates: [...scenario.shiftTemplates, ...shiftTemplates],
      agents: [...scenario.agents, ...agents],
      events: [...scenario.events, ...events],
    };
  }
  const split = splitAutoReplyHours(scenario.marketplaces, arrivals, grid, effective.autoReply);
  scenario = { ...scenario, marketplaces: split.marketplaces };
  return { scenario, arrivals: split.arrivals, grid, vendorSites, acknowledgedMarketplaces: split.acknowledged };
}
