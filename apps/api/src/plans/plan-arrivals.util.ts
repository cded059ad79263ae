import type { QueueArrivals, ScenarioFile } from '@app/domain';

export interface AlignedArrivals {
  /** One row per forecast queue the setup still has, cut to the plan's hours (from `offset`). */
  arrivals: QueueArrivals[];
  /** "marketplace/class" of queues that need replies but have no forecast. */
  missing: string[];
  /** "marketplace/class" of forecast queues the setup no longer has. */
  dropped: string[];
}

/**
 * Matches a forecast's queues to the planning setup: the planner needs arrivals for every queue
 * that needs replies (or live answers), and refuses queues it does not know. A window of the
 * horizon reads its slice of the horizon's forecast, `hours` from `offset`.
 */
export function alignArrivals(scenario: ScenarioFile, forecast: QueueArrivals[], hours: number, offset = 0): AlignedArrivals {
  const byKey = new Map(forecast.map((entry) => [`${entry.marketplaceId}/${entry.classId}`, entry]));
  const arrivals: QueueArrivals[] = [];
  const missing: string[] = [];
  const known = new Set<string>();
  for (const marketplace of scenario.marketplaces) {
    for (const priorityClass of marketplace.classes) {
      const key = `${marketplace.id}/${priorityClass.id}`;
      known.add(key);
      const entry = byKey.get(key);
      if (entry) arrivals.push({ marketplaceId: entry.marketplaceId, classId: entry.classId, values: entry.values.slice(offset, offset + hours) });
      else if (priorityClass.replyDeadlineHours !== null || priorityClass.realTime) missing.push(key);
    }
  }
  const dropped = [...byKey.keys()].filter((key) => !known.has(key));
  return { arrivals, missing, dropped };
}
