import type { Override, ScenarioComparison, CostServiceFrontier } from '@app/scenarios';

/** The scenarios API's shapes (apps/api/src/scenarios/*.dto.ts); the contract types come from the scenarios library. */
export type {
  Override,
  OverrideKind,
  HireAgentsOverride,
  ScenarioComparison,
  ScenarioColumn,
  MarketplaceColumn,
  PayrollComponents,
  StaffingGapSummary,
  CostServiceFrontier,
  FrontierPoint,
  Band,
  LocalWeeklyWindow,
  Vendor,
} from '@app/scenarios';

export interface ScenarioDefinitionBody {
  id: string;
  name: string;
  description?: string;
  live?: boolean;
  overrides: Override[];
}

export interface StoredScenarioDefinition extends ScenarioDefinitionBody {
  live: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ComparisonSummary {
  id: string;
  scenarioIds: string[];
  weeks: number | null;
  replications: number | null;
  timeLimitSeconds: number | null;
  createdAt: string;
  ranAt: string;
  runs: number;
}

export interface StoredComparison extends ComparisonSummary {
  comparison: ScenarioComparison;
}

export interface ComparisonRequest {
  scenarioIds: string[];
  weeks?: number;
  replications?: number;
  timeLimitSeconds?: number;
}

export interface FrontierRequest {
  scenarioId?: string;
  /** Average-wait targets, hours. */
  waitTargets?: number[];
  weeks?: number;
  timeLimitSeconds?: number;
}

/** The frontier is the job's result (not stored). */
export type FrontierResult = CostServiceFrontier;
