import { LOCAL_SLOT_MINUTES, type CompiledModel } from '../model/compiled-model';
import { deadlineAt } from '../model/deadline-table.util';
import { firstListedWaiting } from '../model/dispatch-order.util';
import { HOURS_PER_WEEK, PROMISE_BIN_MINUTES, PROMISE_BINS, type ReplicationTally } from '../stats/replication-tally';
import { WAIT_BINS, waitBin } from '../stats/wait-histogram';
import type { HandleTimeDistribution, QueueDiscipline } from '../simulation.types';
import { exponentialFromBits } from './exponential-table';
import { createGenerator, type RandomGenerator, volumeMultiplier } from './random-variates.util';
import { ServerHeap } from './server-heap';

export type ArrivalProcess = 'poisson' | 'overdispersed' | 'replay';

export interface EventEngineOptions {
  arrivals: ArrivalProcess;
  discipline: QueueDiscipline;
  handleTime: HandleTimeDistribution;
  /** Coefficient of variation of the daily volume multiplier (overdispersed). */
  dispersion: number;
  seed: number;
  replications: number;
}

const DISCIPLINE_EDF = 0;
const DISCIPLINE_PRIORITY = 1;
const DISCIPLINE_FIFO = 2;
const DISCIPLINE_DISPATCH = 3;
const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/**
 * Discrete-event simulation, message by message. Agents are servers (see server-availability);
 * each queue is a ring buffer in arrival order (deadlines are monotone in arrival within a
 * queue, so FIFO per queue holds under every discipline); a free agent picks among the heads of
 * the queues its pool may serve. Events: arrivals, pre-generated and sorted per simulated
 * period, and servers in a min-heap keyed by the time they finish or come back on duty. Idle
 * servers wait on a stack per pool and are handed arrivals directly.
 *
 * A cyclic grid runs as a chain of weeks with the same roster: week 0 warms up, weeks
 * 1..R are the replications, and one more week lets week R's last messages be answered. A
 * dated grid runs R independent horizons from the opening backlog.
 */
export class EventEngine {
  private readonly Q: number;
  private readonly H: number;
  private readonly T: number;
  private readonly rng: RandomGenerator;
  private readonly discipline: number;
  private readonly fixedHandleTime: boolean;

  // queues
  private capacity = 1024;
  private mask = 1023;
  private queueArrival: Float64Array;
  private queueDeadline: Float64Array;
  private readonly queueHead: Int32Array;
  private readonly queueLength: Int32Array;
  /** Messages waiting in the queues each pool may serve: a free agent of an empty pool goes idle without looking. */
  private readonly poolWaiting: Int32Array;

  // servers
  private readonly S: number;
  private readonly heap: ServerHeap;
  private readonly busy: Uint8Array;
  private readonly pointer: Int32Array;
  private readonly effectiveStart: Float64Array;
  private readonly debt: Float64Array;
  private readonly now = new Float64Array(1);
  private readonly idleStack: Int32Array;
  private readonly idleBase: Int32Array;
  private readonly idleCount: Int32Array;

  // arrivals of the current period
  private arrivalTimes: Float64Array;
  private arrivalQueues: Int32Array;
  private arrivalCount = 0;
  private readonly cumulative: Float64Array;
  /** Queues by falling volume, so drawing a message's queue usually stops after a comparison or two. */
  private readonly generationOrder: Int32Array;
  private readonly multipliers: Float64Array;
  private readonly days: number;

  private currentSlot = 0;
  private previousSlot = 1;
  private step = 0;
  readonly totalSteps: number;

  constructor(
    private readonly model: CompiledModel,
    private readonly tally: ReplicationTally,
    private readonly options: EventEngineOptions,
  ) {
    this.Q = model.queueCount;
    this.H = model.hours;
    this.T = model.minutes;
    this.rng = createGenerator(options.seed);
    this.discipline =
      options.discipline === 'dispatch' && model.dispatch !== null
        ? DISCIPLINE_DISPATCH
        : options.discipline === 'priority'
          ? DISCIPLINE_PRIORITY
          : options.discipline === 'fifo'
            ? DISCIPLINE_FIFO
            : DISCIPLINE_EDF;
    this.fixedHandleTime = options.handleTime === 'fixed';
    this.queueArrival = new Float64Array(this.Q * this.capacity);
    this.queueDeadline = new Float64Array(this.Q * this.capacity);
    this.queueHead = new Int32Array(this.Q);
    this.queueLength = new Int32Array(this.Q);
    this.poolWaiting = new Int32Array(model.poolCount);

    const servers = model.servers;
    this.S = servers.pool.length;
    this.heap = new ServerHeap(this.S);
    this.busy = new Uint8Array(this.S);
    this.pointer = new Int32Array(this.S);
    this.effectiveStart = new Float64Array(this.S);
    this.debt = new Float64Array(this.S);
    this.idleStack = new Int32Array(this.S);
    this.idleBase = new Int32Array(model.poolCount + 1);
    for (let k = 0; k < this.S; k++) this.idleBase[servers.pool[k] + 1]++;
    for (let p = 0; p < model.poolCount; p++) this.idleBase[p + 1] += this.idleBase[p];
    this.idleCount = new Int32Array(model.poolCount);

    let expected = 0;
    for (let i = 0; i < model.rate.length; i++) expected += model.rate[i];
    const initial = Math.max(1024, Math.ceil(expected * 1.5 + 10 * Math.sqrt(expected) + 64));
    this.arrivalTimes = new Float64Array(initial);
    this.arrivalQueues = new Int32Array(initial);
    this.cumulative = new Float64Array(this.Q);
    const volume = (q: number) => model.rate.subarray(q * this.H, (q + 1) * this.H).reduce((sum, value) => sum + value, 0);
    this.generationOrder = Int32Array.from([...Array(this.Q).keys()].sort((a, b) => volume(b) - volume(a) || a - b));
    this.days = Math.ceil(this.H / 24);
    this.multipliers = new Float64Array(model.marketplaces.length * this.days).fill(1);
    this.totalSteps = model.cyclic ? options.replications + 2 : options.replications;
  }

  get done(): boolean {
    return this.step >= this.totalSteps;
  }

  /** Replications finished so far. */
  get completedReplications(): number {
    return this.tally.replications;
  }

  /** Simulates one more period: a week of the chain (cyclic) or one replication (dated). */
  advance(): void {
    if (this.done) return;
    if (this.model.cyclic) this.advanceWeek();
    else this.advanceHorizon();
    this.step++;
  }

  private advanceWeek(): void {
    const week = this.step;
    const R = this.options.replications;
    const tally = this.tally;
    this.currentSlot = week & 1;
    this.previousSlot = 1 - this.currentSlot;
    const measured = week >= 1 && week <= R;
    tally.slotMeasured[this.currentSlot] = measured ? 1 : 0;
    if (week === 1) tally.traceSlot = this.currentSlot;
    if (week === 0) this.resetServers();
    this.generateArrivals(this.currentSlot);
    this.runEvents();
    // last week's messages still waiting have waited over a week: their replication closes now
    const previousWeek = week - 1;
    if (previousWeek >= 1 && previousWeek <= R) {
      this.countUnanswered(this.previousSlot, -this.T, 0);
      tally.finalizeSlot(this.previousSlot);
      if (previousWeek === 1) tally.traceSlot = -1;
    } else {
      tally.clearSlot(this.previousSlot);
    }
    tally.finalizeProfile(measured);
    this.rebase();
  }

  private advanceHorizon(): void {
    const tally = this.tally;
    this.currentSlot = 0;
    this.previousSlot = 0;
    tally.slotMeasured[0] = 1;
    tally.traceSlot = this.step === 0 ? 0 : -1;
    this.queueHead.fill(0);
    this.queueLength.fill(0);
    this.poolWaiting.fill(0);
    this.resetServers();
    this.generateArrivals(0);
    this.insertOpeningBacklog();
    this.runEvents();
    this.countUnanswered(0, 0, this.T);
    tally.finalizeSlot(0);
    tally.finalizeProfile(true);
  }

  private insertOpeningBacklog(): void {
    for (let q = 0; q < this.Q; q++) {
      const count = Math.round(this.model.openingBacklog[q]);
      for (let i = 0; i < count; i++) this.enqueue(q, 0);
      this.tally.arrived[q] += count;
    }
  }

  /** Messages of a closing replication (arrived in [from, to)) still waiting: late when their deadline passed by the end of the period. */
  private countUnanswered(slot: number, from: number, to: number): void {
    const tally = this.tally;
    for (let q = 0; q < this.Q; q++) {
      const base = q * this.capacity;
      for (let j = 0; j < this.queueLength[q]; j++) {
        const index = base + ((this.queueHead[q] + j) & this.mask);
        const arrival = this.queueArrival[index];
        if (arrival < from || arrival >= to) continue;
        if (this.queueDeadline[index] <= this.T) tally.lateUnanswered[slot * this.Q + q] += 1;
        else tally.pendingUnanswered[slot * this.Q + q] += 1;
      }
    }
  }

  /** All servers off duty until their first working stretch. */
  private resetServers(): void {
    const offsets = this.model.servers.offsets;
    this.heap.clear();
    this.idleCount.fill(0);
    this.busy.fill(0);
    this.debt.fill(0);
    for (let k = 0; k < this.S; k++) {
      this.enterInterval(k, offsets[k]);
      if (this.pointer[k] < offsets[k + 1]) this.heap.push(k, this.effectiveStart[k]);
    }
  }

  /** Moves every stored time back one week at the end of a cyclic week. */
  private rebase(): void {
    const T = this.T;
    for (let q = 0; q < this.Q; q++) {
      const base = q * this.capacity;
      for (let j = 0; j < this.queueLength[q]; j++) {
        const index = base + ((this.queueHead[q] + j) & this.mask);
        this.queueArrival[index] -= T;
        this.queueDeadline[index] -= T;
      }
    }
    this.heap.shift(-T);
    const offsets = this.model.servers.offsets;
    for (let k = 0; k < this.S; k++) this.enterInterval(k, offsets[k]);
  }

  /** Makes interval `i` (or the first later one the server's overrun debt does not swallow) current. */
  private enterInterval(k: number, i: number): void {
    const servers = this.model.servers;
    const last = servers.offsets[k + 1];
    while (i < last) {
      const start = servers.starts[i] + this.debt[k];
      if (start < servers.ends[i]) {
        this.effectiveStart[k] = start;
        this.debt[k] = 0;
        break;
      }
      this.debt[k] = start - servers.ends[i];
      i++;
    }
    this.pointer[k] = i;
  }

  /**
   * Whether server `k` is on duty at `this.now[0]` (the time travels in a typed array: passing a
   * double to a call V8 does not inline boxes it, once per event).
   */
  private isAvailableNow(k: number): boolean {
    const t = this.now[0];
    const servers = this.model.servers;
    const last = servers.offsets[k + 1];
    while (this.pointer[k] < last && servers.ends[this.pointer[k]] <= t) this.enterInterval(k, this.pointer[k] + 1);
    return this.pointer[k] < last && this.effectiveStart[k] <= t;
  }

  /** When an unavailable server next comes on duty (Infinity: never again in this horizon). */
  private nextStart(k: number): number {
    const servers = this.model.servers;
    if (this.pointer[k] < servers.offsets[k + 1]) return this.effectiveStart[k];
    if (this.model.cyclic && servers.offsets[k + 1] > servers.offsets[k]) return this.T + servers.starts[servers.offsets[k]];
    return Infinity;
  }

  /** This period's arrivals, sorted by time, counted into the replication in `slot`. */
  private generateArrivals(slot: number): void {
    const model = this.model;
    if (this.options.arrivals === 'replay') {
      const times = model.replayTimes as Float64Array;
      const replayQueues = model.replayQueues as Int32Array;
      this.ensureArrivalCapacity(times.length);
      this.arrivalTimes.set(times);
      this.arrivalQueues.set(replayQueues);
      this.arrivalCount = times.length;
      for (let i = 0; i < replayQueues.length; i++) this.tally.arrived[slot * this.Q + replayQueues[i]] += 1;
      return;
    }
    const Q = this.Q;
    const H = this.H;
    const rng = this.rng;
    const rate = model.rate;
    const cumulative = this.cumulative;
    const multipliers = this.multipliers;
    const days = this.days;
    if (this.options.arrivals === 'overdispersed') {
      for (let i = 0; i < multipliers.length; i++) multipliers[i] = volumeMultiplier(rng, this.options.dispersion);
    }
    const queueMarketplace = model.queueMarketplace;
    const order = this.generationOrder;
    const arrived = this.tally.arrived;
    const arrivedBase = slot * Q;
    let count = 0;
    let times = this.arrivalTimes;
    let queues = this.arrivalQueues;
    for (let h = 0; h < H; h++) {
      const day = (h / 24) | 0;
      let total = 0;
      for (let i = 0; i < Q; i++) {
        const q = order[i];
        total += rate[q * H + h] * multipliers[queueMarketplace[q] * days + day];
        cumulative[i] = total;
      }
      if (total <= 0) continue;
      // a Poisson process within the hour: exponential gaps at the hour's total rate, each message's queue drawn by its share
      const scale = 60 / total;
      const hourStart = h * 60;
      let t = 0;
      for (;;) {
        t += exponentialFromBits(rng.unsafeNext()) * scale;
        if (t >= 60) break;
        const x = ((rng.unsafeNext() >>> 0) + 0.5) * TWO_TO_MINUS_32 * total;
        let i = 0;
        while (i < Q - 1 && cumulative[i] <= x) i++;
        const q = order[i];
        arrived[arrivedBase + q] += 1;
        if (count === times.length) {
          this.arrivalCount = count;
          this.ensureArrivalCapacity(count + 1);
          times = this.arrivalTimes;
          queues = this.arrivalQueues;
        }
        times[count] = hourStart + t;
        queues[count] = q;
        count++;
      }
    }
    this.arrivalCount = count;
  }

  private ensureArrivalCapacity(needed: number): void {
    if (needed <= this.arrivalTimes.length) return;
    const size = Math.max(needed, this.arrivalTimes.length * 2);
    const times = new Float64Array(size);
    const queues = new Int32Array(size);
    times.set(this.arrivalTimes.subarray(0, this.arrivalCount));
    queues.set(this.arrivalQueues.subarray(0, this.arrivalCount));
    this.arrivalTimes = times;
    this.arrivalQueues = queues;
  }

  private deadlineOf(q: number, t: number): number {
    const table = this.model.deadlineTables[q];
    return table === null ? t + this.model.deadlineMinutes[q] : deadlineAt(table, this.T, t);
  }

  private enqueue(q: number, t: number): void {
    if (this.queueLength[q] === this.capacity) this.growQueues();
    const index = q * this.capacity + ((this.queueHead[q] + this.queueLength[q]) & this.mask);
    this.queueArrival[index] = t;
    this.queueDeadline[index] = this.deadlineOf(q, t);
    this.queueLength[q]++;
    for (let j = this.model.queuePoolOffsets[q]; j < this.model.queuePoolOffsets[q + 1]; j++) this.poolWaiting[this.model.queuePoolList[j]]++;
  }

  private growQueues(): void {
    const capacity = this.capacity * 2;
    const arrival = new Float64Array(this.Q * capacity);
    const deadline = new Float64Array(this.Q * capacity);
    for (let q = 0; q < this.Q; q++) {
      for (let j = 0; j < this.queueLength[q]; j++) {
        const from = q * this.capacity + ((this.queueHead[q] + j) & this.mask);
        arrival[q * capacity + j] = this.queueArrival[from];
        deadline[q * capacity + j] = this.queueDeadline[from];
      }
      this.queueHead[q] = 0;
    }
    this.capacity = capacity;
    this.mask = capacity - 1;
    this.queueArrival = arrival;
    this.queueDeadline = deadline;
  }

  /** The queue a free server of `pool` serves next in grid hour `hour`, or -1 when none of the queues it works has a message waiting. */
  private pick(pool: number, hour: number): number {
    const model = this.model;
    const list = model.poolQueueList;
    const from = model.poolQueueOffsets[pool];
    const to = model.poolQueueOffsets[pool + 1];
    const realTimeEnd = from + model.poolRealTimeCount[pool];
    const lengths = this.queueLength;
    const heads = this.queueHead;
    const capacity = this.capacity;
    let best = -1;
    let bestKey = Infinity;
    // real-time contacts first, oldest first
    for (let i = from; i < realTimeEnd; i++) {
      const q = list[i];
      if (lengths[q] === 0) continue;
      const key = this.queueArrival[q * capacity + heads[q]];
      if (key < bestKey) {
        best = q;
        bestKey = key;
      }
    }
    if (best >= 0) return best;
    if (this.ruled(pool)) return firstListedWaiting(model.dispatch!, pool, hour, this.H, lengths);
    const keys = this.discipline === DISCIPLINE_FIFO ? this.queueArrival : this.queueDeadline;
    if (this.discipline === DISCIPLINE_PRIORITY) {
      // queues are listed by rank: the first non-empty rank wins, earliest deadline within it
      let bestRank = -1;
      for (let i = realTimeEnd; i < to; i++) {
        const q = list[i];
        if (lengths[q] === 0) continue;
        const rank = model.priorityRank[q];
        if (best >= 0 && rank !== bestRank) break;
        const key = keys[q * capacity + heads[q]];
        if (key < bestKey) {
          best = q;
          bestKey = key;
          bestRank = rank;
        }
      }
      return best;
    }
    for (let i = realTimeEnd; i < to; i++) {
      const q = list[i];
      if (lengths[q] === 0) continue;
      const key = keys[q * capacity + heads[q]];
      if (key < bestKey) {
        best = q;
        bestKey = key;
      }
    }
    return best;
  }

  /**
   * Sends the idle agents of every ruled pool with messages waiting in its queues back through the
   * heap at `at` (the start of an hour whose list may differ).
   */
  private wakeRuledIdle(at: number): void {
    if (this.discipline !== DISCIPLINE_DISPATCH) return;
    for (let pool = 0; pool < this.model.poolCount; pool++) {
      if (this.idleCount[pool] === 0 || this.poolWaiting[pool] === 0 || !this.ruled(pool)) continue;
      while (this.idleCount[pool] > 0) this.heap.push(this.idleStack[this.idleBase[pool] + --this.idleCount[pool]], at);
    }
  }

  /** Whether the pool works by the plan's rule (its site is covered by it); other pools work earliest deadline first. */
  private ruled(pool: number): boolean {
    return this.discipline === DISCIPLINE_DISPATCH && this.model.dispatch!.ruled[pool] === 1;
  }

  /**
   * The event loop of one period, written as one function over local typed arrays: the engine's
   * hot path (message arrival → an agent picks → reply → next pick) allocates nothing.
   */
  private runEvents(): void {
    const T = this.T;
    const H = this.H;
    const Q = this.Q;
    const model = this.model;
    const tally = this.tally;
    const rng = this.rng;
    const heap = this.heap;
    const heapKeys = heap.keys;
    const heapIds = heap.ids;
    const cyclic = model.cyclic;
    const fixedHandleTime = this.fixedHandleTime;
    const handleMinutes = model.handleMinutes;
    const realTime = model.realTime;
    const answerWithinMinutes = model.answerWithinMinutes;
    const deadlineMinutes = model.deadlineMinutes;
    const deadlineTables = model.deadlineTables;
    const queueMarketplace = model.queueMarketplace;
    const queuePoolOffsets = model.queuePoolOffsets;
    const queuePoolList = model.queuePoolList;
    const serverPool = model.servers.pool;
    const intervalOffsets = model.servers.offsets;
    const intervalEnds = model.servers.ends;
    const localHourOfWeek = model.localHourOfWeek;
    const busy = this.busy;
    const pointer = this.pointer;
    const debt = this.debt;
    const effectiveStart = this.effectiveStart;
    const idleStack = this.idleStack;
    const idleBase = this.idleBase;
    const idleCount = this.idleCount;
    const queueHead = this.queueHead;
    const queueLength = this.queueLength;
    const poolWaiting = this.poolWaiting;
    let queueArrival = this.queueArrival;
    let queueDeadline = this.queueDeadline;
    let capacity = this.capacity;
    let mask = this.mask;
    const answered = tally.answered;
    const waitSum = tally.waitSum;
    const withinDeadline = tally.withinDeadline;
    const withinServiceLevel = tally.withinServiceLevel;
    const slotHistogram = tally.slotHistogram;
    const slotMeasured = tally.slotMeasured;
    const hourOfWeekWait = tally.hourOfWeekWait;
    const hourOfWeekCount = tally.hourOfWeekCount;
    const promiseHistogram = tally.promiseHistogram;
    const busyMinutes = tally.busyMinutes;
    const backlog = tally.backlog;
    const currentSlot = this.currentSlot;
    const previousSlot = this.previousSlot;
    const arrivalTimes = this.arrivalTimes;
    const arrivalQueues = this.arrivalQueues;
    const arrivalCount = this.arrivalCount;
    const slotsPerCycle = Math.ceil(T / LOCAL_SLOT_MINUTES);
    const dispatchListed = this.discipline === DISCIPLINE_DISPATCH ? model.dispatch!.listed : null;
    let next = 0;
    let hour = 0;
    let boundary = 60;
    this.wakeRuledIdle(0);
    for (;;) {
      const arrivalTime = next < arrivalCount ? arrivalTimes[next] : Infinity;
      const serverTime = heap.size > 0 ? heapKeys[0] : Infinity;
      // (no reassignment of t: a merge with the integer T would make V8 box every event time)
      const t = serverTime <= arrivalTime ? serverTime : arrivalTime;
      // hour boundaries are events of their own, one at a time, before anything later
      if (boundary <= t && boundary < T) {
        for (let q = 0; q < Q; q++) backlog[q * H + hour] = queueLength[q];
        hour++;
        boundary += 60;
        // a new hour may list queues the idle agents of a ruled pool did not work: they look again at its start
        this.wakeRuledIdle(boundary - 60);
        continue;
      }
      if (t >= T) break;

      // find the server that acts now: one finishing or coming on duty, or an idle one for a new message
      let k = -1;
      let arrivedQueue = -1;
      if (serverTime <= arrivalTime) {
        // pop the heap's top (inlined: a call would box the double keys)
        k = heapIds[0];
        const size = --heap.size;
        if (size > 0) {
          const lastKey = heapKeys[size];
          const lastId = heapIds[size];
          let i = 0;
          for (;;) {
            let child = 2 * i + 1;
            if (child >= size) break;
            if (child + 1 < size && heapKeys[child + 1] < heapKeys[child]) child++;
            if (heapKeys[child] >= lastKey) break;
            heapKeys[i] = heapKeys[child];
            heapIds[i] = heapIds[child];
            i = child;
          }
          heapKeys[i] = lastKey;
          heapIds[i] = lastId;
        }
        if (busy[k] === 1) {
          busy[k] = 0;
          // an agent finishing after the end of their stretch works the overrun off later
          const i = pointer[k];
          if (i < intervalOffsets[k + 1] && t > intervalEnds[i]) debt[k] += t - intervalEnds[i];
        }
        // fast path: still inside the current working stretch
        const current = pointer[k];
        const onDuty = current < intervalOffsets[k + 1] && intervalEnds[current] > t ? effectiveStart[k] <= t : ((this.now[0] = t), this.isAvailableNow(k));
        if (!onDuty) {
          const start = this.nextStart(k);
          if (start !== Infinity) heap.push(k, start);
          continue;
        }
      } else {
        const q = arrivalQueues[next++];
        arrivedQueue = q;
        if (queueLength[q] === capacity) {
          this.growQueues();
          queueArrival = this.queueArrival;
          queueDeadline = this.queueDeadline;
          capacity = this.capacity;
          mask = this.mask;
        }
        const index = q * capacity + ((queueHead[q] + queueLength[q]) & mask);
        queueArrival[index] = t;
        const table = deadlineTables[q];
        if (table === null) queueDeadline[index] = t + deadlineMinutes[q];
        else {
          // deadlineAt inlined (0 <= t < T here): a call would box t for every arrival
          const minute = t | 0;
          const step = table[minute + 1] - table[minute];
          queueDeadline[index] = table[minute] + (step <= 1 + 1e-9 ? (t - minute) * step : 0);
        }
        queueLength[q]++;
        for (let j = queuePoolOffsets[q]; j < queuePoolOffsets[q + 1]; j++) poolWaiting[queuePoolList[j]]++;
        // hand it to an idle agent who may answer it, if one is on duty
        for (let j = queuePoolOffsets[q]; j < queuePoolOffsets[q + 1] && k < 0; j++) {
          const pool = queuePoolList[j];
          if (dispatchListed !== null && this.ruled(pool) && dispatchListed[(pool * H + hour) * Q + q] === 0) continue;
          while (idleCount[pool] > 0) {
            const candidate = idleStack[idleBase[pool] + --idleCount[pool]];
            const current = pointer[candidate];
            if (current < intervalOffsets[candidate + 1] && intervalEnds[current] > t ? effectiveStart[candidate] <= t : ((this.now[0] = t), this.isAvailableNow(candidate))) {
              k = candidate;
              break;
            }
            const start = this.nextStart(candidate);
            if (start !== Infinity) heap.push(candidate, start);
          }
        }
        if (k < 0) continue;
      }

      const pool = serverPool[k];
      // nothing waiting: idle; only the message that just arrived: take it; otherwise the dispatch rule decides
      const waiting = poolWaiting[pool];
      const q = waiting === 0 ? -1 : waiting === 1 && arrivedQueue >= 0 ? arrivedQueue : this.pick(pool, hour);
      if (q < 0) {
        idleStack[idleBase[pool] + idleCount[pool]++] = k;
        continue;
      }
      // server k answers the head of queue q
      const index = q * capacity + queueHead[q];
      const arrival = queueArrival[index];
      const deadline = queueDeadline[index];
      queueHead[q] = (queueHead[q] + 1) & mask;
      queueLength[q]--;
      for (let j = queuePoolOffsets[q]; j < queuePoolOffsets[q + 1]; j++) poolWaiting[queuePoolList[j]]--;
      const mean = handleMinutes[q];
      const handle = fixedHandleTime ? mean : mean * exponentialFromBits(rng.unsafeNext());
      const replied = t + handle;
      busy[k] = 1;
      {
        let i = heap.size++;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (heapKeys[parent] <= replied) break;
          heapKeys[i] = heapKeys[parent];
          heapIds[i] = heapIds[parent];
          i = parent;
        }
        heapKeys[i] = replied;
        heapIds[i] = k;
      }
      // busy minutes by grid hour (inlined: a call would box the times)
      let busyHour = (t / 60) | 0;
      let busyFrom = t;
      while (busyFrom < replied) {
        const hourEnd = (busyHour + 1) * 60;
        const until = replied < hourEnd ? replied : hourEnd;
        busyMinutes[pool * H + (busyHour < H ? busyHour : busyHour - H)] += until - busyFrom;
        busyFrom = until;
        busyHour++;
        if (busyHour >= 2 * H) break;
      }

      let slot = currentSlot;
      if (cyclic && arrival < 0) {
        if (arrival < -T) continue; // its replication has closed: it was counted as unanswered
        slot = previousSlot;
      }
      const isRealTime = realTime[q] === 1;
      const reply = isRealTime ? t : replied;
      const wait = reply - arrival;
      const i = slot * Q + q;
      answered[i] += 1;
      waitSum[i] += wait;
      if (reply <= deadline) withinDeadline[i] += 1;
      if (isRealTime && t - arrival <= answerWithinMinutes[q]) withinServiceLevel[i] += 1;
      slotHistogram[i * WAIT_BINS + waitBin(wait)] += 1;
      if (slotMeasured[slot] === 0) continue;
      const m = queueMarketplace[q];
      const shifted = arrival < 0 ? arrival + T : arrival;
      const localSlot = (shifted / LOCAL_SLOT_MINUTES) | 0;
      const hourOfWeek = q * HOURS_PER_WEEK + localHourOfWeek[m][localSlot < slotsPerCycle ? localSlot : slotsPerCycle - 1];
      hourOfWeekWait[hourOfWeek] += wait;
      hourOfWeekCount[hourOfWeek] += 1;
      if (!isRealTime) {
        const arrivalHour = (shifted / 60) | 0;
        let promiseBin = ((replied - arrival + (shifted - arrivalHour * 60)) / PROMISE_BIN_MINUTES) | 0;
        if (promiseBin >= PROMISE_BINS) promiseBin = PROMISE_BINS - 1;
        promiseHistogram[(m * H + arrivalHour) * PROMISE_BINS + promiseBin] += 1;
      }
      if (slot === tally.traceSlot) tally.traceMessage(q, pool, arrival, t, replied, reply <= deadline);
    }
    for (; hour < H; hour++) for (let q = 0; q < Q; q++) backlog[q * H + hour] = queueLength[q];
  }
}
