import type { Agent, CalendarEvent, CurrencyRate, DispatchRun, Marketplace, PlannedShift, ShiftTemplate, Site, HourGrid } from '@app/domain';

/**
 * The rota's public contract: plain data in, plain data out, so the CLI, the API (which
 * stores pins and the holiday-duty history in its database) and the web app share it.
 */

/** The parts of a scenario the rota needs. A whole `ScenarioFile` fits. */
export interface RotaScenario {
  reportingCurrency: string;
  marketplaces: Marketplace[];
  sites: Site[];
  shiftTemplates: ShiftTemplate[];
  agents: Agent[];
  events: CalendarEvent[];
  currencyRates: CurrencyRate[];
}

/** The planner's output the rota fills (a whole `StaffPlan` fits). */
export interface RotaPlan {
  grid: HourGrid;
  shifts: PlannedShift[];
}

/** Names one planned shift: site, template, site-local date and start time. */
export interface ShiftRef {
  siteId: string;
  templateId: string;
  /** Site-local date "YYYY-MM-DD". */
  date: string;
  /** Site-local start "HH:mm". */
  localStart: string;
}

/** Force an agent onto one seat of a planned shift. */
export interface ShiftPin {
  agentId: string;
  shift: ShiftRef;
}

/** Keep an agent off a site-local day (no shift starts or ends on it). */
export interface DayOffPin {
  agentId: string;
  date: string;
  off: true;
}

export type RotaPin = ShiftPin | DayOffPin;

/** One agent having worked one holiday day: kept across seasons so holiday duty rotates. */
export interface HolidayDutyRecord {
  agentId: string;
  /** Site-local date worked "YYYY-MM-DD". */
  date: string;
  /** Holiday name as the calendar or the event calls it ("Spring Festival"); years in it are ignored when matching. */
  holiday: string;
  /** 1 = first day of a multi-day holiday (Chinese New Year's Eve is day 1 of "Spring Festival"). */
  dayOfHoliday?: number;
}

export interface RotaOptions {
  /** Minimum rest between the end of one shift and the start of the next, in real elapsed hours. */
  restHours: number;
  /** Paid hours per week may exceed the contract by this much (hard) and fall short by this much (soft). */
  weeklyHoursTolerance: number;
  /** Used when an agent's own `maxConsecutiveDays` is missing or not positive. */
  defaultMaxConsecutiveDays: number;
  /** Improvement passes of the local search (deterministic: a pass budget, never a clock). */
  improvementPasses: number;
  /** Simulated-annealing steps per planned seat after the first descent (0 turns it off). */
  annealStepsPerSeat: number;
  /** Seed of the annealing's random choices: the same seed and input give the same rota. */
  seed: number;
  /** Budget of trial placements when re-arranging the rota to fill a seat (per seat). */
  fillSearchBudget: number;
  /** DTSTAMP of exported calendars (ISO instant); defaults to the plan's grid start so exports are reproducible. */
  generatedAt?: string;
}

export interface RotaInput {
  scenario: RotaScenario;
  plan: RotaPlan;
  pins?: RotaPin[];
  holidayDutyHistory?: HolidayDutyRecord[];
  options?: Partial<RotaOptions>;
}

/** Why an agent cannot take a seat, in the order the rules are checked. */
export type BlockReason =
  | 'wrong-site'
  | 'language'
  | 'template'
  | 'group'
  | 'time-off'
  | 'pinned-off'
  | 'same-shift'
  | 'same-day'
  | 'availability-cap'
  | 'rest'
  | 'consecutive-days'
  | 'days-per-week'
  | 'weekly-hours';

export interface RotaAssignment {
  agentId: string;
  agentName: string;
  siteId: string;
  siteName: string;
  timeZone: string;
  templateId: string;
  /** Site-local start date and time. */
  date: string;
  localStart: string;
  /** Site-local end date and time (end exclusive). */
  endDate: string;
  localEnd: string;
  startUtc: string;
  endUtc: string;
  paidHours: number;
  /** Languages the shift required (empty: none). */
  languages: string[];
  /** The agent group the shift was planned for, when the plan names one. */
  group?: string;
  /** Marketplaces this agent can answer on this shift (by language). */
  marketplaceIds: string[];
  night: boolean;
  weekend: boolean;
  /** Holiday name when the shift starts on a site public holiday or holiday event day. */
  holiday: string | null;
  pinned: boolean;
}

export interface UnfilledShift {
  shift: ShiftRef;
  localEnd: string;
  startUtc: string;
  endUtc: string;
  planned: number;
  missing: number;
  languages: string[];
  /** The agent group the shift was planned for, when the plan names one. */
  group?: string;
  /** How many of the site's agents each rule kept off the shift (first failing rule per agent). */
  blockers: Partial<Record<BlockReason, number>>;
  /** One sentence: which seats are empty and why. */
  message: string;
}

export type SoftRule = 'two-consecutive-days-off' | 'under-contract-hours';

export interface SoftRuleBreach {
  rule: SoftRule;
  agentId: string;
  agentName: string;
  siteId: string;
  /** The week concerned, site-local dates inclusive. */
  weekStart: string;
  weekEnd: string;
  message: string;
}

export type PinProblem = BlockReason | 'unknown-shift' | 'shift-full';

export interface PinIssue {
  pin: RotaPin;
  problem: PinProblem;
  message: string;
}

export interface SpreadStat {
  min: number;
  max: number;
  /** max − min of the raw counts. */
  spread: number;
  total: number;
  /** max − min of (count − the agent's fair share); fair shares follow contract hours and availability. */
  shareAdjustedSpread: number;
}

export interface AgentFairness {
  agentId: string;
  agentName: string;
  siteId: string;
  shifts: number;
  hours: number;
  nights: number;
  weekends: number;
  holidays: number;
  /** Holiday duty in past seasons, weighted by recency (last season 1, the one before 0.5 …). */
  pastHolidayLoad: number;
  fairShare: { nights: number; weekends: number; holidays: number };
}

export interface SiteFairness {
  siteId: string;
  agents: number;
  hours: SpreadStat;
  nights: SpreadStat;
  weekends: SpreadStat;
  holidays: SpreadStat;
  /** Holiday duty of this horizon plus the recency-weighted past load. */
  holidaysWithHistory: SpreadStat;
}

export interface FairnessReport {
  agents: AgentFairness[];
  sites: SiteFairness[];
}

export interface HolidayCrewMember {
  agentId: string;
  agentName: string;
  localStart: string;
  localEnd: string;
  paidHours: number;
}

/** One site day that is a public holiday or falls in an event affecting the site. */
export interface HolidayRotaDay {
  siteId: string;
  siteName: string;
  date: string;
  weekday: string;
  /** Public-holiday names of the day (site calendar). */
  publicHolidays: string[];
  /** Events affecting the site on the day. */
  events: { id: string; name: string; kind: CalendarEvent['kind'] }[];
  statutory: boolean;
  /** Pay multiplier applied on the day's hours (premiums.statutoryHoliday on statutory days, 1 otherwise). */
  multiplier: number;
  availabilityCap: { share: number; agents: number } | null;
  crew: HolidayCrewMember[];
  paidHours: number;
  plannedSeats: number;
  unfilledSeats: number;
  currency: string;
  /** Pay of the crew at the base rate, and the premium on top of it, in the site currency. */
  baseCost: number;
  extraCost: number;
  reportingCurrency: string;
  /** null when no rate converts the site currency. */
  extraCostReporting: number | null;
}

export interface RotaSummary {
  seatsPlanned: number;
  seatsFilled: number;
  seatsUnfilled: number;
  agents: number;
  sites: number;
  softBreaches: number;
  pinIssues: number;
}

export interface RotaResult {
  /** 'complete': every planned seat filled and every pin honoured; otherwise 'partial' with the lists below. */
  status: 'complete' | 'partial';
  summary: RotaSummary;
  options: RotaOptions;
  assignments: RotaAssignment[];
  unfilled: UnfilledShift[];
  softBreaches: SoftRuleBreach[];
  pinIssues: PinIssue[];
  fairness: FairnessReport;
  holidayRotas: HolidayRotaDay[];
  /** Holiday duty worked in this rota (to be stored). */
  newHolidayDuty: HolidayDutyRecord[];
  /** The input history plus `newHolidayDuty` (records of the same agent and date replaced). */
  holidayDutyHistory: HolidayDutyRecord[];
  /** Human-readable lines: the status, unfilled seats, pin issues. */
  messages: string[];
}

/** The dispatch rule of the plan a rota was built from, as its exports show it on each shift. */
export interface RotaDispatch {
  runs: DispatchRun[];
  /** To name the queues (marketplace and class). */
  marketplaces: Marketplace[];
  /** The plan is of a repeated week (cyclic grid). */
  repeats: boolean;
}
