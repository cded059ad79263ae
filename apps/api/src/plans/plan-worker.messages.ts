import type { HourGrid, QueueArrivals, ScenarioFile } from '@app/domain';
import type { PlanProgressEvent, PlanResult, SolverName } from '@app/optimizer';

/** What the planning worker is started with (its workerData). */
export interface PlanWorkerInput {
  scenario: ScenarioFile;
  arrivals: QueueArrivals[];
  grid: HourGrid;
  solver: SolverName;
  timeLimitSeconds: number;
  mipGap?: number;
  headcountSiteIds?: string[];
}

/** What it sends back: progress as the solve goes, then one result or one error. */
export type PlanWorkerMessage =
  | { type: 'progress'; event: PlanProgressEvent }
  | { type: 'result'; result: PlanResult }
  | { type: 'error'; message: string };
