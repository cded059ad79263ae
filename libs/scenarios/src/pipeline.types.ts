import type { DispatchRun, HourGrid, PlannedWorkload, QueueArrivals, ScenarioFile } from '@app/domain';
import type { HireAgentsOverride } from './scenario-definition.types';

/**
 * The forecast → plan → simulate steps a comparison runs for every scenario, injected as plain
 * async functions: the CLI and benchmarks wire the real libraries (see default-pipeline.ts), the
 * API can run them in a worker, tests can use small solves. Everything in and out is plain data.
 */

export type ForecastFunction = (scenario: ScenarioFile, window: { startUtcMs: number; hours: number }, signal?: AbortSignal) => Promise<QueueArrivals[]>;

export interface PlanRequest {
  scenario: ScenarioFile;
  arrivals: QueueArrivals[];
  grid: HourGrid;
  solver?: string;
  timeLimitSeconds?: number;
  /**
   * Least share of messages answered within their deadline, below 1 only where the user allows
   * it (the cost–service frontier); absent: every message within its deadline.
   */
  minSlaAttainment?: number;
  /** Planner-side sites planned against headcount, not named agents (vendors as sites). */
  headcountSiteIds?: string[];
  onProgress?: (message: string) => void;
  signal?: AbortSignal;
}

/** Perceived service of one marketplace as planned or simulated. */
export interface MarketplaceService {
  marketplaceId: string;
  /** Messages that need a reply over the horizon. */
  messages: number;
  slaAttainment: number;
  averageWaitHours: number;
  p90WaitHours: number;
}

export type PlanStatus = 'optimal' | 'feasible' | 'infeasible' | 'timedout' | 'aborted' | 'error';

/** Payroll by pay component over the horizon, reporting currency: the five components add up to `total`. */
export interface PayrollComponents {
  /** Salaried: contracted hours worked; hourly: every paid hour at the base rate. */
  base: number;
  /** Night, weekend and statutory-holiday premiums above the base rate. */
  premiums: number;
  overtime: number;
  /** Capacity bought from vendors. */
  vendor: number;
  /** Salaried hours paid but not scheduled. */
  idleContracted: number;
  total: number;
}

/** Work the named team cannot cover, in short (the planner's staffing gaps added up). */
export interface StaffingGapSummary {
  /** Agent-hours missing over the horizon, every gap together. */
  agentHours: number;
  /** Runs of hours in which a site's language pool lacks agents. */
  gaps: number;
  /** The first gap's suggested hire, ready to compare as an override; null without a gap. */
  suggestedOverride: HireAgentsOverride | null;
}

export interface PlanOutcome {
  status: PlanStatus;
  /** Why there is no plan, in words a manager understands. */
  message?: string;
  /** The integer shift mix, the arrivals it was planned for and the dispatch rule it publishes; absent when there is no plan. */
  plan?: RuledWorkload;
  /** In the reporting currency, over the horizon. */
  totalCost: number;
  costBySite: Record<string, number>;
  /** Share of messages needing a reply answered within the deadline, as planned. */
  slaAttainment: number;
  marketplaces: MarketplaceService[];
  /** Payroll by component (absent: no plan, or a planner that does not report it). */
  payroll?: PayrollComponents;
  /** Absent: no plan, or a planner that does not report gaps. */
  staffingGap?: StaffingGapSummary;
  lpBound?: number;
  /** (cost − bound) / cost. */
  gap?: number;
  /** How far the plan may be above the best possible one: objective − proven bound, reporting currency. */
  costUncertainty?: number;
  solver?: string;
  solveSeconds?: number;
}

/** A plan with the dispatch rule its agents follow (the simulation follows it too). */
export type RuledWorkload = PlannedWorkload & { dispatch?: DispatchRun[] };

export interface SimulateRequest {
  scenario: ScenarioFile;
  plan: RuledWorkload;
  replications: number;
  seed: number;
  onProgress?: (message: string) => void;
  signal?: AbortSignal;
}

/** Mean and 90 % band (5th–95th percentile) over replications. */
export interface Band {
  mean: number;
  low: number;
  high: number;
}

export interface SimulatedMarketplace {
  marketplaceId: string;
  messages: number;
  slaAttainment: Band;
  averageWaitHours: Band;
  p90WaitHours: Band;
  /** Mean first-reply time of messages arriving in each buyer-local hour of the week (168 values, Monday 00:00 first). */
  waitByLocalHourOfWeek?: number[];
}

export interface SimulationOutcome {
  slaAttainment: Band;
  marketplaces: SimulatedMarketplace[];
}

export interface ScenarioPipeline {
  forecast: ForecastFunction;
  plan: (request: PlanRequest) => Promise<PlanOutcome>;
  /** Absent: comparisons report planned figures only. */
  simulate?: (request: SimulateRequest) => Promise<SimulationOutcome>;
}

/** Progress of a long run, for a job's progress bar: `fraction` of the whole run, 0..1. */
export interface ScenarioProgress {
  scenarioId?: string;
  stage: 'forecast' | 'plan' | 'simulate' | 'done';
  fraction: number;
  message: string;
}
