import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_EFFORTS, type PlanEffort } from '@app/optimizer';
import type { PlannerInstance } from './planner-instances';
import { computeYardstick } from './planner-yardstick';
import type { Yardstick } from './planner-yardstick';

/**
 * `npm run bench -- planner [--yardstick] [--only=w1,w4] [--efforts=quick,standard] [--no-jslp]`
 *
 * For the reference instances W1, W4, W13 (bench/instances, made by bench/planner-instances.ts):
 * LP bound, integer cost, gap and time with HiGHS at the quick and the standard effort (solver
 * work, so the cost does not depend on the machine; the time does), the same with
 * javascript-lp-solver where its dense tableau fits, and the distance to the yardstick (the
 * best plan HiGHS finds in 10 minutes, stored beside each instance by `--yardstick`). A target
 * is met when one effort is within its share of the yardstick inside its time.
 */

interface Target {
  id: string;
  /** Time the plan must take at most, seconds (the planner's safety cap is a multiple of it). */
  seconds: number;
  /** Largest accepted distance above the yardstick. */
  withinShare: number;
}

const TARGETS: Target[] = [
  { id: 'w1', seconds: 2, withinShare: 0.01 },
  { id: 'w4', seconds: 15, withinShare: 0.015 },
  { id: 'w13', seconds: 60, withinShare: 0.02 },
];

const INSTANCES_DIR = join(__dirname, 'instances');

function flag(name: string): string | boolean {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!arg) return false;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : true;
}

function loadInstance(id: string): PlannerInstance {
  return JSON.parse(readFileSync(join(INSTANCES_DIR, `${id}.json`), 'utf8')) as PlannerInstance;
}

function yardstickFile(id: string): string {
  return join(INSTANCES_DIR, `${id}.yardstick.json`);
}

export async function plannerBenchmark(): Promise<Record<string, unknown>> {
  const only = flag('only');
  const targets = typeof only === 'string' ? TARGETS.filter((t) => only.split(',').includes(t.id)) : TARGETS;
  if (flag('yardstick')) {
    const yardsticks: Yardstick[] = [];
    for (const target of targets) yardsticks.push(await computeYardstick(loadInstance(target.id), yardstickFile(target.id)));
    return { mode: 'yardstick', yardsticks };
  }
  const { runPlannerCase, BENCH_EFFORTS } = await import('./planner-case');
  const efforts = typeof flag('efforts') === 'string' ? (String(flag('efforts')).split(',') as PlanEffort[]) : BENCH_EFFORTS;
  const unknown = efforts.filter((effort) => !PLAN_EFFORTS.includes(effort));
  if (unknown.length) throw new Error(`--efforts: ${unknown.join(', ')} is not an effort (${PLAN_EFFORTS.join(', ')})`);
  const options = { efforts, jslp: !flag('no-jslp') };
  const results = [];
  for (const target of targets) {
    const instance = loadInstance(target.id);
    const file = yardstickFile(target.id);
    const yardstick = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Yardstick) : null;
    results.push(await runPlannerCase(instance, target, yardstick, options));
  }
  return { mode: 'targets', results };
}
