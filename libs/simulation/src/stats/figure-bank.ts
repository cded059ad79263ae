import type { Band } from '../simulation.types';
import { PSquareBank } from './p-square-bank';

/** Per-replication values of many figures → mean and 90 % band each, in constant memory. */
export class FigureBank {
  private readonly sums: Float64Array;
  private readonly counts: Float64Array;
  private readonly low: PSquareBank;
  private readonly high: PSquareBank;

  /** `exactCount`: replications kept per figure for exact bands before the streaming estimate takes over. */
  constructor(
    readonly size: number,
    exactCount = 64,
  ) {
    this.sums = new Float64Array(size);
    this.counts = new Float64Array(size);
    this.low = new PSquareBank(size, 0.05, exactCount);
    this.high = new PSquareBank(size, 0.95, exactCount);
  }

  /** One replication's value of figure `index`; NaN (no messages to measure) is skipped. */
  add(index: number, value: number): void {
    if (Number.isNaN(value)) return;
    this.sums[index] += value;
    this.counts[index] += 1;
    this.low.add(index, value);
    this.high.add(index, value);
  }

  /** Replications in which figure `index` could be measured. */
  count(index: number): number {
    return this.counts[index];
  }

  mean(index: number): number {
    return this.counts[index] > 0 ? this.sums[index] / this.counts[index] : NaN;
  }

  band(index: number, scale = 1): Band {
    const mean = this.mean(index);
    if (Number.isNaN(mean)) return { mean: NaN, low: NaN, high: NaN };
    // keep the band ordered around the mean even where a skewed figure's estimate drifts
    const low = Math.min(this.low.value(index), mean);
    const high = Math.max(this.high.value(index), mean);
    return { mean: mean * scale, low: low * scale, high: high * scale };
  }
}
