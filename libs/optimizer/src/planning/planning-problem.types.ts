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
  /**
   * The reply deadline, in fractional grid hours, of a message arriving at the start of hour k
   * (k = 0 … hours): a message arriving later in the hour is due between deadlineAt[k] and
   * deadlineAt[k + 1]. The model plans to dueHour; the replay judges each answer by these.
   */
  deadlineAt: number[];
  /** Messages waiting at hour 0 (dated grids) and the hour by whose end they must be answered. */
  openingBacklog: number;
  openingDueHour: number;
  /** Indices into PlanningProblem.sites of the sites whose languages cover this marketplace. */
  siteIndices: number[];
  /** The marketplace's languages: an agent answering it speaks every one. */
  languages: string[];
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
  languages: string[];
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
  /** Premium multiplier in force in each grid hour (1 = base pay; the highest of night/weekend/holiday). */
  payMultiplier: number[];
  /** Site-local dates the site's shift options start on (index = ShiftOption.dayIndex). */
  dates: string[];
  /** Per date: most agents of the site who may start a shift (availability cap of the named team); Infinity without a cap. */
  startsCap: number[];
  /** Indices into PlanningProblem.groups; empty when the site has no named agents (planned against headcount). */
  groupIndices: number[];
  /** Indices into PlanningProblem.pools of the site's language pools. */
  poolIndices: number[];
  /** Capacity bought by the hour (a vendor planned as a site): its pay is vendor cost. */
  boughtByTheHour: boolean;
  /** Price of one agent-hour of vendor cover for the site's staffing gaps (Site.vendorHourlyRate), reporting currency. */
  vendorHourlyRate: number;
  /** ISO 3166-1 alpha-2 country of the site's holidays (the subdivision dropped). */
  country: string;
}

/**
 * Agents of one site who are interchangeable for the plan: the same languages, contract,
 * working-day limits, allowed templates and pay basis. The plan starts shifts per group, within
 * what its members can work, so that the named rota can fill every seat.
 */
export interface PlanningGroup {
  key: string;
  siteIndex: number;
  poolIndex: number;
  agentIds: string[];
  languages: string[];
  /** Null: every template of the site. */
  templateIds: string[] | null;
  payBasis: 'salaried' | 'hourly';
  /** Mean base pay per hour, reporting currency. */
  baseRate: number;
  overtimeMultiplier: number;
  /** Per site date (PlanningSite.dates): members not on leave. */
  availableByDay: number[];
  /** Per site date: each member's availability (1 = may work). */
  memberAvailability: Uint8Array[];
  maxConsecutiveDays: number;
  /** Most working days per rota week of each member. */
  maxDaysPerWeek: number;
  weeks: GroupWeek[];
}

export interface GroupWeek {
  /** Contract hours of the members (paid whether worked or not when salaried). */
  contractHours: number;
  /** Most paid hours: contract + overtime cap per member. */
  mostHours: number;
  /** Soft floor: contract − tolerance per member, scaled to the days each is available. */
  leastHours: number;
  /** Most shift starts: per member the smaller of maxDaysPerWeek and the days available. */
  mostStarts: number;
  /** Most overtime hours: overtime cap per member. */
  mostOvertime: number;
}

/** Agents of one site who speak the same languages: the unit the language capacity rows count. */
export interface PlanningPool {
  siteIndex: number;
  languages: string[];
  groupIndices: number[];
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
  /** The agent group that works it (PlanningProblem.groups), −1 at a site planned against headcount. */
  groupIndex: number;
  /** Index of `date` in the site's dates, and the rota week the shift counts in. */
  dayIndex: number;
  week: number;
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
  groups: PlanningGroup[];
  pools: PlanningPool[];
  /** Rest between shifts of one agent, hours (the rota's rule). */
  restHours: number;
  /** Most agents on sets of shift options: cuts from a rota that could not fill a planned shift. */
  seatCaps: Array<{ label: string; shiftIndices: number[]; most: number }>;
  /** Per shift option, the count it is fixed at (a rostered plan); null when the planner chooses. */
  fixedCounts: number[] | null;
  /** Per shift option, the count of the plan to start from (see PlanningRequest.startShifts); null without one. */
  startCounts: number[] | null;
  /** Salaries of the salaried members over the grid, reporting currency: paid whatever the plan. */
  fixedSalaries: number;
  waitCaps: AverageWaitCap[];
  lateShareCaps: LateShareCap[];
  /** Cost per message-hour of waiting, per marketplace (reporting currency). */
  waitingCost: Record<string, number>;
  /** Least share of messages answered within their deadline; 1 = every message. */
  minSlaAttainment: number;
  /** Whether the plan prices split days off (days-off-pattern.constraint.ts). */
  daysOffPatterns: boolean;
  /** Things the planner assumed or adjusted, in sentences. */
  notes: string[];
}
