import type { CompiledModel } from '../model/compiled-model';
import { LOCAL_SLOT_MINUTES } from '../model/compiled-model';
import { FigureBank } from './figure-bank';
import { WAIT_BINS, waitBin, waitQuantile } from './wait-histogram';

/** Figures per queue and per marketplace, in this order inside each block of the figure bank. */
export const Figure = {
  Messages: 0,
  Sla: 1,
  AverageWait: 2,
  P50: 3,
  P90: 4,
  P99: 5,
  ServiceLevel: 6,
  Unanswered: 7,
} as const;
export const FIGURES_PER_BLOCK = 8;
export const HOURS_PER_WEEK = 168;
/** Promise histogram: 15-minute bins of "reply minus start of the arrival hour", up to a week. */
export const PROMISE_BIN_MINUTES = 15;
export const PROMISE_BINS = (7 * 24 * 60) / PROMISE_BIN_MINUTES + 1;

/**
 * Everything the engines count, in flat typed arrays. Per-replication counts live in two slots
 * (a cyclic chain answers last week's messages early in this week); when a replication is done
 * its figures go to the banks and its slot is cleared, so memory does not grow with replications.
 * Pooled counts (wait by buyer-local hour, promise histograms, wait histograms) add up over all
 * measured replications.
 */
export class ReplicationTally {
  readonly queues: number;
  readonly marketplaces: number;
  readonly pools: number;
  readonly hours: number;

  // per slot × queue
  readonly arrived: Float64Array;
  readonly answered: Float64Array;
  readonly withinDeadline: Float64Array;
  readonly withinServiceLevel: Float64Array;
  readonly waitSum: Float64Array;
  readonly lateUnanswered: Float64Array;
  readonly pendingUnanswered: Float64Array;
  readonly slotHistogram: Float64Array;
  readonly slotMeasured = new Uint8Array(2);

  // pooled over measured replications
  readonly pooledHistogram: Float64Array;
  readonly pooledWaitSum: Float64Array;
  readonly pooledAnswered: Float64Array;
  readonly hourOfWeekWait: Float64Array;
  readonly hourOfWeekCount: Float64Array;
  readonly promiseHistogram: Float32Array;

  // one simulated week (or dated horizon): waiting messages at each hour's end, busy minutes
  readonly backlog: Float64Array;
  readonly busyMinutes: Float64Array;
  readonly backlogBank: FigureBank;
  readonly busySum: Float64Array;
  profiles = 0;

  readonly figures: FigureBank;
  /** Replications (per queue, marketplace, overall) whose SLA attainment fell below target. */
  readonly belowTarget: Float64Array;
  replications = 0;

  traceSlot = -1;
  readonly trace: { q: number; pool: number; arrival: number; answeredAt: number; repliedAt: number; within: boolean }[] = [];

  private readonly scratch: Float64Array;

  constructor(
    private readonly model: CompiledModel,
    private readonly slaTarget: number,
    readonly traceLimit: number,
  ) {
    const Q = (this.queues = model.queueCount);
    const M = (this.marketplaces = model.marketplaces.length);
    const P = (this.pools = model.poolCount);
    const H = (this.hours = model.hours);
    this.arrived = new Float64Array(2 * Q);
    this.answered = new Float64Array(2 * Q);
    this.withinDeadline = new Float64Array(2 * Q);
    this.withinServiceLevel = new Float64Array(2 * Q);
    this.waitSum = new Float64Array(2 * Q);
    this.lateUnanswered = new Float64Array(2 * Q);
    this.pendingUnanswered = new Float64Array(2 * Q);
    this.slotHistogram = new Float64Array(2 * Q * WAIT_BINS);
    this.pooledHistogram = new Float64Array((Q + M) * WAIT_BINS);
    this.pooledWaitSum = new Float64Array(Q + M);
    this.pooledAnswered = new Float64Array(Q + M);
    this.hourOfWeekWait = new Float64Array(Q * HOURS_PER_WEEK);
    this.hourOfWeekCount = new Float64Array(Q * HOURS_PER_WEEK);
    this.promiseHistogram = new Float32Array(M * H * PROMISE_BINS);
    this.backlog = new Float64Array((Q + M) * H);
    this.busyMinutes = new Float64Array(P * H);
    // hour-by-hour bands keep fewer exact values: there are many of them
    this.backlogBank = new FigureBank((Q + M) * H, 16);
    this.busySum = new Float64Array(P * H);
    this.figures = new FigureBank((Q + M + 1) * FIGURES_PER_BLOCK + P);
    this.belowTarget = new Float64Array(Q + M + 1);
    this.scratch = new Float64Array(WAIT_BINS);
  }

  /**
   * One answered message (or, in the fluid engine, `weight` messages): received at `arrival`,
   * picked up at `answeredAt`, reply sent at `repliedAt`, due at `deadline` (grid minutes).
   * Real-time classes count from arrival to pick-up.
   */
  record(slot: number, q: number, pool: number, arrival: number, answeredAt: number, repliedAt: number, deadline: number, weight: number): void {
    const model = this.model;
    const realTime = model.realTime[q] === 1;
    const replied = realTime ? answeredAt : repliedAt;
    const wait = replied - arrival;
    const within = replied <= deadline;
    const i = slot * this.queues + q;
    this.answered[i] += weight;
    this.waitSum[i] += wait * weight;
    if (within) this.withinDeadline[i] += weight;
    if (realTime && answeredAt - arrival <= model.answerWithinMinutes[q]) this.withinServiceLevel[i] += weight;
    this.slotHistogram[i * WAIT_BINS + waitBin(wait)] += weight;
    if (this.slotMeasured[slot] === 0) return;

    const m = model.queueMarketplace[q];
    const cycleSlots = model.localHourOfWeek[m].length;
    let localSlot = Math.floor(arrival / LOCAL_SLOT_MINUTES) % cycleSlots;
    if (localSlot < 0) localSlot += cycleSlots;
    const hourOfWeek = q * HOURS_PER_WEEK + model.localHourOfWeek[m][localSlot];
    this.hourOfWeekWait[hourOfWeek] += wait * weight;
    this.hourOfWeekCount[hourOfWeek] += weight;
    if (!realTime) {
      const arrivalHour = Math.floor(arrival / 60);
      let gridHour = arrivalHour % this.hours;
      if (gridHour < 0) gridHour += this.hours;
      const bin = Math.min(PROMISE_BINS - 1, Math.floor((repliedAt - arrivalHour * 60) / PROMISE_BIN_MINUTES));
      this.promiseHistogram[(m * this.hours + gridHour) * PROMISE_BINS + bin] += weight;
    }
    if (slot === this.traceSlot) this.traceMessage(q, pool, arrival, answeredAt, repliedAt, within);
  }

  traceMessage(q: number, pool: number, arrival: number, answeredAt: number, repliedAt: number, within: boolean): void {
    if (this.trace.length < this.traceLimit) this.trace.push({ q, pool, arrival, answeredAt, repliedAt, within });
  }

  /** Closes one replication: its figures to the banks, its histograms to the pooled ones, its slot cleared. */
  finalizeSlot(slot: number): void {
    const Q = this.queues;
    const M = this.marketplaces;
    const figures = this.figures;
    const marketArrived = new Float64Array(M);
    const marketAnswered = new Float64Array(M);
    const marketWithin = new Float64Array(M);
    const marketWait = new Float64Array(M);
    const marketLate = new Float64Array(M);
    const marketUnanswered = new Float64Array(M);
    let allArrived = 0;
    let allWithin = 0;
    let allJudged = 0;
    let allWait = 0;
    let allAnswered = 0;
    for (let q = 0; q < Q; q++) {
      const i = slot * Q + q;
      const m = this.model.queueMarketplace[q];
      const judged = this.answered[i] + this.lateUnanswered[i];
      const sla = judged > 0 ? this.withinDeadline[i] / judged : NaN;
      const base = q * FIGURES_PER_BLOCK;
      figures.add(base + Figure.Messages, this.arrived[i]);
      figures.add(base + Figure.Sla, sla);
      if (sla < this.slaTarget) this.belowTarget[q] += 1;
      figures.add(base + Figure.AverageWait, this.answered[i] > 0 ? this.waitSum[i] / this.answered[i] : NaN);
      const offset = i * WAIT_BINS;
      figures.add(base + Figure.P50, waitQuantile(this.slotHistogram, offset, 0.5));
      figures.add(base + Figure.P90, waitQuantile(this.slotHistogram, offset, 0.9));
      figures.add(base + Figure.P99, waitQuantile(this.slotHistogram, offset, 0.99));
      if (this.model.realTime[q]) figures.add(base + Figure.ServiceLevel, this.answered[i] > 0 ? this.withinServiceLevel[i] / (this.answered[i] + this.lateUnanswered[i] + this.pendingUnanswered[i]) : NaN);
      figures.add(base + Figure.Unanswered, this.lateUnanswered[i] + this.pendingUnanswered[i]);
      const pooledQueue = q * WAIT_BINS;
      for (let b = 0; b < WAIT_BINS; b++) this.pooledHistogram[pooledQueue + b] += this.slotHistogram[offset + b];
      this.pooledWaitSum[q] += this.waitSum[i];
      this.pooledAnswered[q] += this.answered[i];
      // a live chat without a reply deadline is judged by its answer time alone, not in the marketplace's deadline figures
      if (!this.model.hasReplyDeadline[q]) continue;
      const pooledMarket = (Q + m) * WAIT_BINS;
      for (let b = 0; b < WAIT_BINS; b++) this.pooledHistogram[pooledMarket + b] += this.slotHistogram[offset + b];
      this.pooledWaitSum[Q + m] += this.waitSum[i];
      this.pooledAnswered[Q + m] += this.answered[i];
      marketArrived[m] += this.arrived[i];
      marketAnswered[m] += this.answered[i];
      marketWithin[m] += this.withinDeadline[i];
      marketWait[m] += this.waitSum[i];
      marketLate[m] += this.lateUnanswered[i];
      marketUnanswered[m] += this.lateUnanswered[i] + this.pendingUnanswered[i];
      allArrived += this.arrived[i];
      allWithin += this.withinDeadline[i];
      allJudged += judged;
      allWait += this.waitSum[i];
      allAnswered += this.answered[i];
    }
    for (let m = 0; m < M; m++) {
      const base = (Q + m) * FIGURES_PER_BLOCK;
      const judged = marketAnswered[m] + marketLate[m];
      const sla = judged > 0 ? marketWithin[m] / judged : NaN;
      figures.add(base + Figure.Messages, marketArrived[m]);
      figures.add(base + Figure.Sla, sla);
      if (sla < this.slaTarget) this.belowTarget[Q + m] += 1;
      figures.add(base + Figure.AverageWait, marketAnswered[m] > 0 ? marketWait[m] / marketAnswered[m] : NaN);
      const merged = this.scratch;
      merged.fill(0);
      for (let q = 0; q < Q; q++) {
        if (this.model.queueMarketplace[q] !== m || !this.model.hasReplyDeadline[q]) continue;
        const offset = (slot * Q + q) * WAIT_BINS;
        for (let b = 0; b < WAIT_BINS; b++) merged[b] += this.slotHistogram[offset + b];
      }
      figures.add(base + Figure.P50, waitQuantile(merged, 0, 0.5));
      figures.add(base + Figure.P90, waitQuantile(merged, 0, 0.9));
      figures.add(base + Figure.P99, waitQuantile(merged, 0, 0.99));
      figures.add(base + Figure.Unanswered, marketUnanswered[m]);
    }
    const overall = (Q + M) * FIGURES_PER_BLOCK;
    const sla = allJudged > 0 ? allWithin / allJudged : NaN;
    figures.add(overall + Figure.Messages, allArrived);
    figures.add(overall + Figure.Sla, sla);
    if (sla < this.slaTarget) this.belowTarget[Q + M] += 1;
    figures.add(overall + Figure.AverageWait, allAnswered > 0 ? allWait / allAnswered : NaN);
    this.replications += 1;
    this.clearSlot(slot);
  }

  clearSlot(slot: number): void {
    const Q = this.queues;
    for (const array of [this.arrived, this.answered, this.withinDeadline, this.withinServiceLevel, this.waitSum, this.lateUnanswered, this.pendingUnanswered]) {
      array.fill(0, slot * Q, (slot + 1) * Q);
    }
    this.slotHistogram.fill(0, slot * Q * WAIT_BINS, (slot + 1) * Q * WAIT_BINS);
  }

  /** Closes one simulated week (or dated horizon) of backlog and busy time; `measured` adds it to the figures. */
  finalizeProfile(measured: boolean): void {
    const Q = this.queues;
    const H = this.hours;
    if (measured) {
      for (let m = 0; m < this.marketplaces; m++) this.backlog.fill(0, (Q + m) * H, (Q + m + 1) * H);
      for (let q = 0; q < Q; q++) {
        if (!this.model.hasReplyDeadline[q]) continue;
        const m = this.model.queueMarketplace[q];
        for (let h = 0; h < H; h++) this.backlog[(Q + m) * H + h] += this.backlog[q * H + h];
      }
      for (let i = 0; i < (Q + this.marketplaces) * H; i++) this.backlogBank.add(i, this.backlog[i]);
      const occupancyBase = (Q + this.marketplaces + 1) * FIGURES_PER_BLOCK;
      for (let p = 0; p < this.pools; p++) {
        let busy = 0;
        let productive = 0;
        for (let h = 0; h < H; h++) {
          busy += this.busyMinutes[p * H + h];
          productive += this.model.poolProductive[p * H + h] * 60;
          this.busySum[p * H + h] += this.busyMinutes[p * H + h];
        }
        this.figures.add(occupancyBase + p, productive > 0 ? busy / productive : NaN);
      }
      this.profiles += 1;
    }
    this.backlog.fill(0);
    this.busyMinutes.fill(0);
  }
}
