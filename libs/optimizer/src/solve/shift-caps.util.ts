import type { PlanningModel } from '../planning/planning-model.build';

const EPSILON = 1e-6;

/**
 * The model's caps on shift counts alone — every row that holds only shift variables, with
 * positive coefficients and an upper side (on-duty headcount, availability caps, a group's
 * members per day, rest, working days, weekly hours): what the rounding heuristics must not
 * round up into, read from the model itself so a new rule is respected without a copy of it.
 */
export class ShiftCaps {
  private readonly rowsOfShift: Array<Array<[row: number, coefficient: number]>>;
  private readonly upper: Float64Array;
  private readonly activity: Float64Array;

  constructor(model: PlanningModel) {
    const shiftIndex = new Map<number, number>(model.vars.shifts.map((v, j) => [v, j]));
    this.rowsOfShift = model.vars.shifts.map(() => []);
    const uppers: number[] = [];
    for (const row of model.linear.constraints) {
      if (!Number.isFinite(row.upper) || !row.indices.length) continue;
      if (!row.indices.every((v, k) => shiftIndex.has(v) && row.coefficients[k] > 0)) continue;
      const r = uppers.push(row.upper) - 1;
      row.indices.forEach((v, k) => this.rowsOfShift[shiftIndex.get(v) as number].push([r, row.coefficients[k]]));
    }
    this.upper = Float64Array.from(uppers);
    this.activity = new Float64Array(uppers.length);
  }

  /** Starts the tally from these (possibly fractional) counts, one per shift option. */
  reset(counts: ArrayLike<number>): void {
    this.activity.fill(0);
    for (let j = 0; j < this.rowsOfShift.length; j++) if (counts[j] > EPSILON) this.add(j, counts[j]);
  }

  fits(j: number, extra: number): boolean {
    return this.rowsOfShift[j].every(([r, c]) => this.activity[r] + c * extra <= this.upper[r] + EPSILON);
  }

  add(j: number, extra: number): void {
    for (const [r, c] of this.rowsOfShift[j]) this.activity[r] += c * extra;
  }
}
