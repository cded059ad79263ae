import { agentGroupLanguages, HOUR_MS, type HourGrid, type PlannedShift, type StaffPlan } from '@app/domain';
import { SimulationError, SimulationErrorCode, type SimulationIssue } from '../simulation-error';
import type { SiteStaffing, StaffingPool } from '../simulation.types';

/** Agents present from `startUtc` to `endUtc` (end exclusive): a planned shift or one rota assignment. */
export interface OnDutyInterval {
  siteId: string;
  startUtc: string | number;
  endUtc: string | number;
  /** Agents on this interval (default 1: one named agent). */
  count?: number;
  /** Languages the agents were planned for; absent or empty: the site's languages. */
  languages?: string[];
}

/** Grid start as UTC ms, or a readable error. */
export function gridStartMs(grid: HourGrid, path = 'grid.startUtc'): number {
  const ms = Date.parse(grid?.startUtc);
  if (!Number.isFinite(ms)) throw SimulationError.single(SimulationErrorCode.InvalidGrid, path, `"${grid?.startUtc}" is not an ISO 8601 instant`);
  if (!Number.isInteger(grid.hours) || grid.hours <= 0) {
    throw SimulationError.single(SimulationErrorCode.InvalidGrid, 'grid.hours', `must be a positive whole number of hours, not ${grid.hours}`);
  }
  if (ms % HOUR_MS !== 0) throw SimulationError.single(SimulationErrorCode.InvalidGrid, path, `"${grid.startUtc}" is not on the hour`);
  return ms;
}

function poolKey(siteId: string, languages: string[] | undefined): string {
  return languages && languages.length ? `${siteId}|${[...languages].sort().join(',')}` : siteId;
}

function instantMs(value: string | number): number {
  return typeof value === 'number' ? value : Date.parse(value);
}

/**
 * Agents on duty per pool (site, or site × planned languages) and grid hour. An interval covering
 * part of an hour counts as that fraction of an agent. On a cyclic grid (one week repeated) the
 * part of a shift past the end of the week wraps to its start, and a shift that starts before the
 * grid is placed by its position in the week; on a dated grid the parts outside are dropped.
 */
export function staffingFromIntervals(grid: HourGrid, intervals: readonly OnDutyInterval[], path = 'intervals'): SiteStaffing {
  const start = gridStartMs(grid);
  const hours = grid.hours;
  const pools = new Map<string, StaffingPool>();
  const issues: SimulationIssue[] = [];
  intervals.forEach((interval, index) => {
    const at = `${path}[${index}]`;
    const from = instantMs(interval.startUtc);
    const to = instantMs(interval.endUtc);
    const count = interval.count ?? 1;
    if (!Number.isFinite(from)) issues.push({ code: SimulationErrorCode.InvalidShift, path: `${at}.startUtc`, message: `"${interval.startUtc}" is not an instant` });
    if (!Number.isFinite(to)) issues.push({ code: SimulationErrorCode.InvalidShift, path: `${at}.endUtc`, message: `"${interval.endUtc}" is not an instant` });
    if (!Number.isFinite(count)) issues.push({ code: SimulationErrorCode.InvalidStaffing, path: `${at}.count`, message: `${count} is not a number` });
    else if (count < 0) issues.push({ code: SimulationErrorCode.NegativeStaffing, path: `${at}.count`, message: `negative staffing (${count} agents)` });
    if (Number.isFinite(from) && Number.isFinite(to) && to < from) {
      issues.push({ code: SimulationErrorCode.InvalidShift, path: `${at}.endUtc`, message: 'ends before it starts' });
    }
    if (typeof interval.siteId !== 'string' || !interval.siteId) issues.push({ code: SimulationErrorCode.UnknownSite, path: `${at}.siteId`, message: 'missing site id' });
  });
  if (issues.length) throw new SimulationError(issues);

  for (const interval of intervals) {
    const count = interval.count ?? 1;
    if (count === 0) continue;
    const key = poolKey(interval.siteId, interval.languages);
    let pool = pools.get(key);
    if (!pool) {
      pool = { siteId: interval.siteId, agentsOnDuty: new Array<number>(hours).fill(0) };
      if (interval.languages && interval.languages.length) pool.languages = [...interval.languages].sort();
      pools.set(key, pool);
    }
    let from = (instantMs(interval.startUtc) - start) / HOUR_MS;
    let to = (instantMs(interval.endUtc) - start) / HOUR_MS;
    if (grid.mode === 'cyclic') {
      const shift = Math.floor(from / hours) * hours;
      from -= shift;
      to -= shift;
      // A shift longer than the cycle would overlap itself; cap at one full cycle.
      to = Math.min(to, from + hours);
      addCover(pool.agentsOnDuty, from, Math.min(to, hours), count);
      if (to > hours) addCover(pool.agentsOnDuty, 0, to - hours, count);
    } else {
      addCover(pool.agentsOnDuty, Math.max(from, 0), Math.min(to, hours), count);
    }
  }
  return { grid: { ...grid }, pools: [...pools.values()] };
}

/** Adds `count` agents over [from, to) hours of the grid, pro rata for partial hours. */
function addCover(onDuty: number[], from: number, to: number, count: number): void {
  if (to <= from) return;
  for (let hour = Math.floor(from); hour < to && hour < onDuty.length; hour++) {
    const overlap = Math.min(to, hour + 1) - Math.max(from, hour);
    if (overlap > 0) onDuty[hour] += count * overlap;
  }
}

/** Agents on duty per site (and planned languages) and hour of a plan's grid: shifts × count. */
export function staffingFromShifts(plan: StaffPlan): SiteStaffing {
  return staffingFromIntervals(plan.grid, plan.shifts.map(shiftSpeakers), 'plan.shifts');
}

/**
 * A planned shift's agents answer the languages it was planned for; a shift for an agent group
 * (a named team's plan) is worked by that group's members, who answer only the languages they
 * speak; otherwise any of the site's.
 */
function shiftSpeakers(shift: PlannedShift): OnDutyInterval {
  if (shift.languages?.length || !shift.group) return shift;
  const languages = agentGroupLanguages(shift.group);
  return languages.length ? { ...shift, languages } : shift;
}

/** Staffing given directly per site and hour (one pool per site, the site's languages). */
export function staffingFromSiteHours(grid: HourGrid, agentsBySite: Record<string, number[]>): SiteStaffing {
  return { grid: { ...grid }, pools: Object.entries(agentsBySite).map(([siteId, agentsOnDuty]) => ({ siteId, agentsOnDuty: [...agentsOnDuty] })) };
}
