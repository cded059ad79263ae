/**
 * Many streaming quantile estimators side by side. The first `exactCount` observations of each
 * figure are kept and answered exactly; after that the P² algorithm (Jain & Chlamtac, 1985) takes
 * over with its five markers started from those observations, so memory stays bounded however
 * many replications are run.
 */
export class PSquareBank {
  private readonly heights: Float64Array;
  private readonly positions: Float64Array;
  private readonly desired: Float64Array;
  private readonly counts: Int32Array;
  private readonly increments: Float64Array;
  private readonly kept: Float64Array;

  constructor(
    readonly size: number,
    readonly p: number,
    readonly exactCount = 64,
  ) {
    if (!(exactCount >= 5)) throw new RangeError('a P² estimator needs at least five starting values');
    this.heights = new Float64Array(size * 5);
    this.positions = new Float64Array(size * 5);
    this.desired = new Float64Array(size * 5);
    this.counts = new Int32Array(size);
    this.increments = Float64Array.of(0, p / 2, p, (1 + p) / 2, 1);
    this.kept = new Float64Array(size * exactCount);
  }

  add(index: number, value: number): void {
    if (Number.isNaN(value)) return;
    const n = this.counts[index]++;
    if (n < this.exactCount) {
      this.kept[index * this.exactCount + n] = value;
      return;
    }
    if (n === this.exactCount) this.startMarkers(index);
    this.update(index, value);
  }

  /** Current estimate; NaN before any observation. */
  value(index: number): number {
    const n = this.counts[index];
    if (n === 0) return NaN;
    if (n <= this.exactCount) {
      const sorted = this.kept.slice(index * this.exactCount, index * this.exactCount + n).sort();
      return quantileOfSorted(sorted, this.p);
    }
    return this.heights[index * 5 + 2];
  }

  /** Markers at the minimum, p/2, p, (1+p)/2 quantiles and maximum of the kept values. */
  private startMarkers(index: number): void {
    const n = this.exactCount;
    const sorted = this.kept.slice(index * n, (index + 1) * n).sort();
    const base = index * 5;
    for (let j = 0; j < 5; j++) {
      const desired = 1 + (n - 1) * this.increments[j];
      const position = j === 0 ? 1 : j === 4 ? n : Math.min(n - 4 + j, Math.max(j + 1, Math.round(desired)));
      this.positions[base + j] = position;
      this.desired[base + j] = desired;
      this.heights[base + j] = sorted[position - 1];
    }
  }

  private update(index: number, value: number): void {
    const base = index * 5;
    const q = this.heights;
    let k: number;
    if (value < q[base]) {
      q[base] = value;
      k = 0;
    } else if (value >= q[base + 4]) {
      q[base + 4] = value;
      k = 3;
    } else {
      k = 0;
      while (k < 3 && value >= q[base + k + 1]) k++;
    }
    for (let j = k + 1; j < 5; j++) this.positions[base + j] += 1;
    for (let j = 0; j < 5; j++) this.desired[base + j] += this.increments[j];
    for (let j = 1; j <= 3; j++) {
      const i = base + j;
      const d = this.desired[i] - this.positions[i];
      const up = this.positions[i + 1] - this.positions[i];
      const down = this.positions[i - 1] - this.positions[i];
      if ((d >= 1 && up > 1) || (d <= -1 && down < -1)) {
        const s = d >= 0 ? 1 : -1;
        const parabolic =
          q[i] +
          (s / (this.positions[i + 1] - this.positions[i - 1])) *
            ((this.positions[i] - this.positions[i - 1] + s) * ((q[i + 1] - q[i]) / up) + (this.positions[i + 1] - this.positions[i] - s) * ((q[i] - q[i - 1]) / -down));
        if (q[i - 1] < parabolic && parabolic < q[i + 1]) q[i] = parabolic;
        else q[i] = q[i] + (s * (q[i + s] - q[i])) / (this.positions[i + s] - this.positions[i]);
        this.positions[i] += s;
      }
    }
  }
}

/** Linear interpolation between order statistics (the usual "type 7" sample quantile). */
function quantileOfSorted(sorted: Float64Array, p: number): number {
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
}
