import { ServingTurns } from '@app/domain';
import type { PlanningProblem } from '../planning/planning-problem.types';
import { speaksEvery } from '../planning/site-languages.util';

/** Messages of one arrival hour answered in one hour. */
export interface AnsweredBatch {
  arrivalHour: number;
  hour: number;
  count: number;
  onTime: boolean;
  /** Their average first-reply time, hours: arrivals spread over their hour, replies sent as the hour's slices are worked. */
  waitHours: number;
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
  /** The last hour by whose end the whole batch is on time (the model's rule). */
  due: number;
  remaining: number;
  initial: number;
  /** Reply deadlines, in grid hours, of the batch's first and last arrival (spread evenly over its hour). */
  dueFrom: number;
  dueTo: number;
}

/** Each hour is worked in slices so that sites sharing a queue take from it side by side, as on the floor. */
const SLICES_PER_HOUR = 12;

/** How a language pool's agents pick work in an hour: a queue order, or plain earliest-deadline-first. */
export type PoolWork = { order: readonly number[] } | 'earliest-deadline-first';

/**
 * The floor hour by hour: messages arrive evenly over their hour, and the agents of each
 * language pool of a site (`onDutyByPool`) spend their productive minutes, less the minutes the
 * site's live chats take (`chatLoad`: chats answered × handle time, as the simulation counts
 * them; an agent on line between chats works the rule's queues), as they are told
 * (`PoolWork`), oldest message first within a queue. Minutes nobody needs in an hour are lost.
 * Each hour is split into slices worked by all pools in turn (ServingTurns: the less versatile
 * first, equals taking turns to go first).
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
  private readonly turns: ServingTurns;
  /** Pools that can take a live chat of their site, the least versatile first: they go on line before agents other queues need. */
  private readonly chatOrder: number[];
  private readonly reportFrom: number;
  /** When the answers of the slice being worked are sent (grid hours, over all passes). */
  private repliedBy = 0;

  constructor(
    private readonly problem: PlanningProblem,
    private readonly onDutyByPool: readonly number[][],
    private readonly chatLoad: readonly number[][],
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
        const due = queue.openingDueHour;
        this.pending[q].push({ arrivalHour: -1, due, remaining: queue.openingBacklog, initial: queue.openingBacklog, dueFrom: due + 1, dueTo: due + 1 });
      }
    });
    this.eligible = problem.pools.map((_, p) => poolQueues(problem, p));
    this.turns = new ServingTurns(this.eligible.map((queues) => queues.length));
    this.chatOrder = [];
    this.turns.forEach(0, (p) => {
      if (answersChat(problem, p)) this.chatOrder.push(p);
    });
  }

  /** The hour's arrivals join their queues. */
  arrive(t: number): void {
    const h = t % this.hours;
    const offset = t - h;
    this.problem.queues.forEach((queue, q) => {
      if (queue.kind !== 'deferred' || queue.arrivals[h] <= 0) return;
      const count = queue.arrivals[h];
      const [dueFrom, dueTo] = [queue.deadlineAt[h] + offset, queue.deadlineAt[h + 1] + offset];
      this.pending[q].push({ arrivalHour: t, due: queue.dueHour[h] + offset, remaining: count, initial: count, dueFrom, dueTo });
    });
  }

  /** When queue q's oldest waiting message is due (absolute hour); Infinity when none waits. */
  headDue(q: number): number {
    return this.pending[q][this.heads[q]]?.due ?? Infinity;
  }

  /** Hour t worked: each pool as `workOf(pool)` says. */
  work(t: number, workOf: (pool: number) => PoolWork): void {
    const h = t % this.hours;
    const chatMinutes = this.problem.sites.map((_, s) => this.chatLoad[s][h]);
    const how = this.problem.pools.map((_, p) => workOf(p));
    const minutes = this.problem.pools.map((pool, p) => this.onDutyByPool[p][h] * this.problem.sites[pool.siteIndex].productiveMinutesPerHour);
    // the site's chats are taken by the pools that can answer them, least versatile first
    for (const p of this.chatOrder) {
      const s = this.problem.pools[p].siteIndex;
      const chat = Math.min(minutes[p], chatMinutes[s]);
      chatMinutes[s] -= chat;
      minutes[p] -= chat;
    }
    const perSlice = minutes.map((value) => value / SLICES_PER_HOUR);
    for (let slice = 0; slice < SLICES_PER_HOUR; slice++) {
      this.repliedBy = t + (slice + 1) / SLICES_PER_HOUR;
      this.turns.forEach(t * SLICES_PER_HOUR + slice, (p) => {
        if (perSlice[p] <= 1e-9) return;
        const pool = how[p];
        if (pool === 'earliest-deadline-first') this.workEarliestDeadline(this.eligible[p], perSlice[p], t);
        else this.workInOrder(pool.order, perSlice[p], t);
      });
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
      while (minutes > 1e-9 && this.waitingHead(q)) minutes -= this.answer(q, minutes, t);
      if (minutes <= 1e-9) return;
    }
  }

  private workEarliestDeadline(eligible: readonly number[], minutes: number, t: number): void {
    while (minutes > 1e-9) {
      let best = -1;
      for (const q of eligible) {
        const head = this.waitingHead(q);
        if (!head) continue;
        const current = best >= 0 ? this.pending[best][this.heads[best]] : null;
        if (!current || head.due < current.due || (head.due === current.due && head.arrivalHour < current.arrivalHour)) best = q;
      }
      if (best < 0) return;
      minutes -= this.answer(best, minutes, t);
    }
  }

  /** Queue q's oldest batch if some of it has arrived by the end of the slice being worked. */
  private waitingHead(q: number): Pending | undefined {
    const head = this.pending[q][this.heads[q]];
    return head && arrivedWaiting(head, this.repliedBy) > 1e-9 ? head : undefined;
  }

  /** Answers what `minutes` allow of queue q's oldest batch in hour t (what has arrived of it); returns the minutes spent. */
  private answer(q: number, minutes: number, t: number): number {
    const handle = this.problem.queues[q].handleMinutes;
    const head = this.pending[q][this.heads[q]];
    const count = Math.min(arrivedWaiting(head, this.repliedBy), minutes / handle);
    const onTime = count * onTimeShare(head, count, this.repliedBy);
    const wait = averageWait(head, count, this.repliedBy, handle / 60);
    head.remaining -= count;
    if (head.remaining <= 1e-9) this.heads[q]++;
    const reported = head.arrivalHour >= this.reportFrom && head.arrivalHour < this.reportFrom + this.hours;
    if (reported || head.arrivalHour === -1) {
      const arrivalHour = reported ? head.arrivalHour - this.reportFrom : -1;
      const hour = reported ? t - this.reportFrom : t;
      if (onTime > 1e-12) this.record(q, { arrivalHour, hour, count: onTime, onTime: true, waitHours: wait });
      if (count - onTime > 1e-12) this.record(q, { arrivalHour, hour, count: count - onTime, onTime: false, waitHours: wait });
    }
    return count * handle;
  }

  // the slices of one hour answer the same batch again and again: one entry per batch, hour and verdict
  private record(q: number, answered: AnsweredBatch): void {
    const list = this.results[q].answered;
    for (let i = list.length - 1; i >= Math.max(0, list.length - 2); i--) {
      const entry = list[i];
      if (entry.arrivalHour !== answered.arrivalHour || entry.hour !== answered.hour || entry.onTime !== answered.onTime) continue;
      const count = entry.count + answered.count;
      entry.waitHours = (entry.waitHours * entry.count + answered.waitHours * answered.count) / count;
      entry.count = count;
      return;
    }
    list.push(answered);
  }
}

/**
 * How many of a batch's messages still waiting have arrived by `by`: an hour's arrivals come in
 * evenly over it, so a slice cannot answer what arrives after it (idle minutes are not banked
 * for later arrivals, within the hour as across hours).
 */
function arrivedWaiting(batch: Pending, by: number): number {
  const notYet = batch.initial * Math.max(0, Math.min(1, 1 - (by - batch.arrivalHour)));
  return batch.remaining - notYet;
}

/**
 * The share of `count` messages, the oldest still waiting of their batch, whose replies sent at
 * `repliedBy` meet their deadlines: the batch's arrivals are spread evenly over its hour and
 * answered oldest first, so these are the arrivals between the shares already answered and
 * answered after, each due between the batch's first and last deadline.
 */
function onTimeShare(batch: Pending, count: number, repliedBy: number): number {
  if (repliedBy <= batch.dueFrom + 1e-9) return 1;
  const spread = batch.dueTo - batch.dueFrom;
  if (!(spread > 1e-9) || !(batch.initial > 0)) return 0;
  const { from, to } = answeredOffsets(batch, count);
  // arrivals from offset `first` on are due after the reply
  const first = (repliedBy - batch.dueFrom) / spread;
  if (to - from <= 1e-12) return first <= from ? 1 : 0;
  return Math.max(0, to - Math.max(from, first)) / (to - from);
}

/**
 * The average wait of `count` messages, the oldest still waiting of their batch, answered with
 * replies sent at `repliedBy`: each waits from its arrival (spread evenly over the batch's hour)
 * to the reply, and never less than the time to answer it (`leastHours`): a message the slice
 * answers before it would have arrived is answered as it comes in.
 */
function averageWait(batch: Pending, count: number, repliedBy: number, leastHours: number): number {
  const { from, to } = answeredOffsets(batch, count);
  // arrivals up to offset `latest` wait longer than the least
  const latest = repliedBy - batch.arrivalHour - leastHours;
  const waitAt = (offset: number) => Math.max(leastHours, repliedBy - batch.arrivalHour - offset);
  if (to - from <= 1e-12) return waitAt(from);
  if (to <= latest) return repliedBy - batch.arrivalHour - (from + to) / 2;
  if (from >= latest) return leastHours;
  const longer = latest - from;
  return (longer * (repliedBy - batch.arrivalHour - (from + latest) / 2) + (to - latest) * leastHours) / (to - from);
}

/** Where in their hour the next `count` messages of a batch arrived (0 its start, 1 its end): answered oldest first, they follow those already answered. */
function answeredOffsets(batch: Pending, count: number): { from: number; to: number } {
  if (!(batch.initial > 0)) return { from: 0, to: 0 };
  const from = 1 - batch.remaining / batch.initial;
  return { from, to: from + count / batch.initial };
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
