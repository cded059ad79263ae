/** The plans API's shapes (apps/api/src/plans/*.dto.ts), as this app reads them. */

export type PlanSolver = 'highs' | 'jslp';

/** 'running', 'failed', 'cancelled', or the planner's answer. */
export type PlanStatus = 'running' | 'failed' | 'cancelled' | 'optimal' | 'feasible' | 'infeasible' | 'timedout' | (string & {});

export interface PlanGrid {
  start: string;
  end: string;
  hours: number;
  mode: 'dated' | 'cyclic' | (string & {});
}

export interface PlanListItem {
  id: string;
  jobId: string | null;
  status: PlanStatus;
  /** The planner's answer in a sentence. */
  message: string | null;
  error?: string;
  createdAt: string;
  finishedAt: string | null;
  forecastId: string | null;
  scenarioName: string;
  solver: PlanSolver;
  timeLimitSeconds: number;
  mipGap: number | null;
  grid: PlanGrid;
  reportingCurrency: string;
  totalCost: number | null;
  costPerMessage: number | null;
  slaAttainment: number | null;
  lpBound: number | null;
  gap: number | null;
  solveSeconds: number | null;
}

export interface SiteCost {
  siteId: string;
  currency: string;
  /** In the site's currency. */
  local: number;
  /** In the reporting currency. */
  reporting: number;
  agentHours: number;
  paidHours: number;
}

export interface LocalHourService {
  hour: number;
  messages: number;
  averageWaitHours: number;
  p90WaitHours: number;
}

export interface MarketplaceService {
  marketplaceId: string;
  timeZone: string;
  messages: number;
  slaAttainment: number;
  averageWaitHours: number;
  p90WaitHours: number;
  waitTargetHours?: number;
  plannedAverageWaitHours: number;
  carriedOver: number;
  /** What a steady state carries at a typical hour (absent for a plan stored before it was reported). */
  averageBacklog?: number;
  byLocalHour: LocalHourService[];
}

export interface InfeasibilityFinding {
  reason: string;
  marketplaceId?: string;
  siteId?: string;
  spans: Array<{ fromUtc: string; toUtc: string; local: string }>;
  message: string;
}

// payroll is the planner's own shape, read as the API sends it
import type { DispatchRun, MissedTarget, PlanPayroll, StaffingGap } from '@app/optimizer/plan-result.types';
export type { MissedTarget } from '@app/optimizer/plan-result.types';
export type { PayComponents, PayrollPeriod, SitePayroll, PlanPayroll } from '@app/optimizer/plan-result.types';

// staffing gaps too: the planner's shape as the API sends it
export type { StaffingOption, StaffingGap } from '@app/optimizer/plan-result.types';
/** The cheapest hire as a scenario override (the scenarios API's `hire-agents`). */
export type SuggestedHire = StaffingGap['suggestedOverride'];

/** The named rota the plan job built on the planned shifts. */
export interface RotaCheck {
  seatsPlanned: number;
  seatsFilled: number;
  /** Plans solved: 1 when the first plan's rota filled every seat. */
  rounds: number;
  /** Planned shifts capped because the rota could not fill them. */
  cuts: Array<{ siteId: string; templateId: string; startUtc: string; languages: string[]; most: number }>;
  softBreaches: number;
}

export interface PlanSummary extends PlanListItem {
  costBySite: SiteCost[];
  /** Null without a result, or for a plan stored before payroll was reported. */
  payroll: PlanPayroll | null;
  /** Empty when the named team suffices. */
  staffingGap: StaffingGap[];
  /** Null without named agents or without a plan. */
  rotaCheck: RotaCheck | null;
  waitingCost: number | null;
  bound: number | null;
  objective: number | null;
  integerSource: 'lp' | 'rounding' | 'mip' | null;
  /** Solver work the plan was made with; null for a plan stored before efforts. */
  effort: 'quick' | 'standard' | 'thorough' | 'custom' | null;
  /** The safety cap stopped the solver before the effort was spent (the plan depends on the machine). */
  clockLimitReached: boolean | null;
  shiftStarts: number;
  marketplaces: MarketplaceService[];
  /** What a dated plan leaves to the next one, beside what a steady state carries; null for a cyclic week or without a plan. */
  carriedOver: { messages: number; averageBacklog: number } | null;
  /** Solves until the published rule kept the model's promises (or the round limit); null for a plan stored before it was reported. */
  promiseRounds: number | null;
  /** Targets the published rule still misses, with the replayed figure. */
  missedTargets: MissedTarget[];
  /** The dispatch rule every service figure replays; empty without a plan or for one stored before it. */
  dispatch: DispatchRun[];
  infeasibility?: { summary: string; method: 'pre-check' | 'relaxation' | (string & {}); findings: InfeasibilityFinding[] };
  notes: string[];
}

export interface PlannedShift {
  siteId: string;
  templateId: string;
  /** Site-local start date and time. */
  date: string;
  localStart: string;
  startUtc: string;
  endUtc: string;
  count: number;
  languages?: string[];
}

export interface SiteCoverageHour {
  utc: string;
  local: string;
  onDuty: number;
  maxOnDuty: number;
  /** Handling minutes the agents on duty deliver (after shrinkage and occupancy). */
  capacityMinutes: number;
  /** Minutes of work the plan gives them. */
  workloadMinutes: number;
}

export interface QueueCoverageHour {
  utc: string;
  local: string;
  arrivals: number;
  answered: number;
  backlog: number;
  plannedBacklog: number;
  workloadMinutes: number;
}

export interface PlanCoverage {
  planId: string;
  view: 'utc' | 'site' | 'buyer';
  timeZone: string;
  sites: Array<{ siteId: string; name: string; timeZone: string; hours: SiteCoverageHour[] }>;
  queues: Array<{ marketplaceId: string; classId: string; kind: 'deferred' | 'realTime' | (string & {}); deadlineHours: number | null; handleMinutes: number; hours: QueueCoverageHour[] }>;
}

export interface PlanJob {
  jobId: string;
  planId: string;
}
