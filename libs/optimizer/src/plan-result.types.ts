import type { PlanEffort } from './solve/plan-effort';
import type { DispatchRun, IsoWeekday, PlannedWorkload } from '@app/domain';
import type { SolverName } from './model/linear-model.types';
import type { IntegerSource } from './solve/plan-solve';
import type { InfeasibilityExplanation } from './diagnose/infeasibility.types';

export type { DispatchRun } from '@app/domain';

/**
 * The planner's answer: the integer shift mix (StaffPlan: `shifts`, `grid`) with the volumes it
 * was planned for (PlannedWorkload: `arrivals`, `openingBacklog`), what it costs, how close to
 * the cheapest possible it provably is, and the service it gives. Plain data (JSON-able).
 * All money is in `reportingCurrency` over the whole grid; hourly arrays have one value per grid hour.
 */
export interface PlanResult extends PlannedWorkload {
  status: PlanStatus;
  /** One sentence for people: what was found, or why there is no plan. */
  message: string;
  solver: SolverName;
  reportingCurrency: string;

  /** Payroll over the grid (`payroll.total`): what finance pays for this plan. */
  totalCost: number;
  costBySite: SiteCost[];
  payroll: PlanPayroll;
  /** Work the named team cannot cover, where and how to close it; empty when the team suffices. */
  staffingGap: StaffingGap[];
  /** Waiting cost in the objective (marketplaces with a cost per waiting hour), else 0. */
  waitingCost: number;
  /** totalCost / messages needing a reply. */
  costPerMessage: number;
  /** LP relaxation optimum: no plan can cost less (objective terms). Null without an LP solution. */
  lpBound: number | null;
  /** Best proven lower bound (LP, or the MIP's when higher). */
  bound: number | null;
  /** Objective of the integer plan (totalCost + waitingCost). */
  objective: number | null;
  /** (objective − bound) / objective. */
  gap: number | null;
  /** Where the integer plan came from: whole at the LP optimum, LP-guided rounding, or the MIP. */
  integerSource: IntegerSource | null;
  solveSeconds: number;
  /** The planning effort (solver work, not seconds) the plan was made with: with the same inputs it gives this plan on any machine ('custom': a budget of the caller's own). */
  effort: PlanEffort | 'custom';
  /** The wall-clock safety cap stopped the solver before that effort was spent: this plan depends on the machine's speed and load. */
  clockLimitReached: boolean;
  timings: { build: number; lp: number; rounding: number; mip: number; interpret: number; total: number };

  /** Share of messages needing a reply answered within their deadline, replaying the plan hour by hour (see MarketplaceService). */
  slaAttainment: number;
  /**
   * What a dated plan leaves to the next one when its grid ends, replayed under its dispatch
   * rule, beside what a steady state carries; null for a cyclic week (nothing ends) or without a plan.
   */
  carriedOver: CarriedOver | null;
  marketplaces: MarketplaceService[];
  queues: QueueLoad[];
  sites: SiteLoad[];
  /**
   * The rule the team works by, which every service figure above replays (see DispatchRun);
   * sorted by site, then hour. Empty without a plan.
   */
  dispatch: DispatchRun[];

  /**
   * Solves it took until the published rule, replayed, kept every promise the model made (plan →
   * replay → tighten → re-solve; 1: the first plan's rule kept them all), or the round limit was
   * reached; 0 without a plan.
   */
  promiseRounds: number;
  /** The deadline and average-wait targets the published rule still misses, with the replayed figure (the plan reports them as missed); empty when every one is kept. */
  missedTargets: MissedTarget[];

  /** Present when status is 'infeasible': why, in words a manager understands. */
  infeasibility?: InfeasibilityExplanation;
  /** Assumptions and adjustments the planner made, in sentences. */
  notes: string[];
}

/** A target of a marketplace the plan's dispatch rule does not meet, replayed. */
export interface MissedTarget {
  marketplaceId: string;
  /** 'deadline': the share answered within the deadline (minSlaAttainment, 1 by default); 'average-wait': the average first-reply time target, hours. */
  target: 'deadline' | 'average-wait';
  promised: number;
  replayed: number;
}

/**
 * The end of a dated plan: the messages still waiting, not yet due, after its last hour (the
 * next window's opening backlog; those already overdue count as late in `slaAttainment`), and
 * the plan's average hourly backlog, what a steady state of the same flow carries at a typical
 * hour. The planner keeps each queue's closing backlog within its average (closing-backlog rule).
 */
export interface CarriedOver {
  /** Σ over marketplaces of MarketplaceService.carriedOver. */
  messages: number;
  /** Σ over marketplaces of MarketplaceService.averageBacklog. */
  averageBacklog: number;
}

/** Money in the reporting currency by pay component; the five add up to the total. */
export interface PayComponents {
  /** Salaried: contracted hours worked; hourly: every paid hour at the base rate. */
  base: number;
  /** Night / weekend / statutory-holiday premiums above the base rate, on the hours worked. */
  premiums: number;
  overtime: number;
  /** Capacity bought from vendors. */
  vendor: number;
  /** Salaried hours paid but not scheduled (part of the salaries). */
  idleContracted: number;
}

export interface PayrollPeriod extends PayComponents {
  /** "week 1" (7 × 24 grid hours from the start) or a site-local calendar month "2027-01". */
  period: string;
  total: number;
}

export interface SitePayroll extends PayComponents {
  siteId: string;
  currency: string;
  /** Reporting currency, and the same in the site's currency. */
  total: number;
  totalLocal: number;
  /** Paid hours scheduled and salaried hours contracted over the grid. */
  workedHours: number;
  contractedHours: number;
  byWeek: PayrollPeriod[];
  byMonth: PayrollPeriod[];
}

export interface PlanPayroll {
  reportingCurrency: string;
  /** The grid hours paid for: a one-week plan is one week of payroll. */
  hours: number;
  total: number;
  sites: SitePayroll[];
}

/** A run of hours in which one language pool of a site lacks agents. */
export interface StaffingGap {
  siteId: string;
  siteName: string;
  /** The pool's languages: the new agents must speak them. */
  languages: string[];
  /** First and last hour short (UTC, ISO) and the same on the site's clock. */
  fromUtc: string;
  toUtc: string;
  localFrom: string;
  localTo: string;
  /** Most agents missing at once, and agent-hours missing over the run. */
  peakAgents: number;
  agentHours: number;
  message: string;
  options: StaffingOption[];
  /** The hire as a scenario override, ready to compare (the scenarios library's `hire-agents`). */
  suggestedOverride: SuggestedHire;
  /** The cheapest option that is a ready scenario override (a hire or vendor cover): what closes the gap for least. */
  suggestedFix: SuggestedFix;
}

/** A hire as the scenarios library's `hire-agents` override. */
export interface SuggestedHire {
  kind: 'hire-agents';
  siteId: string;
  count: number;
  likeAgentId: string;
  from: string;
}

/**
 * Vendor cover as the scenarios library's `vendor` override: a vendor speaking the pool's
 * languages in the gap's site-local hours and dates, priced per message so that an agent-hour of
 * the site's work costs the site's vendor rate, with capacity for the gap's peak.
 */
export interface SuggestedVendor {
  kind: 'vendor';
  vendor: {
    id: string;
    name: string;
    timeZone: string;
    country: string;
    serviceHours: Array<{ days: IsoWeekday[]; start: string; end: string }>;
    languages: string[];
    currency: string;
    pricePerMessage: number;
    capacityPerHour: number;
    start: string;
    end: string;
  };
}

export type SuggestedFix = SuggestedHire | SuggestedVendor;

export interface StaffingOption {
  kind: 'hire' | 'overtime' | 'vendor';
  description: string;
  /** Reporting currency over the plan's grid. */
  cost: number;
  /** Agent-hours bought from a vendor (vendor options only). */
  vendorHours?: number;
  /** The option as a scenario override, when it is one (hire, vendor). */
  override?: SuggestedFix;
}

export type PlanStatus = 'optimal' | 'feasible' | 'infeasible' | 'timedout' | 'aborted' | 'error';

export interface SiteCost {
  siteId: string;
  currency: string;
  /** In the site's own currency. */
  local: number;
  /** In the reporting currency. */
  reporting: number;
  /** Agent-hours on duty and paid hours inside the grid. */
  agentHours: number;
  paidHours: number;
}

/**
 * Service to one marketplace's buyers, from replaying the plan hour by hour under its dispatch
 * rule (PlanResult.dispatch). Waits are in whole grid hours: a message answered in hour j after
 * arriving in hour k waited j − k hours. `earliestDeadlineFirst` replays the same shifts without
 * the rule.
 */
export interface MarketplaceService {
  marketplaceId: string;
  timeZone: string;
  /** Messages needing a reply over the grid, the opening backlog included (live chat is reported per queue). */
  messages: number;
  slaAttainment: number;
  averageWaitHours: number;
  p90WaitHours: number;
  /** The average-wait target (before any margin), when the marketplace has one. */
  waitTargetHours?: number;
  /** Average wait under the LP's own split of agent time (Little's law on the planned backlog). */
  plannedAverageWaitHours: number;
  /** Messages still waiting, not yet due, when a dated grid ends (left to the next plan). */
  carriedOver: number;
  /** Messages waiting at the end of an average hour of the grid's last week (replayed): what a steady state carries, the yardstick of `carriedOver` (the closing-backlog rule's). */
  averageBacklog: number;
  /** The same shifts worked strictly earliest-deadline-first across queues (no routing), as a simulator replays them. */
  earliestDeadlineFirst: { slaAttainment: number; averageWaitHours: number; p90WaitHours: number };
  /** By the buyers' local hour of arrival (0–23, their own clock, DST-correct). */
  byLocalHour: LocalHourService[];
}

export interface LocalHourService {
  hour: number;
  messages: number;
  averageWaitHours: number;
  p90WaitHours: number;
}

export interface QueueLoad {
  marketplaceId: string;
  classId: string;
  kind: 'deferred' | 'realTime';
  deadlineHours: number | null;
  handleMinutes: number;
  messages: number;
  arrivals: number[];
  /** Messages answered per hour by the LP's split. */
  answered: number[];
  /** Backlog at the end of each hour, replaying the plan's dispatch rule. */
  backlog: number[];
  /** Backlog at the end of each hour as the LP planned it. */
  plannedBacklog: number[];
  workloadMinutes: number[];
  /** Live chat: agents needed on line per hour (Erlang C) and the planned service level. */
  agentsNeeded?: number[];
  serviceLevel?: number;
}

export interface SiteLoad {
  siteId: string;
  name: string;
  timeZone: string;
  /** Agents on duty per hour (shifts covering the hour). */
  onDuty: number[];
  /** Handling minutes they can deliver (after shrinkage and occupancy). */
  productiveMinutes: number[];
  /** Minutes of work the plan gives them (messages × AHT, live chat). */
  workloadMinutes: number[];
  /** Most agents allowed on duty (headcount × availability cap). */
  maxOnDuty: number[];
  agentHours: number;
  /** workload / productive minutes over the grid. */
  utilisation: number;
}
