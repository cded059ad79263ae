import type { PlannedWorkload, ScenarioFile } from '@app/domain';
import type { RotaDispatch } from '@app/roster';

/** A stored plan as the rota reads it: the shift mix, and the setup it was solved for when known. */
export interface RotaPlanSnapshot {
  plan: PlannedWorkload;
  /** The sites, shift templates and marketplaces the plan was solved for (history left out). */
  setup: ScenarioFile | null;
}

/**
 * Where a rota's plan comes from: the stored plans, by id. A small port so the rota module
 * does not depend on how plans are stored.
 */
export abstract class RotaPlanSource {
  /** The plan; throws 404 for an unknown id and 409 for a plan without a result (still solving, infeasible). */
  abstract find(planId: string): Promise<RotaPlanSnapshot>;

  /** The dispatch rule the plan publishes, to show on each shift; null when the plan is gone or has none. */
  abstract dispatchOf(planId: string): Promise<RotaDispatch | null>;
}
