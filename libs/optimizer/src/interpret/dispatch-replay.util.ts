import type { PlanningProblem } from '../planning/planning-problem.types';
import { speaksEvery } from '../planning/site-languages.util';

/** Messages of one arrival hour answered in one hour. */
export interface AnsweredBatch {
  arrivalHour: number;
  hour: number;
  count: number;
  onTime: boolean;
}

export interface ReplayedQueue {
  /** Backlog at the end of each grid hour. */
  backlog: number[];
  answered: AnsweredBatch[];
  /** Still waiting when a dated grid ends: not yet due (left to the next plan) and already overdue. */
  carriedOver: number;
  overdue: number;
}

interface Pending {
  arrivalHour: number;
  due: number;
  remaining: number;
}

/**
 * Replays an integer plan hour by hour the way agents work the floor: the agents of each
 * language pool of a site (`onDutyByPool`) spend their productive minutes (less those on live
 * chat) first on the queues the plan routes to their site in that hour, up to the planned
 * number of messages (`routed[q][slot][h]`, oldest message first), then spare minutes on the
 * messages with the earliest deadline among the queues they all speak the language of. Without
 * routing it is plain earliest-deadline-first. Pools serving fewer queues go first so that
 * versatile agents pick up what others cannot.
 * A cyclic week is replayed three times and the middle week reported (steady state).
 * Result per queue index (real-time queues get empty entries).
 */
export function replayDispatch(
  problem: PlanningProblem,
  onDutyByPool: readonly number[][],
  onLine: readonly number[][],
  routed?: ReadonlyArray<ReadonlyArray<ArrayLike<number>>>,
): ReplayedQueue[] {
  const hours = problem.grid.hours;
  const cyclic = problem.grid.mode === 'cyclic';
  const passes = cyclic ? 3 : 1;
  const queues = problem.queues;
  const pending: Pending[][] = queues.map(() => []);
  const heads = queues.map(() => 0);
  const results: ReplayedQueue[] = queues.map(() => ({ backlog: new Array<number>(hours).fill(0), answered: [], carriedOver: 0, overdue: 0 }));
  queues.forEach((queue, q) => {
    if (queue.kind === 'deferred' && !cyclic && queue.openingBacklog > 0) {
      pending[q].push({ arrivalHour: -1, due: queue.openingDueHour, remaining: queue.openingBacklog });
    }
  });
  // language pools serving fewer queues go first, so that versatile agents pick up what others cannot
  const eligibleOf = problem.pools.map((_, p) => poolQueues(problem, p));
  const poolOrder = problem.pools.map((_, p) => p).sort((a, b) => eligibleOf[a].length - eligibleOf[b].length || a - b);
  // within a pool, the routed work fewest pools can answer comes first (plain EDF keeps queue order)
  const capablePools = queues.map((_, q) => eligibleOf.filter((list) => list.includes(q)).length);
  const routedOrderOf = eligibleOf.map((list) => [...list].sort((a, b) => capablePools[a] - capablePools[b] || a - b));
  const reportFrom = cyclic ? hours : 0;
  const reportTo = reportFrom + hours;
  /** Answers `count` messages of queue q's oldest batch at time t. */
  const answer = (q: number, count: number, t: number) => {
    const head = pending[q][heads[q]];
    head.remaining -= count;
    if (head.remaining <= 1e-9) heads[q]++;
    if (head.arrivalHour >= reportFrom && head.arrivalHour < reportTo) {
      results[q].answered.push({ arrivalHour: head.arrivalHour - reportFrom, hour: t - reportFrom, count, onTime: t <= head.due });
    } else if (head.arrivalHour === -1) {
      results[q].answered.push({ arrivalHour: -1, hour: t, count, onTime: t <= head.due });
    }
  };

  for (let t = 0; t < hours * passes; t++) {
    const h = t % hours;
    const offset = t - h;
    queues.forEach((queue, q) => {
      if (queue.kind !== 'deferred' || queue.arrivals[h] <= 0) return;
      pending[q].push({ arrivalHour: t, due: queue.dueHour[h] + offset, remaining: queue.arrivals[h] });
    });
    // the plan's routing is per site: its quota per queue is shared by the site's pools
    const quota = routed ? queues.map((queue, q) => queue.siteIndices.map((_, slot) => routed[q][slot]?.[h] ?? 0)) : null;
    const chatMinutes = problem.sites.map((site, s) => onLine[s][h] * 60 * site.occupancy);
    for (const p of poolOrder) {
      const s = problem.pools[p].siteIndex;
      const site = problem.sites[s];
      let minutes = onDutyByPool[p][h] * site.productiveMinutesPerHour;
      const chat = Math.min(minutes, chatMinutes[s]);
      minutes -= chat;
      chatMinutes[s] -= chat;
      const eligible = eligibleOf[p];
      if (quota) {
        for (const q of routedOrderOf[p]) {
          const slot = queues[q].siteIndices.indexOf(s);
          while (quota[q][slot] > 1e-9 && minutes > 1e-9 && pending[q][heads[q]]) {
            const count = Math.min(quota[q][slot], minutes / queues[q].handleMinutes, pending[q][heads[q]].remaining);
            answer(q, count, t);
            quota[q][slot] -= count;
            minutes -= count * queues[q].handleMinutes;
          }
        }
      }
      while (minutes > 1e-9) {
        let best = -1;
        for (const q of eligible) {
          const head = pending[q][heads[q]];
          if (!head) continue;
          const current = best >= 0 ? pending[best][heads[best]] : null;
          if (!current || head.due < current.due || (head.due === current.due && head.arrivalHour < current.arrivalHour)) best = q;
        }
        if (best < 0) break;
        const count = Math.min(pending[best][heads[best]].remaining, minutes / queues[best].handleMinutes);
        answer(best, count, t);
        minutes -= count * queues[best].handleMinutes;
      }
    }
    if (t >= reportFrom && t < reportTo) {
      queues.forEach((queue, q) => {
        if (queue.kind !== 'deferred') return;
        let waiting = 0;
        for (let i = heads[q]; i < pending[q].length; i++) waiting += pending[q][i].remaining;
        results[q].backlog[h] = waiting;
      });
    }
  }

  // what is left at the end: for a cyclic week, the middle week's own messages still waiting
  queues.forEach((queue, q) => {
    for (let i = heads[q]; i < pending[q].length; i++) {
      const batch = pending[q][i];
      if (cyclic && (batch.arrivalHour < reportFrom || batch.arrivalHour >= reportTo)) continue;
      if (batch.due < hours * passes) results[q].overdue += batch.remaining;
      else results[q].carriedOver += batch.remaining;
    }
  });
  return results;
}

/** The deferred queues a language pool's agents can answer: at their site, in languages they all speak. */
function poolQueues(problem: PlanningProblem, pool: number): number[] {
  const { siteIndex, languages } = problem.pools[pool];
  return problem.queues.flatMap((queue, q) => (queue.kind === 'deferred' && queue.siteIndices.includes(siteIndex) && speaksEvery(languages, queue) ? [q] : []));
}
