import { formatUtc, HOUR_MS, isValidTimeZone, type DispatchRun, type Marketplace, type PlannedWorkload, type QueueArrivals, type Site } from '@app/domain';
import { SimulationErrorCode, type SimulationIssue } from '../simulation-error';
import type { ArrivalInput, SimulationInput, SiteStaffing } from '../simulation.types';

/**
 * Every problem with a simulation's input, each naming its path: unknown sites, marketplaces or
 * classes, negative or malformed staffing, arrivals of the wrong length, messages outside the grid.
 * Empty when the input can be simulated.
 */
export function validateSimulationInput(input: SimulationInput): SimulationIssue[] {
  const issues: SimulationIssue[] = [];
  validateScenarioParts(input.marketplaces, input.sites, issues);
  const gridStart = validateGrid(input.staffing, issues);
  if (gridStart === null) return issues;
  validateStaffing(input.staffing, input.sites, gridStart, issues);
  validateArrivals(input.arrivals, input.marketplaces, input.staffing.grid.hours, gridStart, issues);
  if (input.dispatch !== undefined) validateDispatch(input.dispatch, input.marketplaces, input.sites, input.staffing.grid.hours, issues);
  return issues;
}

/** The plan's dispatch rule: runs of known sites over grid hours, listing queues `marketplaceId/classId` of the scenario. */
function validateDispatch(runs: DispatchRun[], marketplaces: Marketplace[], sites: Site[], hours: number, issues: SimulationIssue[]): void {
  if (!Array.isArray(runs)) {
    issues.push({ code: SimulationErrorCode.InvalidDispatch, path: 'dispatch', message: 'must be the plan\'s list of dispatch runs' });
    return;
  }
  const siteIds = new Set(sites.map((site) => site.id));
  const queueKeys = new Set(marketplaces.flatMap((marketplace) => marketplace.classes.map((cls) => `${marketplace.id}/${cls.id}`)));
  runs.forEach((run, index) => {
    const at = `dispatch[${index}]`;
    if (!siteIds.has(run?.siteId)) {
      issues.push({ code: SimulationErrorCode.UnknownSite, path: `${at}.siteId`, message: `unknown site "${run?.siteId}" (the scenario has ${listIds(siteIds)})` });
    }
    if (!Number.isInteger(run?.fromHour) || !Number.isInteger(run?.toHour) || run.fromHour < 0 || run.toHour > hours || run.toHour <= run.fromHour) {
      issues.push({ code: SimulationErrorCode.InvalidDispatch, path: `${at}.fromHour`, message: `hours [${run?.fromHour}, ${run?.toHour}) are not a span of the ${hours}-hour grid` });
    }
    if (!Array.isArray(run?.queues)) {
      issues.push({ code: SimulationErrorCode.InvalidDispatch, path: `${at}.queues`, message: 'must list queue keys "marketplaceId/classId"' });
      return;
    }
    run.queues.forEach((key, position) => {
      if (!queueKeys.has(key)) issues.push({ code: SimulationErrorCode.UnknownClass, path: `${at}.queues[${position}]`, message: `unknown queue "${key}" (keys are "marketplaceId/classId" of the scenario)` });
    });
  });
}

/**
 * A plan file checked against the scenario before it is replayed: shifts at known sites with a
 * non-negative count and valid instants, arrivals for known marketplaces and classes.
 */
export function validatePlannedWorkload(plan: PlannedWorkload, marketplaces: Marketplace[], sites: Site[]): SimulationIssue[] {
  const issues: SimulationIssue[] = [];
  if (!plan || typeof plan !== 'object') return [{ code: SimulationErrorCode.InvalidShift, path: 'plan', message: 'not an object' }];
  if (!plan.grid || typeof plan.grid !== 'object') {
    return [{ code: SimulationErrorCode.InvalidGrid, path: 'plan.grid', message: 'missing: a plan needs its hour grid {startUtc, hours, mode}' }];
  }
  const gridStart = Date.parse(plan.grid.startUtc);
  if (!Number.isFinite(gridStart)) issues.push({ code: SimulationErrorCode.InvalidGrid, path: 'plan.grid.startUtc', message: `"${plan.grid.startUtc}" is not an ISO 8601 instant` });
  if (!Number.isInteger(plan.grid.hours) || plan.grid.hours <= 0) {
    issues.push({ code: SimulationErrorCode.InvalidGrid, path: 'plan.grid.hours', message: `must be a positive whole number, not ${plan.grid.hours}` });
  }
  if (plan.grid.mode !== 'dated' && plan.grid.mode !== 'cyclic') {
    issues.push({ code: SimulationErrorCode.InvalidGrid, path: 'plan.grid.mode', message: `must be "dated" or "cyclic", not ${JSON.stringify(plan.grid.mode)}` });
  }
  const siteIds = new Set(sites.map((site) => site.id));
  if (!Array.isArray(plan.shifts)) {
    issues.push({ code: SimulationErrorCode.InvalidShift, path: 'plan.shifts', message: 'missing: a plan needs its list of shifts' });
  } else {
    plan.shifts.forEach((shift, index) => {
      const at = `plan.shifts[${index}]`;
      if (!siteIds.has(shift.siteId)) {
        issues.push({ code: SimulationErrorCode.UnknownSite, path: `${at}.siteId`, message: `unknown site "${shift.siteId}" (the scenario has ${listIds(siteIds)})` });
      }
      if (typeof shift.count !== 'number' || !Number.isFinite(shift.count)) {
        issues.push({ code: SimulationErrorCode.InvalidStaffing, path: `${at}.count`, message: `${JSON.stringify(shift.count)} is not a number of agents` });
      } else if (shift.count < 0) {
        issues.push({ code: SimulationErrorCode.NegativeStaffing, path: `${at}.count`, message: `negative staffing (${shift.count} agents)` });
      }
      const from = Date.parse(shift.startUtc);
      const to = Date.parse(shift.endUtc);
      if (!Number.isFinite(from)) issues.push({ code: SimulationErrorCode.InvalidShift, path: `${at}.startUtc`, message: `"${shift.startUtc}" is not an instant` });
      if (!Number.isFinite(to)) issues.push({ code: SimulationErrorCode.InvalidShift, path: `${at}.endUtc`, message: `"${shift.endUtc}" is not an instant` });
      if (Number.isFinite(from) && Number.isFinite(to) && to <= from) issues.push({ code: SimulationErrorCode.InvalidShift, path: `${at}.endUtc`, message: 'ends before it starts' });
    });
  }
  if (!Array.isArray(plan.arrivals)) {
    issues.push({ code: SimulationErrorCode.InvalidArrivals, path: 'plan.arrivals', message: 'missing: a plan needs the arrivals it was planned for' });
  } else if (Number.isInteger(plan.grid.hours) && plan.grid.hours > 0) {
    validateQueueArrivals(plan.arrivals, marketplaces, plan.grid.hours, 'plan.arrivals', issues);
    if (plan.openingBacklog) validateQueueArrivals(plan.openingBacklog, marketplaces, null, 'plan.openingBacklog', issues);
  }
  return issues;
}

function listIds(ids: Iterable<string>): string {
  const all = [...ids];
  return all.length ? all.map((id) => `"${id}"`).join(', ') : 'none';
}

function validateScenarioParts(marketplaces: Marketplace[], sites: Site[], issues: SimulationIssue[]): void {
  if (!Array.isArray(marketplaces) || marketplaces.length === 0) {
    issues.push({ code: SimulationErrorCode.InvalidScenario, path: 'marketplaces', message: 'the scenario has no marketplaces' });
    return;
  }
  if (!Array.isArray(sites)) {
    issues.push({ code: SimulationErrorCode.InvalidScenario, path: 'sites', message: 'missing' });
    return;
  }
  marketplaces.forEach((marketplace, index) => {
    const at = `marketplaces[${index}]`;
    if (!isValidTimeZone(marketplace.timeZone)) issues.push({ code: SimulationErrorCode.InvalidScenario, path: `${at}.timeZone`, message: `unknown IANA time zone "${marketplace.timeZone}"` });
    if (!Array.isArray(marketplace.classes)) {
      issues.push({ code: SimulationErrorCode.InvalidScenario, path: `${at}.classes`, message: 'missing' });
      return;
    }
    marketplace.classes.forEach((cls, classIndex) => {
      const classAt = `${at}.classes[${classIndex}]`;
      if (cls.replyDeadlineHours === null) return;
      if (!(cls.replyDeadlineHours >= 0)) issues.push({ code: SimulationErrorCode.InvalidScenario, path: `${classAt}.replyDeadlineHours`, message: `must be 0 or more, not ${cls.replyDeadlineHours}` });
      if (!(cls.handleMinutes > 0)) issues.push({ code: SimulationErrorCode.InvalidScenario, path: `${classAt}.handleMinutes`, message: `must be above 0, not ${cls.handleMinutes}` });
    });
  });
  sites.forEach((site, index) => {
    const at = `sites[${index}]`;
    if (!(site.shrinkage >= 0 && site.shrinkage < 1)) issues.push({ code: SimulationErrorCode.InvalidScenario, path: `${at}.shrinkage`, message: `must be in [0, 1), not ${site.shrinkage}` });
    if (site.occupancy !== undefined && !(site.occupancy > 0 && site.occupancy <= 1)) {
      issues.push({ code: SimulationErrorCode.InvalidScenario, path: `${at}.occupancy`, message: `must be in (0, 1], not ${site.occupancy}` });
    }
  });
}

function validateGrid(staffing: SiteStaffing, issues: SimulationIssue[]): number | null {
  const grid = staffing?.grid;
  if (!grid) {
    issues.push({ code: SimulationErrorCode.InvalidGrid, path: 'staffing.grid', message: 'missing' });
    return null;
  }
  const start = Date.parse(grid.startUtc);
  let ok = true;
  if (!Number.isFinite(start) || start % HOUR_MS !== 0) {
    issues.push({ code: SimulationErrorCode.InvalidGrid, path: 'staffing.grid.startUtc', message: `"${grid.startUtc}" is not an ISO 8601 instant on the hour` });
    ok = false;
  }
  if (!Number.isInteger(grid.hours) || grid.hours <= 0) {
    issues.push({ code: SimulationErrorCode.InvalidGrid, path: 'staffing.grid.hours', message: `must be a positive whole number, not ${grid.hours}` });
    ok = false;
  }
  if (grid.mode !== 'dated' && grid.mode !== 'cyclic') {
    issues.push({ code: SimulationErrorCode.InvalidGrid, path: 'staffing.grid.mode', message: `must be "dated" or "cyclic", not ${JSON.stringify(grid.mode)}` });
    ok = false;
  }
  return ok ? start : null;
}

function validateStaffing(staffing: SiteStaffing, sites: Site[], gridStart: number, issues: SimulationIssue[]): void {
  const siteIds = new Set(sites.map((site) => site.id));
  if (!Array.isArray(staffing.pools)) {
    issues.push({ code: SimulationErrorCode.InvalidStaffing, path: 'staffing.pools', message: 'missing' });
    return;
  }
  staffing.pools.forEach((pool, index) => {
    const at = `staffing.pools[${index}]`;
    if (!siteIds.has(pool.siteId)) {
      issues.push({ code: SimulationErrorCode.UnknownSite, path: `${at}.siteId`, message: `unknown site "${pool.siteId}" (the scenario has ${listIds(siteIds)})` });
    }
    if (!Array.isArray(pool.agentsOnDuty) || pool.agentsOnDuty.length !== staffing.grid.hours) {
      issues.push({
        code: SimulationErrorCode.InvalidStaffing,
        path: `${at}.agentsOnDuty`,
        message: `needs one value per grid hour (${staffing.grid.hours}), has ${Array.isArray(pool.agentsOnDuty) ? pool.agentsOnDuty.length : 'none'}`,
      });
      return;
    }
    pool.agentsOnDuty.forEach((agents, hour) => {
      if (typeof agents !== 'number' || !Number.isFinite(agents)) {
        issues.push({ code: SimulationErrorCode.InvalidStaffing, path: `${at}.agentsOnDuty[${hour}]`, message: `${JSON.stringify(agents)} is not a number of agents` });
      } else if (agents < 0) {
        issues.push({
          code: SimulationErrorCode.NegativeStaffing,
          path: `${at}.agentsOnDuty[${hour}]`,
          message: `negative staffing (${agents} agents) at site "${pool.siteId}" in the hour from ${formatUtc(gridStart + hour * HOUR_MS)}`,
        });
      }
    });
  });
}

function validateQueueArrivals(queues: QueueArrivals[], marketplaces: Marketplace[], hours: number | null, path: string, issues: SimulationIssue[]): void {
  const byId = new Map(marketplaces.map((marketplace) => [marketplace.id, marketplace]));
  const seen = new Set<string>();
  queues.forEach((queue, index) => {
    const at = `${path}[${index}]`;
    const marketplace = byId.get(queue.marketplaceId);
    if (!marketplace) {
      issues.push({ code: SimulationErrorCode.UnknownMarketplace, path: `${at}.marketplaceId`, message: `unknown marketplace "${queue.marketplaceId}" (the scenario has ${listIds(byId.keys())})` });
      return;
    }
    if (!marketplace.classes.some((cls) => cls.id === queue.classId)) {
      issues.push({
        code: SimulationErrorCode.UnknownClass,
        path: `${at}.classId`,
        message: `marketplace "${marketplace.id}" has no class "${queue.classId}" (it has ${listIds(marketplace.classes.map((cls) => cls.id))})`,
      });
      return;
    }
    const key = `${queue.marketplaceId}|${queue.classId}`;
    if (seen.has(key)) issues.push({ code: SimulationErrorCode.InvalidArrivals, path: at, message: `second entry for ${queue.marketplaceId} / ${queue.classId}` });
    seen.add(key);
    if (!Array.isArray(queue.values)) {
      issues.push({ code: SimulationErrorCode.InvalidArrivals, path: `${at}.values`, message: 'missing' });
      return;
    }
    if (hours !== null && queue.values.length !== hours) {
      issues.push({ code: SimulationErrorCode.InvalidArrivals, path: `${at}.values`, message: `needs one value per grid hour (${hours}), has ${queue.values.length}` });
      return;
    }
    const bad = queue.values.findIndex((value) => typeof value !== 'number' || !Number.isFinite(value) || value < 0);
    if (bad >= 0) issues.push({ code: SimulationErrorCode.InvalidArrivals, path: `${at}.values[${bad}]`, message: `${JSON.stringify(queue.values[bad])} is not a non-negative volume` });
  });
}

function validateArrivals(arrivals: ArrivalInput, marketplaces: Marketplace[], hours: number, gridStart: number, issues: SimulationIssue[]): void {
  if (!arrivals || (arrivals.kind !== 'expected' && arrivals.kind !== 'replay')) {
    issues.push({ code: SimulationErrorCode.InvalidArrivals, path: 'arrivals.kind', message: 'must be "expected" or "replay"' });
    return;
  }
  if (arrivals.kind === 'expected') {
    if (!Array.isArray(arrivals.queues)) {
      issues.push({ code: SimulationErrorCode.InvalidArrivals, path: 'arrivals.queues', message: 'missing' });
      return;
    }
    validateQueueArrivals(arrivals.queues, marketplaces, hours, 'arrivals.queues', issues);
    if (arrivals.openingBacklog) validateQueueArrivals(arrivals.openingBacklog, marketplaces, null, 'arrivals.openingBacklog', issues);
    return;
  }
  const classes = new Map(marketplaces.map((marketplace) => [marketplace.id, new Set(marketplace.classes.map((cls) => cls.id))]));
  const end = gridStart + hours * HOUR_MS;
  for (let index = 0; index < arrivals.messages.length && issues.length < 50; index++) {
    const message = arrivals.messages[index];
    const at = `arrivals.messages[${index}]`;
    const known = classes.get(message.marketplaceId);
    if (!known) issues.push({ code: SimulationErrorCode.UnknownMarketplace, path: `${at}.marketplaceId`, message: `unknown marketplace "${message.marketplaceId}"` });
    else if (!known.has(message.classId)) issues.push({ code: SimulationErrorCode.UnknownClass, path: `${at}.classId`, message: `marketplace "${message.marketplaceId}" has no class "${message.classId}"` });
    if (!Number.isFinite(message.receivedUtcMs)) {
      issues.push({ code: SimulationErrorCode.InvalidArrivals, path: `${at}.receivedUtcMs`, message: `${JSON.stringify(message.receivedUtcMs)} is not an instant` });
    } else if (message.receivedUtcMs < gridStart || message.receivedUtcMs >= end) {
      issues.push({
        code: SimulationErrorCode.OutsideGrid,
        path: `${at}.receivedUtcMs`,
        message: `${formatUtc(message.receivedUtcMs)} is outside the grid ${formatUtc(gridStart)} – ${formatUtc(end)}`,
      });
    }
  }
}
