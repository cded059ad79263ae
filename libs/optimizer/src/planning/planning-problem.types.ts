/**
 * The planning problem on the UTC hour grid, derived once from a scenario and its arrivals:
 * everything the model needs as plain numbers per hour (deadlines as due hours, pay with
 * premiums, shift coverage, caps), so the constraint families stay simple arithmetic.
 */

export interface GridSpec {
  startUtcMs: number;
  hours: number;
  /** 'cyclic': hour H−1 is followed by hour 0 again (one week repeated). */
  mode: 'dated' | 'cyclic';
}

export interface DeferredQueue {
  kind: 'deferred';
  /** "marketplaceId/classId" */
  key: string;
  marketplaceId: string;
  classId: string;
  handleMinutes: number;
  deadlineHours: number;
  arrivals: number[];
  /**
   * For messages arriving in hour k: the last hour by whose end they must be answered
   * (absolute index, may lie beyond the grid; in cyclic grids it wraps).
   */
  dueHour: number[];
  /** Messages waiting at hour 0 (dated grids) and the hour by whose end they must be answered. */
  openingBacklog: number;
  openingDueHour: number;
  /** Indices into PlanningProblem.sites of the sites whose languages cover this marketplace. */
  siteIndices: number[];
}

export interface RealTimeQueue {
  kind: 'realTime';
  key: string;
  marketplaceId: string;
  classId: string;
  handleMinutes: number;
  arrivals: number[];
  /** Agents on line needed per hour (Erlang C). */
  agentsNeeded: number[];
  serviceLevel: number;
  answerWithinSeconds: number;
  siteIndices: number[];
}

export type PlanningQueue = DeferredQueue | RealTimeQueue;

export interface PlanningSite {
  id: string;
  name: string;
  timeZone: string;
  currency: string;
  /** Value of one unit of the site's currency in the reporting currency. */
  toReporting: number;
  languages: string[];
  /** Handling minutes one agent on duty delivers per hour: 60 · occupancy · (1 − shrinkage). */
  productiveMinutesPerHour: number;
  occupancy: number;
  shrinkage: number;
  /** Pay of one agent-hour in each grid hour, reporting currency, premiums included. */
  hourlyRate: number[];
  /** Most agents on duty in each grid hour: headcount × availability cap. */
  maxOnDuty: number[];
  /** Availability cap in force in each hour (1 = none), and the event that sets it. */
  availabilityCap: number[];
  availabilityEvent: (string | null)[];
  maxHeadcount: number;
  minHeadcount: number;
  /** Contract hours of one agent per week (mean of the site's agents; 40 without agents). */
  weeklyHoursPerAgent: number;
  /** Whether any shift can put someone on duty in the hour. */
  coverable: boolean[];
}

export interface ShiftOption {
  index: number;
  siteIndex: number;
  templateId: string;
  /** Site-local start date and time. */
  date: string;
  localStart: string;
  startUtcMs: number;
  endUtcMs: number;
  paidHours: number;
  lengthHours: number;
  /** Grid hours the shift covers with the share of each hour on duty (wrapped in cyclic grids). */
  coverHours: number[];
  coverShares: number[];
  /** Cost of one agent on this shift, reporting currency (hours outside a dated grid are not charged). */
  cost: number;
}

/** A cap on the average first-reply time of a marketplace over a block of hours. */
export interface AverageWaitCap {
  marketplaceId: string;
  queueIndices: number[];
  fromHour: number;
  toHour: number;
  maxAverageHours: number;
}

/** A cap on the share of a marketplace's messages answered later than `afterHours`. */
export interface LateShareCap {
  marketplaceId: string;
  queueIndices: number[];
  fromHour: number;
  toHour: number;
  afterHours: number;
  maxShare: number;
}

export interface PlanningProblem {
  scenarioName: string;
  reportingCurrency: string;
  grid: GridSpec;
  queues: PlanningQueue[];
  sites: PlanningSite[];
  shifts: ShiftOption[];
  waitCaps: AverageWaitCap[];
  lateShareCaps: LateShareCap[];
  /** Cost per message-hour of waiting, per marketplace (reporting currency). */
  waitingCost: Record<string, number>;
  /** Least share of messages answered within their deadline; 1 = every message. */
  minSlaAttainment: number;
  /** Things the planner assumed or adjusted, in sentences. */
  notes: string[];
}
