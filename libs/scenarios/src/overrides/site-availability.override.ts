import type { CalendarEvent } from '@app/domain';
import type { EffectiveScenario, SiteAvailabilityOverride } from '../scenario-definition.types';
import { requireSite } from './override-lookup.util';

/** Business rule: a closure or holiday caps the share of a site's headcount on duty on its local dates (0 = closed). */
export function applySiteAvailabilityOverride(
  effective: EffectiveScenario,
  override: SiteAvailabilityOverride,
  path = '',
): EffectiveScenario {
  requireSite(effective.scenario, override.siteId, `${path}/siteId`);
  const event: CalendarEvent = {
    id: uniqueEventId(effective.scenario.events, `availability-${override.siteId}-${override.start}`),
    name: override.name ?? (override.availabilityCap === 0 ? `${override.siteId} closed` : `${override.siteId} at ${Math.round(override.availabilityCap * 100)}%`),
    kind: 'holiday',
    start: override.start,
    end: override.end,
    marketplaceIds: [],
    siteIds: [override.siteId],
    availabilityCap: override.availabilityCap,
  };
  return { ...effective, scenario: { ...effective.scenario, events: [...effective.scenario.events, event] } };
}

function uniqueEventId(events: CalendarEvent[], wanted: string): string {
  const taken = new Set(events.map((event) => event.id));
  let id = wanted;
  for (let suffix = 2; taken.has(id); suffix++) id = `${wanted}-${suffix}`;
  return id;
}
