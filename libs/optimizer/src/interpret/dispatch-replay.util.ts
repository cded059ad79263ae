import type { PlanningProblem } from '../planning/planning-problem.types';
import { speaksEvery } from '../planning/site-languages.util';
import type { DispatchRun } from '../plan-result.types';

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

/** Each hour is worked in slices so that sites sharing a queue take from it side by side, as on the floor. */
const SLICES_PER_HOUR = 12;

/**
 * Replays an integer plan hour by hour the way agents work the floor. With a dispatch rule, the
 * agents of each language pool of a site (`onDutyByPool`) spend their productive minutes (less
 * those on live chat) on the queues the rule lists for their site and hour, in its order, oldest
 * message first, skipping queues in languages they do not all speak; a site-hour the rule does
 * not list gets no work. Without a rule (null) they work plain earliest-deadline-first across
 * every queue they can answer. Minutes nobody needs in an hour are lost. Each hour is split into
 * slices worked by all pools in turn, pools serving fewer queues first in a slice so that
 * versatile agents pick up what others cannot.
 * A cyclic week is replayed three times and the middle week reported (steady state).
 * Result per queue index (real-time queues get empty entries).
 */
export function replayDispatch(
  problem: PlanningProblem,
  onDutyByPool: readonly number[][],
  onLine: readonly number[][],
  dispatch: readonly DispatchRun[] | null,
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
  const eligibleOf = problem.pools.map((_, p) => poolQueues(problem, p));
  const poolOrder = problem.pools.map((_, p) => p).sort((a, b) => eligibleOf[a].length - eligibleOf[b].length || a - b);
  const ruleOrder = dispatch ? ruleBySiteHour(problem, dispatch) : null;
  const reportFrom = cyclic ? hours : 0;
  const reportTo = reportFrom + hours;
  /** Answers `count` messages of queue q's oldest batch at time t. */
  const answer = (q: number, count: number, t: number) => {
    const head = pending[q][heads[q]];
    head.remaining -= count;
    if (head.remaining <= 1e-9) heads[q]++;
    if (head.arrivalHour >= reportFrom && head.arrivalHour < reportTo) record(q, head.arrivalHour - reportFrom, t - reportFrom, count, t <= head.due);
    else if (head.arrivalHour === -1) record(q, -1, t, count, t <= head.due);
  };
  // the slices of one hour answer the same batch again and again: one entry per batch and hour
  const record = (q: number, arrivalHour: number, hour: number, count: number, onTime: boolean) => {
    const list = results[q].answered;
    const last = list[list.length - 1];
    if (last && last.arrivalHour === arrivalHour && last.hour === hour) last.count += count;
    else list.push({ arrivalHour, hour, count, onTime });
  };
  /** Spends `minutes` on the queues in `order` (oldest first within each); returns what is left. */
  const work = (order: readonly number[], minutes: number, t: number) => {
    for (const q of order) {
      while (minutes > 1e-9 && pending[q][heads[q]]) {
        const count = Math.min(pending[q][heads[q]].remaining, minutes / queues[q].handleMinutes);
        answer(q, count, t);
        minutes -= count * queues[q].handleMinutes;
      }
      if (minutes <= 1e-9) break;
    }
    return minutes;
  };
  /** Spends `minutes` on the message due first among `eligible`, again and again. */
  const workEarliestDeadline = (eligible: readonly number[], minutes: number, t: number) => {
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
  };
  // a pool's order is its site's rule without the queues it cannot answer
  const poolOrderAt = (p: number, h: number) => {
    const order = ruleOrder![problem.pools[p].siteIndex][h];
    return order.filter((q) => eligibleOf[p].includes(q));
  };

  for (let t = 0; t < hours * passes; t++) {
    const h = t % hours;
    const offset = t - h;
    queues.forEach((queue, q) => {
      if (queue.kind !== 'deferred' || queue.arrivals[h] <= 0) return;
      pending[q].push({ arrivalHour: t, due: queue.dueHour[h] + offset, remaining: queue.arrivals[h] });
    });
    const chatMinutes = problem.sites.map((site, s) => onLine[s][h] * 60 * site.occupancy);
    const orders = problem.pools.map((_, p) => (ruleOrder ? poolOrderAt(p, h) : eligibleOf[p]));
    const perSlice = problem.pools.map((pool, p) => {
      const site = problem.sites[pool.siteIndex];
      let minutes = onDutyByPool[p][h] * site.productiveMinutesPerHour;
      const chat = Math.min(minutes, chatMinutes[pool.siteIndex]);
      chatMinutes[pool.siteIndex] -= chat;
      minutes -= chat;
      return minutes / SLICES_PER_HOUR;
    });
    for (let slice = 0; slice < SLICES_PER_HOUR; slice++) {
      for (const p of poolOrder) {
        if (perSlice[p] <= 1e-9) continue;
        if (ruleOrder) work(orders[p], perSlice[p], t);
        else workEarliestDeadline(orders[p], perSlice[p], t);
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

/** The deferred queues a language pool's agents can answer: at their site, in languages they all speak. */
function poolQueues(problem: PlanningProblem, pool: number): number[] {
  const { siteIndex, languages } = problem.pools[pool];
  return problem.queues.flatMap((queue, q) => (queue.kind === 'deferred' && queue.siteIndices.includes(siteIndex) && speaksEvery(languages, queue) ? [q] : []));
}
