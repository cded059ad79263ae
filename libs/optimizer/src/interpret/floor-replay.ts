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

/** Each hour is worked in slices so that sites sharing a queue take from it side by side, as on the floor. */
const SLICES_PER_HOUR = 12;

/** How a language pool's agents pick work in an hour: a queue order, or plain earliest-deadline-first. */
export type PoolWork = { order: readonly number[] } | 'earliest-deadline-first';

/**
 * The floor hour by hour: messages arrive at the start of their hour, and the agents of each
 * language pool of a site (`onDutyByPool`) spend their productive minutes, less those on live
 * chat, as they are told (`PoolWork`), oldest message first within a queue. Minutes nobody
 * needs in an hour are lost. Each hour is split into slices worked by all pools in turn, pools
 * serving fewer queues first in a slice so that versatile agents pick up what others cannot.
 * A cyclic week is replayed three times and the middle week reported (steady state); a dated
 * grid once. Time `t` runs over all passes (hour of the grid: t mod hours).
 */
export class FloorReplay {
  readonly hours: number;
  readonly passes: number;
  /** Per pool, the deferred queues its agents can answer. */
  readonly eligible: number[][];
  private readonly cyclic: boolean;
  private readonly pending: Pending[][];
  private readonly heads: number[];
  private readonly results: ReplayedQueue[];
  private readonly poolOrder: number[];
  /** Pools that can take a live chat of their site, the least versatile first: they go on line before agents other queues need. */
  private readonly chatOrder: number[];
  private readonly reportFrom: number;

  constructor(
    private readonly problem: PlanningProblem,
    private readonly onDutyByPool: readonly number[][],
    private readonly onLine: readonly number[][],
  ) {
    this.hours = problem.grid.hours;
    this.cyclic = problem.grid.mode === 'cyclic';
    this.passes = this.cyclic ? 3 : 1;
    this.reportFrom = this.cyclic ? this.hours : 0;
    this.pending = problem.queues.map(() => []);
    this.heads = problem.queues.map(() => 0);
    this.results = problem.queues.map(() => ({ backlog: new Array<number>(this.hours).fill(0), answered: [], carriedOver: 0, overdue: 0 }));
    problem.queues.forEach((queue, q) => {
      if (queue.kind === 'deferred' && !this.cyclic && queue.openingBacklog > 0) {
        this.pending[q].push({ arrivalHour: -1, due: queue.openingDueHour, remaining: queue.openingBacklog });
      }
    });
    this.eligible = problem.pools.map((_, p) => poolQueues(problem, p));
    this.poolOrder = problem.pools.map((_, p) => p).sort((a, b) => this.eligible[a].length - this.eligible[b].length || a - b);
    this.chatOrder = this.poolOrder.filter((p) => answersChat(problem, p));
  }

  /** The hour's arrivals join their queues. */
  arrive(t: number): void {
    const h = t % this.hours;
    const offset = t - h;
    this.problem.queues.forEach((queue, q) => {
      if (queue.kind !== 'deferred' || queue.arrivals[h] <= 0) return;
      this.pending[q].push({ arrivalHour: t, due: queue.dueHour[h] + offset, remaining: queue.arrivals[h] });
    });
  }

  /** When queue q's oldest waiting message is due (absolute hour); Infinity when none waits. */
  headDue(q: number): number {
    return this.pending[q][this.heads[q]]?.due ?? Infinity;
  }

  /** Hour t worked: each pool as `workOf(pool)` says. */
  work(t: number, workOf: (pool: number) => PoolWork): void {
    const h = t % this.hours;
    const chatMinutes = this.problem.sites.map((site, s) => this.onLine[s][h] * 60 * site.occupancy);
    const how = this.problem.pools.map((_, p) => workOf(p));
    const minutes = this.problem.pools.map((pool, p) => this.onDutyByPool[p][h] * this.problem.sites[pool.siteIndex].productiveMinutesPerHour);
    // the site's agents on line come from the pools that can answer its chats, least versatile first
    for (const p of this.chatOrder) {
      const s = this.problem.pools[p].siteIndex;
      const chat = Math.min(minutes[p], chatMinutes[s]);
      chatMinutes[s] -= chat;
      minutes[p] -= chat;
    }
    const perSlice = minutes.map((value) => value / SLICES_PER_HOUR);
    for (let slice = 0; slice < SLICES_PER_HOUR; slice++) {
      for (const p of this.poolOrder) {
        if (perSlice[p] <= 1e-9) continue;
        const pool = how[p];
        if (pool === 'earliest-deadline-first') this.workEarliestDeadline(this.eligible[p], perSlice[p], t);
        else this.workInOrder(pool.order, perSlice[p], t);
      }
    }
    if (t >= this.reportFrom && t < this.reportFrom + this.hours) {
      this.problem.queues.forEach((queue, q) => {
        if (queue.kind !== 'deferred') return;
        let waiting = 0;
        for (let i = this.heads[q]; i < this.pending[q].length; i++) waiting += this.pending[q][i].remaining;
        this.results[q].backlog[h] = waiting;
      });
    }
  }

  /** Per queue index (real-time queues get empty entries): what was answered when, and what is left. */
  finish(): ReplayedQueue[] {
    const reportTo = this.reportFrom + this.hours;
    // for a cyclic week, only the middle week's own messages still waiting count
    this.problem.queues.forEach((_, q) => {
      for (let i = this.heads[q]; i < this.pending[q].length; i++) {
        const batch = this.pending[q][i];
        if (this.cyclic && (batch.arrivalHour < this.reportFrom || batch.arrivalHour >= reportTo)) continue;
        if (batch.due < this.hours * this.passes) this.results[q].overdue += batch.remaining;
        else this.results[q].carriedOver += batch.remaining;
      }
    });
    return this.results;
  }

  private workInOrder(order: readonly number[], minutes: number, t: number): void {
    for (const q of order) {
      while (minutes > 1e-9 && this.pending[q][this.heads[q]]) minutes -= this.answer(q, minutes, t);
      if (minutes <= 1e-9) return;
    }
  }

  private workEarliestDeadline(eligible: readonly number[], minutes: number, t: number): void {
    while (minutes > 1e-9) {
      let best = -1;
      for (const q of eligible) {
        const head = this.pending[q][this.heads[q]];
        if (!head) continue;
        const current = best >= 0 ? this.pending[best][this.heads[best]] : null;
        if (!current || head.due < current.due || (head.due === current.due && head.arrivalHour < current.arrivalHour)) best = q;
      }
      if (best < 0) return;
      minutes -= this.answer(best, minutes, t);
    }
  }

  /** Answers what `minutes` allow of queue q's oldest batch in hour t; returns the minutes spent. */
  private answer(q: number, minutes: number, t: number): number {
    const handle = this.problem.queues[q].handleMinutes;
    const head = this.pending[q][this.heads[q]];
    const count = Math.min(head.remaining, minutes / handle);
    head.remaining -= count;
    if (head.remaining <= 1e-9) this.heads[q]++;
    if (head.arrivalHour >= this.reportFrom && head.arrivalHour < this.reportFrom + this.hours) {
      this.record(q, head.arrivalHour - this.reportFrom, t - this.reportFrom, count, t <= head.due);
    } else if (head.arrivalHour === -1) {
      this.record(q, -1, t, count, t <= head.due);
    }
    return count * handle;
  }

  // the slices of one hour answer the same batch again and again: one entry per batch and hour
  private record(q: number, arrivalHour: number, hour: number, count: number, onTime: boolean): void {
    const list = this.results[q].answered;
    const last = list[list.length - 1];
    if (last && last.arrivalHour === arrivalHour && last.hour === hour) last.count += count;
    else list.push({ arrivalHour, hour, count, onTime });
  }
}

/** Whether a language pool's agents can answer a live chat at their site. */
function answersChat(problem: PlanningProblem, pool: number): boolean {
  const { siteIndex, languages } = problem.pools[pool];
  return problem.queues.some((queue) => queue.kind === 'realTime' && queue.siteIndices.includes(siteIndex) && speaksEvery(languages, queue));
}

/** The deferred queues a language pool's agents can answer: at their site, in languages they all speak. */
function poolQueues(problem: PlanningProblem, pool: number): number[] {
  const { siteIndex, languages } = problem.pools[pool];
  return problem.queues.flatMap((queue, q) => (queue.kind === 'deferred' && queue.siteIndices.includes(siteIndex) && speaksEvery(languages, queue) ? [q] : []));
}
