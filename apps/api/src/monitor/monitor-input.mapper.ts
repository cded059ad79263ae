import type { ActualMessage, MonitorMarketplace, MonitorPlan, MonitorShift, MonitorSimulation } from '@app/actuals';
import type { Marketplace } from '@app/domain';
import type { PlanResult } from '@app/optimizer';
import type { SimulationResult } from '@app/simulation';
import type { StoredRotaResult } from '../rotas/rota.entity';

/** The stored setup and results as libs/actuals' report reads them. */

export function monitorMarketplace(marketplace: Marketplace): MonitorMarketplace {
  return {
    id: marketplace.id,
    name: marketplace.name,
    timeZone: marketplace.timeZone,
    replyClock: marketplace.replyClock,
    country: marketplace.country,
    classes: marketplace.classes.map((priorityClass) => ({ id: priorityClass.id, name: priorityClass.name, replyDeadlineHours: priorityClass.replyDeadlineHours })),
  };
}

/** A stored plan's grid, its queues' forecast arrivals and replayed backlog, and its headline promise per marketplace. */
export function monitorPlan(planId: string, result: PlanResult): MonitorPlan {
  return {
    planId,
    gridStartUtcMs: Date.parse(result.grid.startUtc),
    gridHours: result.grid.hours,
    queues: result.queues.map((queue) => ({ marketplaceId: queue.marketplaceId, classId: queue.classId, arrivals: queue.arrivals, backlog: queue.backlog })),
    marketplaces: result.marketplaces.map((marketplace) => ({
      marketplaceId: marketplace.marketplaceId,
      slaAttainment: marketplace.slaAttainment,
      averageWaitHours: marketplace.averageWaitHours,
      p90WaitHours: marketplace.p90WaitHours,
    })),
  };
}

/** A stored simulation's promise per marketplace: the mean over its replications. */
export function monitorSimulation(simulationId: string, result: SimulationResult): MonitorSimulation {
  return {
    simulationId,
    marketplaces: result.marketplaces.map((marketplace) => ({
      marketplaceId: marketplace.marketplaceId,
      slaAttainment: marketplace.slaAttainment.mean,
      averageWaitHours: marketplace.averageWaitHours.mean,
      p90WaitHours: marketplace.p90WaitHours.mean,
    })),
  };
}

/**
 * The rota's shifts. Agents in the setup carry no e-mail, so an export naming agents by e-mail
 * matches none of them (the report lists those under their export name).
 */
export function monitorShifts(rota: StoredRotaResult): MonitorShift[] {
  return rota.assignments.map((assignment) => ({
    agentId: assignment.agentId,
    agentName: assignment.agentName,
    email: null,
    siteId: assignment.siteId,
    startUtcMs: Date.parse(assignment.startUtc),
    endUtcMs: Date.parse(assignment.endUtc),
  }));
}

/** Stored actuals against today's setup: a class the marketplace no longer has counts as unclassified. */
export function monitorActuals(actuals: ActualMessage[], marketplaces: MonitorMarketplace[]): ActualMessage[] {
  const classes = new Map(marketplaces.map((marketplace) => [marketplace.id, new Set(marketplace.classes.map((priorityClass) => priorityClass.id))]));
  return actuals.map((message) => (message.classId === null || classes.get(message.marketplaceId)?.has(message.classId) ? message : { ...message, classId: null }));
}
