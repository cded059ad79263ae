import { writeFileSync } from 'node:fs';
import { loadHighsDriver } from '@app/optimizer/drivers/highs.driver';
import { buildPlanningModel } from '@app/optimizer/planning/planning-model.build';
import { buildPlanningProblem } from '@app/optimizer/planning/planning-problem.build';
import { solvePlanningModel } from '@app/optimizer/solve/plan-solve';
import { EFFORT_BUDGETS } from '@app/optimizer/solve/plan-effort';
import type { PlannerInstance } from './planner-instances';

export const YARDSTICK_SECONDS = 600;

export interface Yardstick {
  instance: string;
  /** Best integer plan cost HiGHS found within the limit (reporting currency). */
  objective: number;
  /** Best lower bound proven in that run. */
  bound: number;
  gap: number;
  status: string;
  seconds: number;
  timeLimitSeconds: number;
  solver: string;
  date: string;
  command: string;
}

/**
 * The yardstick of one instance: the best integer plan HiGHS finds in 10 minutes (the same
 * pipeline as the planner — LP bound, rounding for at most 30 % of the time, then the MIP from
 * that start — with a zero target gap), written beside the instance. Run once:
 * `npm run bench -- planner --yardstick`.
 */
export async function computeYardstick(instance: PlannerInstance, file: string): Promise<Yardstick> {
  const driver = await loadHighsDriver();
  const problem = buildPlanningProblem(instance.scenario, { arrivals: instance.arrivals, grid: instance.grid, openingBacklog: instance.openingBacklog });
  const model = buildPlanningModel(problem);
  console.log(`  ${instance.id}: yardstick run, ${model.linear.variables.length} variables, ${model.linear.constraints.length} constraints, ${YARDSTICK_SECONDS} s`);
  const solution = solvePlanningModel(model, driver, {
    timeLimitSeconds: YARDSTICK_SECONDS,
    mipGap: 0,
    // the thorough rounding's plan as the MIP's start, then HiGHS's own search until the limit
    effort: { ...EFFORT_BUDGETS.thorough, mipNodes: Number.MAX_SAFE_INTEGER },
    onProgress: (event) => {
      if (event.kind === 'incumbent') console.log(`    ${event.seconds.toFixed(1)} s  ${event.source} ${event.cost.toFixed(2)}  gap ${(event.gap * 100).toFixed(2)} %`);
    },
  });
  if (solution.objective === null || solution.bound === null) throw new Error(`${instance.id}: no integer plan in ${YARDSTICK_SECONDS} s (${solution.status})`);
  const yardstick: Yardstick = {
    instance: instance.id,
    objective: solution.objective,
    bound: solution.bound,
    gap: solution.gap ?? 0,
    status: solution.status,
    seconds: solution.seconds.total,
    timeLimitSeconds: YARDSTICK_SECONDS,
    solver: 'highs (npm highs 1.15, WebAssembly, single thread)',
    date: new Date().toISOString(),
    command: 'npm run bench -- planner --yardstick',
  };
  writeFileSync(file, JSON.stringify(yardstick, null, 2) + '\n');
  console.log(`  ${instance.id}: yardstick ${yardstick.objective.toFixed(2)} (bound ${yardstick.bound.toFixed(2)}, gap ${(yardstick.gap * 100).toFixed(3)} %) → ${file}`);
  return yardstick;
}
