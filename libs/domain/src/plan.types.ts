/**
 * What the planner hands to the simulator, the rota builder and the scenario comparison:
 * the integer shift mix on a dated UTC hour grid. The optimizer's full result extends this.
 */

export interface HourGrid {
  /** UTC instant of hour 0, ISO 8601. */
  startUtc: string;
  hours: number;
  /** Dated horizon (opening backlog given) or one week repeated. */
  mode: 'dated' | 'cyclic';
}

export interface PlannedShift {
  siteId: string;
  templateId: string;
  /** Site-local date and start time of the shift. */
  date: string;
  localStart: string;
  /** UTC instants of start and end (end exclusive), ISO 8601. */
  startUtc: string;
  endUtc: string;
  /** Number of agents starting this shift. */
  count: number;
  /**
   * Languages (ISO 639-1) every agent on this shift must speak, e.g. ["ja"] for a shift
   * planned to cover Amazon JP. Absent or empty: any agent of the site fits.
   */
  languages?: string[];
  /**
   * The agent group the shift was planned for (`agentGroupKey`): only its members take it, so
   * the plan's per-group limits hold in the rota. Absent: any agent of the site who fits.
   */
  group?: string;
}

export interface StaffPlan {
  scenarioName: string;
  grid: HourGrid;
  shifts: PlannedShift[];
}

/** Expected arrivals of one queue (marketplace × class) on the plan's grid, one value per hour. */
export interface QueueArrivals {
  marketplaceId: string;
  classId: string;
  values: number[];
}

/** A plan together with the volumes it was planned for, so it can be replayed on its own. */
export interface PlannedWorkload extends StaffPlan {
  arrivals: QueueArrivals[];
  /** Messages already waiting at hour 0 per queue (dated horizons). */
  openingBacklog?: QueueArrivals[];
}

/**
 * One site's dispatch rule over a run of consecutive grid hours: its agents work the queues in
 * this order, oldest message first within a queue, a later queue only when every earlier one
 * they can answer is empty; an agent skips queues in languages they do not speak. Minutes left
 * in an hour with nothing to answer are lost, never saved for a later hour. Live chat is not
 * listed (its agents are on line).
 */
export interface DispatchRun {
  siteId: string;
  /** Grid hours [fromHour, toHour): the same span as fromUtc (inclusive) to toUtc (exclusive). */
  fromHour: number;
  toHour: number;
  fromUtc: string;
  toUtc: string;
  /** Queue keys "marketplaceId/classId", first worked first. */
  queues: string[];
}
