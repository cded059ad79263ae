import { dispatchDuring, type DispatchStep } from '@app/domain/dispatch-during.util';
import type { DispatchRun } from '@app/domain/plan.types';
import { addDays, localToUtc, toLocal } from '@app/domain/time';

/** Days on a site's clock that share one dispatch rule hour by hour, and that rule. */
export interface DispatchPattern {
  /** Site-local dates, in order. */
  dates: string[];
  steps: DispatchStep[];
}

/**
 * A site's dispatch rule grouped by site-local day: days whose rule is the same hour by hour
 * are one pattern (the first and last day of the plan may be partial days), in the order
 * their first day comes, so 13 weeks read as a handful of patterns.
 */
export function dispatchPatterns(runs: readonly DispatchRun[], site: { id: string; timeZone: string }): DispatchPattern[] {
  const own = runs.filter((run) => run.siteId === site.id);
  if (!own.length) return [];
  const start = Math.min(...own.map((run) => Date.parse(run.fromUtc)));
  const end = Math.max(...own.map((run) => Date.parse(run.toUtc)));
  const patterns = new Map<string, DispatchPattern>();
  for (let date = toLocal(start, site.timeZone).date; localToUtc(date, '00:00', site.timeZone) < end; date = addDays(date, 1)) {
    const steps = dispatchDuring(own, {
      siteId: site.id,
      startUtc: new Date(localToUtc(date, '00:00', site.timeZone)).toISOString(),
      endUtc: new Date(localToUtc(addDays(date, 1), '00:00', site.timeZone)).toISOString(),
      timeZone: site.timeZone,
    });
    const key = steps.map((step) => `${step.localFrom}-${step.localTo}:${step.queues.join(',')}`).join('|');
    const pattern = patterns.get(key) ?? { dates: [], steps };
    pattern.dates.push(date);
    patterns.set(key, pattern);
  }
  return [...patterns.values()];
}
