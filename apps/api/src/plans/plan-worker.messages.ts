import type { HourGrid, QueueArrivals, ScenarioFile } from '@app/domain';
import type { PlanEffort, PlanProgressEvent, SolverName } from '@app/optimizer';
import type { TeamPlanResult } from '@app/scenarios/adapters/team-plan.adapter';

/** What the planning worker is sent for each solve. */
export interface PlanWorkerInput {
  scenario: ScenarioFile;
  arrivals: QueueArrivals[];
  grid: HourGrid;
  /** What the window opens with: the closing backlog of the plan of the week before. */
  openingBacklog?: QueueArrivals[];
  solver: SolverName;
  effort?: PlanEffort;
  timeLimitSeconds: number;
  mipGap?: number;
  /** Least share answered within the deadline (a frontier point below 100 %); absent: every message. */
  minSlaAttainment?: number;
  headcountSiteIds?: string[];
}

/** What it sends back: progress as the solve goes, then one result (with the check of the named rota built inside the job) or one error. */
export type PlanWorkerMessage =
  | { type: 'progress'; event: PlanProgressEvent }
  | { type: 'result'; result: TeamPlanResult }
  | { type: 'error'; message: string };
