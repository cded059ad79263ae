import { HOUR_MS, formatLocal, formatUtc } from '@app/domain';
import type { PlanResult } from '@app/optimizer';
import type { PlanCoverageDto, CoverageView } from './plan-coverage.dto';

export interface CoverageSelection {
  view: CoverageView;
  /** The clock every hour is labelled on ('UTC', a site's or the buyers' zone). */
  timeZone: string;
  /** Only this site / this marketplace's queues, when given. */
  siteId?: string;
  marketplaceId?: string;
}

/** Hourly workload against capacity per site and per queue, every hour on one clock so the chart lines up. */
export function buildPlanCoverage(planId: string, result: PlanResult, selection: CoverageSelection): PlanCoverageDto {
  const startMs = Date.parse(result.grid.startUtc);
  const clock = Array.from({ length: result.grid.hours }, (_, hour) => {
    const utcMs = startMs + hour * HOUR_MS;
    return { utc: formatUtc(utcMs), local: formatLocal(utcMs, selection.timeZone) };
  });
  const sites = result.sites
    .filter((site) => selection.siteId === undefined || site.siteId === selection.siteId)
    .map((site) => ({
      siteId: site.siteId,
      name: site.name,
      timeZone: site.timeZone,
      hours: clock.map((time, hour) => ({
        ...time,
        onDuty: site.onDuty[hour],
        maxOnDuty: site.maxOnDuty[hour],
        capacityMinutes: site.productiveMinutes[hour],
        workloadMinutes: site.workloadMinutes[hour],
      })),
    }));
  const queues = result.queues
    .filter((queue) => selection.marketplaceId === undefined || queue.marketplaceId === selection.marketplaceId)
    .map((queue) => ({
      marketplaceId: queue.marketplaceId,
      classId: queue.classId,
      kind: queue.kind,
      deadlineHours: queue.deadlineHours,
      handleMinutes: queue.handleMinutes,
      hours: clock.map((time, hour) => ({
        ...time,
        arrivals: queue.arrivals[hour],
        answered: queue.answered[hour],
        backlog: queue.backlog[hour],
        plannedBacklog: queue.plannedBacklog[hour],
        workloadMinutes: queue.workloadMinutes[hour],
      })),
    }));
  return { planId, view: selection.view, timeZone: selection.timeZone, sites, queues };
}
