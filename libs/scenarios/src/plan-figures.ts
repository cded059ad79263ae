import { HOUR_MS, type PlannedWorkload, type QueueArrivals, type ScenarioFile } from '@app/domain';

const STANDARD_CONTRACT_HOURS = 40;

export interface SiteHeadcount {
  siteId: string;
  paidHours: number;
  fte: number;
  peakOnDuty: number;
}

/** Paid hours, full-time equivalents and the most agents on duty at once, per site of the plan. */
export function siteHeadcounts(plan: PlannedWorkload, scenario: ScenarioFile, siteIds: string[]): SiteHeadcount[] {
  const weeks = plan.grid.hours / 168;
  const startMs = Date.parse(plan.grid.startUtc);
  return siteIds.map((siteId) => {
    const onDuty = new Array<number>(plan.grid.hours).fill(0);
    let paidHours = 0;
    for (const shift of plan.shifts) {
      if (shift.siteId !== siteId) continue;
      const template = scenario.shiftTemplates.find((candidate) => candidate.id === shift.templateId);
      paidHours += shift.count * (template?.paidHours ?? (Date.parse(shift.endUtc) - Date.parse(shift.startUtc)) / HOUR_MS);
      const first = Math.max(0, Math.floor((Date.parse(shift.startUtc) - startMs) / HOUR_MS));
      const last = Math.min(plan.grid.hours, Math.ceil((Date.parse(shift.endUtc) - startMs) / HOUR_MS));
      for (let hour = first; hour < last; hour++) onDuty[hour] += shift.count;
    }
    const agents = scenario.agents.filter((agent) => agent.siteId === siteId);
    const contractHours = agents.length
      ? agents.reduce((sum, agent) => sum + agent.contractHoursPerWeek, 0) / agents.length
      : STANDARD_CONTRACT_HOURS;
    return { siteId, paidHours, fte: paidHours / weeks / contractHours, peakOnDuty: Math.max(0, ...onDuty) };
  });
}

/** Total of the queues' arrivals, optionally only those `include` accepts. */
export function totalArrivals(arrivals: QueueArrivals[], include: (queue: QueueArrivals) => boolean = () => true): number {
  let total = 0;
  for (const queue of arrivals) if (include(queue)) for (const value of queue.values) total += value;
  return total;
}
