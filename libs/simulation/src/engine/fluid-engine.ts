import type { CompiledModel } from '../model/compiled-model';
import { deadlineAt } from '../model/deadline-table.util';
import { firstListedWaiting } from '../model/dispatch-order.util';
import type { ReplicationTally } from '../stats/replication-tally';
import type { QueueDiscipline } from '../simulation.types';

/** Masses below this are rounding dust, not messages. */
const EPSILON = 1e-12;
/** A cyclic week has reached its steady state when the end-of-week backlog moves less than this share of the weekly volume. */
const CONVERGENCE = 1e-9;
const MAX_WEEKS = 60;

/**
 * Expected volumes as a continuous flow, minute by minute: each minute every queue receives its
 * hour's volume / 60 as one cohort, and each pool spends its capacity (productive agents ×
 * occupancy agent-minutes per minute) on the cohorts at the heads of its queues, in the order of
 * the dispatch rule. With one queue this reproduces the planner's balance
 * b[h] = max(0, b[h−1] + a[h] − capacity[h] / AHT) exactly; with several it shows what the
 * dispatch rule (rather than the LP's free split) delivers.
 *
 * A cyclic grid repeats the week until the backlog at the end of the week stops changing and
 * then measures one steady-state week, counting every answer given in it (in steady state the
 * messages carried over from the previous week stand for this week's own carry-over).
 */
export class FluidEngine {
  private readonly Q: number;
  private readonly H: number;
  private readonly T: number;
  private capacity = 4096;
  private mask = 4095;
  private arrival: Float64Array;
  private deadline: Float64Array;
  private mass: Float64Array;
  private readonly head: Int32Array;
  private readonly length: Int32Array;
  private readonly waiting: Float64Array;
  private readonly byDeadline: boolean;
  private readonly byPriority: boolean;
  private readonly byRule: boolean;
  weeks = 0;
  converged = true;

  constructor(
    private readonly model: CompiledModel,
    private readonly tally: ReplicationTally,
    discipline: QueueDiscipline,
  ) {
    this.Q = model.queueCount;
    this.H = model.hours;
    this.T = model.minutes;
    this.arrival = new Float64Array(this.Q * this.capacity);
    this.deadline = new Float64Array(this.Q * this.capacity);
    this.mass = new Float64Array(this.Q * this.capacity);
    this.head = new Int32Array(this.Q);
    this.length = new Int32Array(this.Q);
    this.waiting = new Float64Array(this.Q);
    this.byDeadline = discipline !== 'fifo';
    this.byPriority = discipline === 'priority';
    this.byRule = discipline === 'dispatch' && model.dispatch !== null;
  }

  run(): void {
    const tally = this.tally;
    if (!this.model.cyclic) {
      tally.slotMeasured[0] = 1;
      tally.traceSlot = -1;
      for (let q = 0; q < this.Q; q++) {
        if (this.model.openingBacklog[q] > 0) {
          this.push(q, 0, this.model.openingBacklog[q]);
          tally.arrived[q] += this.model.openingBacklog[q];
        }
      }
      this.runPeriod();
      this.countUnanswered(0, this.T);
      tally.finalizeSlot(0);
      tally.finalizeProfile(true);
      return;
    }
    tally.slotMeasured[0] = 0;
    const weeklyVolume = this.model.rate.reduce((sum, value) => sum + value, 0);
    const tolerance = CONVERGENCE * Math.max(1, weeklyVolume);
    let previous = new Float64Array(this.Q).fill(-1);
    let previousGrowth = new Float64Array(this.Q).fill(NaN);
    this.converged = false;
    while (this.weeks < MAX_WEEKS) {
      this.runPeriod();
      this.weeks++;
      this.rebase();
      let change = 0;
      let growthChange = 0;
      const growth = new Float64Array(this.Q);
      for (let q = 0; q < this.Q; q++) {
        change = Math.max(change, Math.abs(this.waiting[q] - previous[q]));
        growth[q] = this.waiting[q] - previous[q];
        growthChange = Math.max(growthChange, Math.abs(growth[q] - previousGrowth[q]));
      }
      tally.clearSlot(0);
      tally.finalizeProfile(false);
      if (change <= tolerance) {
        this.converged = true;
        break;
      }
      // an overloaded roster reaches a state where the backlog grows by the same amount every week
      if (growthChange <= tolerance) break;
      previous = Float64Array.from(this.waiting);
      previousGrowth = growth;
    }
    const carried = Float64Array.from(this.waiting);
    tally.slotMeasured[0] = 1;
    this.runPeriod();
    // what the week left behind beyond what it inherited: growth of an overloaded roster, never answered
    for (let q = 0; q < this.Q; q++) {
      const growth = this.waiting[q] - carried[q];
      if (growth > EPSILON) tally.lateUnanswered[q] += growth;
    }
    tally.finalizeSlot(0);
    tally.finalizeProfile(true);
  }

  private push(q: number, t: number, mass: number): void {
    if (this.length[q] === this.capacity) this.grow();
    const index = q * this.capacity + ((this.head[q] + this.length[q]) & this.mask);
    this.arrival[index] = t;
    const table = this.model.deadlineTables[q];
    this.deadline[index] = table === null ? t + this.model.deadlineMinutes[q] : deadlineAt(table, this.T, t);
    this.mass[index] = mass;
    this.length[q]++;
    this.waiting[q] += mass;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const arrival = new Float64Array(this.Q * capacity);
    const deadline = new Float64Array(this.Q * capacity);
    const mass = new Float64Array(this.Q * capacity);
    for (let q = 0; q < this.Q; q++) {
      for (let j = 0; j < this.length[q]; j++) {
        const from = q * this.capacity + ((this.head[q] + j) & this.mask);
        arrival[q * capacity + j] = this.arrival[from];
        deadline[q * capacity + j] = this.deadline[from];
        mass[q * capacity + j] = this.mass[from];
      }
      this.head[q] = 0;
    }
    this.capacity = capacity;
    this.mask = capacity - 1;
    this.arrival = arrival;
    this.deadline = deadline;
    this.mass = mass;
  }

  private rebase(): void {
    for (let q = 0; q < this.Q; q++) {
      for (let j = 0; j < this.length[q]; j++) {
        const index = q * this.capacity + ((this.head[q] + j) & this.mask);
        this.arrival[index] -= this.T;
        this.deadline[index] -= this.T;
      }
    }
  }

  private countUnanswered(slot: number, end: number): void {
    for (let q = 0; q < this.Q; q++) {
      for (let j = 0; j < this.length[q]; j++) {
        const index = q * this.capacity + ((this.head[q] + j) & this.mask);
        if (this.deadline[index] <= end) this.tally.lateUnanswered[slot * this.Q + q] += this.mass[index];
        else this.tally.pendingUnanswered[slot * this.Q + q] += this.mass[index];
      }
    }
  }

  private pick(pool: number, hour: number): number {
    const model = this.model;
    const list = model.poolQueueList;
    const from = model.poolQueueOffsets[pool];
    const to = model.poolQueueOffsets[pool + 1];
    const realTimeEnd = from + model.poolRealTimeCount[pool];
    let best = -1;
    let bestKey = Infinity;
    let bestRank = -1;
    // a pool under the rule looks at its real-time queues here and at the rule's list after them
    const ruled = this.byRule && model.dispatch!.ruled[pool] === 1;
    const end = ruled ? realTimeEnd : to;
    for (let i = from; i < end; i++) {
      if (i === realTimeEnd && best >= 0) return best;
      const q = list[i];
      if (this.length[q] === 0) continue;
      const index = q * this.capacity + this.head[q];
      const realTime = i < realTimeEnd;
      const key = realTime || !this.byDeadline ? this.arrival[index] : this.deadline[index];
      if (!realTime && this.byPriority) {
        const rank = model.priorityRank[q];
        if (best >= 0 && rank !== bestRank) return best;
        bestRank = rank;
      }
      if (key < bestKey) {
        best = q;
        bestKey = key;
      }
    }
    return best >= 0 || !ruled ? best : firstListedWaiting(model.dispatch!, pool, hour, this.H, this.length);
  }

  /** Pool p's capacity of one minute of hour h spent on the cohorts its rule picks, answered at `mid`. */
  private serve(p: number, h: number, mid: number): void {
    const model = this.model;
    const tally = this.tally;
    const H = this.H;
    let agentMinutes = model.poolServers[p * H + h];
    while (agentMinutes > EPSILON) {
      const q = this.pick(p, h);
      if (q < 0) break;
      const index = q * this.capacity + this.head[q];
      const handle = model.handleMinutes[q];
      const served = Math.min(this.mass[index], agentMinutes / handle);
      tally.record(0, q, p, this.arrival[index], mid, mid + handle, this.deadline[index], served);
      tally.busyMinutes[p * H + h] += served * handle;
      agentMinutes -= served * handle;
      this.waiting[q] -= served;
      this.mass[index] -= served;
      if (this.mass[index] <= EPSILON) {
        this.waiting[q] -= this.mass[index];
        this.head[q] = (this.head[q] + 1) & this.mask;
        this.length[q]--;
      }
    }
  }

  private runPeriod(): void {
    const model = this.model;
    const tally = this.tally;
    const H = this.H;
    const Q = this.Q;
    for (let minute = 0; minute < this.T; minute++) {
      const h = (minute / 60) | 0;
      const mid = minute + 0.5;
      for (let q = 0; q < Q; q++) {
        const volume = model.rate[q * H + h] / 60;
        if (volume > 0) {
          this.push(q, mid, volume);
          if (tally.slotMeasured[0]) tally.arrived[q] += volume;
        }
      }
      model.servingTurns.forEach(minute, (p) => this.serve(p, h, mid));
      if ((minute + 1) % 60 === 0) for (let q = 0; q < Q; q++) tally.backlog[q * H + h] = Math.max(0, this.waiting[q]);
    }
  }
}
