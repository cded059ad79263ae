import type { PlanningProblem } from '../planning/planning-problem.types';
import type { DispatchRun } from '../plan-result.types';
import { FloorReplay } from './floor-replay';
import type { ReplayedQueue } from './floor-replay';

export type { AnsweredBatch, ReplayedQueue } from './floor-replay';

/**
 * Replays an integer plan the way agents work the floor (FloorReplay). With a dispatch rule,
 * each language pool of a site works the queues the rule lists for its site and hour, in that
 * order, skipping queues in languages its agents do not all speak; a site-hour the rule does
 * not list gets no work. Without a rule (null), plain earliest-deadline-first across every
 * queue a pool can answer. Result per queue index (real-time queues get empty entries).
 */
export function replayDispatch(
  problem: PlanningProblem,
  onDutyByPool: readonly number[][],
  chatLoad: readonly number[][],
  dispatch: readonly DispatchRun[] | null,
): ReplayedQueue[] {
  const floor = new FloorReplay(problem, onDutyByPool, chatLoad);
  const bySite = dispatch ? ruleBySiteHour(problem, dispatch) : null;
  // a pool's order is its site's rule without the queues it cannot answer
  const poolOrders = bySite
    ? problem.pools.map((pool, p) => bySite[pool.siteIndex].map((order) => order.filter((q) => floor.eligible[p].includes(q))))
    : null;
  for (let t = 0; t < floor.hours * floor.passes; t++) {
    floor.arrive(t);
    floor.work(t, (p) => (poolOrders ? { order: poolOrders[p][t % floor.hours] } : 'earliest-deadline-first'));
  }
  return floor.finish();
}

/** The rule as queue indices per site and grid hour; hours it does not cover get no queues. */
function ruleBySiteHour(problem: PlanningProblem, dispatch: readonly DispatchRun[]): number[][][] {
  const indexOf = new Map(problem.queues.map((queue, q) => [queue.key, q]));
  const bySite = problem.sites.map(() => Array.from({ length: problem.grid.hours }, () => [] as number[]));
  for (const run of dispatch) {
    const s = problem.sites.findIndex((site) => site.id === run.siteId);
    if (s < 0) continue;
    const order = run.queues.flatMap((key) => {
      const q = indexOf.get(key);
      return q !== undefined && problem.queues[q].kind === 'deferred' ? [q] : [];
    });
    for (let h = Math.max(0, run.fromHour); h < Math.min(problem.grid.hours, run.toHour); h++) bySite[s][h] = order;
  }
  return bySite;
}
