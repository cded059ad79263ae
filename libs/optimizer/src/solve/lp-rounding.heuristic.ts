import type { SolveResult, SolverSession, VariableRef } from '../model/linear-model.types';
import type { PlanningModel } from '../planning/planning-model.build';
import type { SolveBudget } from './solve-budget';
import { trimShiftCounts } from './shift-trim.util';
import { coverLpWorkload } from './workload-cover.heuristic';
import { ShiftCaps } from './shift-caps.util';
import { shiftPool } from '../constraints/site-capacity.constraint';
import { speaksEvery } from '../planning/site-languages.util';
import { solveFlowsFor, staffingGapVariables } from './fixed-counts.util';

export interface RoundedPlan {
  values: number[];
  objective: number;
  /** Agents per shift option. */
  counts: number[];
  /** LP re-solves the heuristic needed. */
  lpSolves: number;
}

const EPSILON = 1e-6;
/** Share of the fractional shift counts rounded per diving round. */
const BATCH_SHARE = 0.25;
/** Fractional part from which the nearest rounding goes up. */
const UP_FROM = 0.5;
/** With this few fractional counts left (or after this many rounds without progress) they are rounded together. */
const ENDGAME_SIZE = 4;
const MAX_STALLED_ROUNDS = 4;
/** Horizons up to this many days are dived in one go; longer ones day by day. */
const ONE_STRIPE_UP_TO_DAYS = 8;
/** LP re-solves a stripe may use before its remaining fractions are settled by a sub-MIP. */
const SOLVES_PER_STRIPE = 150;
/** Days are fixed in one LP re-solve each once a careful dive of the days left would take more than this share of the LP re-solves left. */
const HURRY_SHARE = 0.6;
/** Sub-MIP nodes that settle a stuck stripe, unless the effort says otherwise. */
const STRIPE_MIP_NODES = 200;
/** How often a dive may undo earlier roundings when it gets stuck. */
const MAX_RELEASES = 8;
/** LP re-solves the quick cover may use to move work out of capped hours. */
const COVER_ROUNDS = 6;
/** Improvement passes: a new dive inside the best plan's counts. */
const MAX_PASSES = 6;

/**
 * LP-guided rounding with warm-started LP re-solves:
 * 0. cover: whole agents for the LP's work hour by hour, one LP re-solve for the flows (more
 *    where caps make work move): a plan about 6 % above the bound on W4 and W13, at once;
 * 1. dive: round the fractional shift counts closest to a whole number to it (as a bound —
 *    "at most floor" or "at least ceil" — so the LP can still move around them; never up into
 *    a headcount or weekly-hours cap), re-solve, repeat until every count is whole; the last
 *    few are rounded together; horizons over a week go day by day;
 * 2. trim: take agents off the most expensive shifts while the message flows still fit;
 * 3. improve: re-solve the LP with every count capped at the plan's and dive again from there
 *    (always feasible: the plan itself lies in the box), while that keeps paying off.
 * The budget counts LP re-solves (one unit each), never seconds, so the same LP gives the same
 * plan on any machine. Returns null when no integer plan was found in the budget; leaves the
 * session's bounds as they were.
 */
export function roundLpSolution(
  session: SolverSession,
  model: PlanningModel,
  lp: SolveResult,
  budget: SolveBudget,
  onImproved: (plan: RoundedPlan) => void = () => undefined,
  options: { stripeMipNodes?: number } = {},
): RoundedPlan | null {
  // the staffing gap makes every rounding feasible at a price: held at the LP's own gap, a
  // rounding that leaves the team shorter than the LP did is refused like a missed deadline, so
  // the dive steers around it; only when no plan is found so is the gap let free again
  const held = holdStaffingGap(session, model, lp.values as readonly number[]);
  if (held) {
    let plan: RoundedPlan | null;
    try {
      plan = roundWithin(session, model, lp, budget, onImproved, options);
    } finally {
      held.release();
    }
    if (plan) return withFreeGap(session, model, plan, budget, onImproved);
  }
  return roundWithin(session, model, lp, budget, onImproved, options);
}

function roundWithin(
  session: SolverSession,
  model: PlanningModel,
  lp: SolveResult,
  budget: SolveBudget,
  onImproved: (plan: RoundedPlan) => void,
  options: { stripeMipNodes?: number },
): RoundedPlan | null {
  const dive = new ShiftDive(session, model, budget, options.stripeMipNodes ?? STRIPE_MIP_NODES);
  try {
    // a first plan in one LP re-solve, so a long dive that runs out of time still leaves one
    let best: RoundedPlan | null = dive.coverWorkload(lp.values as readonly number[], dive.originalUpper);
    if (best) {
      // trim first: the agents it frees are the ones that can close a gap
      best = dive.trim(dive.closeGap(dive.trim(best)));
      onImproved(best);
    }
    // with a plan in hand, a careful dive that runs out of time costs nothing; hurrying it does
    const dived = budget.exhausted() ? null : dive.run(lp.values as readonly number[], dive.originalUpper, { hurry: !best });
    if (dived) {
      const trimmed = dive.trim(dive.closeGap(dive.trim(dived)));
      if (!best || trimmed.objective < best.objective - 1e-6) {
        best = trimmed;
        onImproved(best);
      }
    }
    if (!best) return null;
    for (let pass = 0; pass < MAX_PASSES && !budget.exhausted(); pass++) {
      const boxed = dive.solveInBox(best.counts);
      if (!boxed?.values || (boxed.objective as number) >= best.objective - 1e-6) break;
      const next = dive.run(boxed.values, best.counts, { hurry: false });
      if (!next) break;
      const trimmed = dive.trim(next);
      if (trimmed.objective >= best.objective - 1e-6) break;
      best = trimmed;
      onImproved(best);
    }
    return { ...best, lpSolves: dive.lpSolves };
  } finally {
    dive.restore();
  }
}

class ShiftDive {
  readonly shiftVars: readonly VariableRef[];
  readonly originalLower: number[];
  readonly originalUpper: number[];
  private lower: number[];
  private upper: number[];
  /** Shifts whose counts a finished stripe fixed. */
  private locked = new Uint8Array(0);
  private readonly caps: ShiftCaps;
  lpSolves = 0;

  constructor(
    private readonly session: SolverSession,
    private readonly model: PlanningModel,
    private readonly budget: SolveBudget,
    private readonly stripeMipNodes: number,
  ) {
    this.shiftVars = model.vars.shifts;
    this.caps = new ShiftCaps(model);
    const variables = model.linear.variables;
    this.originalLower = this.shiftVars.map((v) => variables[v].lower);
    this.originalUpper = this.shiftVars.map((v) => variables[v].upper);
    this.lower = this.originalLower.slice();
    this.upper = this.originalUpper.slice();
  }

  restore(): void {
    this.session.setBounds(this.shiftVars, this.originalLower, this.originalUpper);
  }

  /** The LP with every count between its original lower bound and `box`. */
  solveInBox(box: readonly number[]): SolveResult | null {
    this.lower = this.originalLower.slice();
    this.upper = box.slice();
    const result = this.resolve();
    return result.values ? result : null;
  }

  /**
   * Dives from an LP solution to whole counts, never above `box`. Fractions tend to wander to
   * neighbouring shifts when a count is rounded, so on horizons over a week the dive goes day
   * by day and locks each day once it is whole: a fraction can then only move forward into
   * days still open. A day that cannot be finished reopens its week; near the time limit (when
   * `hurry`: no plan yet) the remaining days are fixed a week (else a day) per LP re-solve.
   */
  run(start: readonly number[], box: readonly number[], options: { hurry: boolean }): RoundedPlan | null {
    const { shiftVars } = this;
    this.lower = this.originalLower.slice();
    this.upper = box.slice();
    this.locked = new Uint8Array(shiftVars.length);
    let values: readonly number[] = start;
    const stripes = this.stripes();
    const started = this.budget.spent();
    for (let k = 0; k < stripes.length; k++) {
      let stripe = stripes[k];
      // short of re-solves for a careful dive of every day left: fix the remaining days with one
      // LP re-solve per week or day (nearest, else up within the caps); the trim takes back excess
      const perStripe = k > 0 ? (this.budget.spent() - started) / k : 0;
      const hurried = options.hurry && k > 0 && perStripe * (stripes.length - k) > HURRY_SHARE * this.budget.remainingUnits();
      let next: readonly number[] | null = null;
      if (hurried) {
        // a week of days at once, else this day alone
        const block = stripes.slice(k, k + 7).flat();
        next = this.fixStripe(values, block) ?? this.fixStripe(values, block, true);
        if (next) {
          stripe = block;
          k = Math.min(stripes.length, k + 7) - 1;
        } else next = this.fixStripe(values, stripe) ?? this.fixStripe(values, stripe, true);
      }
      if (!next) next = this.diveOver(values, box, stripe);
      if (!next && stripes.length > 1) {
        // the days already rounded this week left no whole solution for this one (weekly hours
        // run out): dive over the whole week so far in one go, as for a one-week horizon
        const weekStart = k - (k % 7);
        stripe = stripes.slice(weekStart, k + 1).flat();
        for (const j of stripe) {
          this.locked[j] = 0;
          this.lower[j] = this.originalLower[j];
          this.upper[j] = box[j];
        }
        const reopened = this.resolve().values;
        next = reopened ? this.diveOver(reopened, box, stripe) : null;
      }
      if (!next) return null;
      values = next;
      for (const j of stripe) {
        const whole = Math.round(values[shiftVars[j]]);
        this.lower[j] = whole;
        this.upper[j] = whole;
        this.locked[j] = 1;
      }
    }
    if (shiftVars.some((v) => distanceToWhole(values[v]) > EPSILON)) return null;
    return this.withCounts(shiftVars.map((v) => Math.round(values[v])));
  }

  /**
   * Horizons of up to a week are dived as one stripe; longer ones day by day (shifts by the
   * grid day they start on, carried-in shifts counting as day 0), each day locked when whole.
   */
  private stripes(): number[][] {
    const { grid, shifts } = this.model.problem;
    const days = Math.ceil(grid.hours / 24);
    if (days <= ONE_STRIPE_UP_TO_DAYS) return [shifts.map((_, j) => j)];
    const stripes: number[][] = Array.from({ length: days }, () => []);
    shifts.forEach((shift, j) => {
      const day = Math.min(days - 1, Math.floor(Math.max(0, shift.startUtcMs - grid.startUtcMs) / 86_400_000));
      stripes[day].push(j);
    });
    return stripes.filter((stripe) => stripe.length);
  }

  /** Rounds the shifts of one stripe until they are whole; the rest of the LP stays free to compensate. */
  private diveOver(start: readonly number[], box: readonly number[], stripe: readonly number[]): readonly number[] | null {
    const { shiftVars, budget } = this;
    let values = start;
    let fewest = Infinity;
    let stalled = 0;
    let releases = 0;
    const solvesAtStart = this.lpSolves;
    const fixed = this.fixStripe(values, stripe);
    if (fixed) return fixed;
    while (!budget.exhausted()) {
      const fractional = stripe.filter((j) => distanceToWhole(values[shiftVars[j]]) > EPSILON);
      if (!fractional.length) return values;
      stalled = fractional.length < fewest ? 0 : stalled + 1;
      fewest = Math.min(fewest, fractional.length);
      fractional.sort((a, b) => distanceToWhole(values[shiftVars[a]]) - distanceToWhole(values[shiftVars[b]]));
      // the last few, or fractions that keep wandering: round them together
      if (this.lpSolves - solvesAtStart > SOLVES_PER_STRIPE) return this.settleByMip(values, stripe, box);
      if (fractional.length <= ENDGAME_SIZE || stalled >= MAX_STALLED_ROUNDS) {
        const settled =
          fractional.length <= ENDGAME_SIZE ? this.settleTogether(values, fractional) : this.roundAllUp(values, fractional) ?? this.settleTogether(values, fractional.slice(0, ENDGAME_SIZE));
        if (settled) {
          values = settled;
          fewest = Infinity;
          continue;
        }
      }
      // a batch that cannot be rounded at once is halved until it can (a single count may go either way)
      const batch = fractional.slice(0, Math.max(1, Math.ceil(fractional.length * BATCH_SHARE)));
      let next: readonly number[] | null = null;
      for (let size = batch.length; size >= 1 && !next; size = size === 1 ? 0 : Math.ceil(size / 4)) {
        next = this.roundBatch(values, batch.slice(0, size), size === 1);
      }
      if (!next && releases < MAX_RELEASES) {
        // earlier roundings boxed this shift in: free the open shifts sharing its hours and go on
        releases++;
        this.releaseAround(batch[0], box);
        next = this.resolve().values;
      }
      if (!next) return this.settleByMip(values, stripe, box);
      values = next;
    }
    return null;
  }

  /**
   * The fallback for a stripe the dive cannot finish: a MIP in which only this stripe's counts
   * are integer (free within the box), finished stripes stay fixed and later ones continuous.
   */
  private settleByMip(_values: readonly number[], stripe: readonly number[], box: readonly number[]): readonly number[] | null {
    const { shiftVars } = this;
    const inStripe = new Uint8Array(shiftVars.length);
    stripe.forEach((j) => (inStripe[j] = 1));
    const saved = stripe.map((j) => [this.lower[j], this.upper[j]] as const);
    for (const j of stripe) {
      this.lower[j] = this.originalLower[j];
      this.upper[j] = box[j];
    }
    this.session.setBounds(shiftVars, this.lower, this.upper);
    this.session.setIntegrality(shiftVars, shiftVars.map((_, j) => inStripe[j] === 1 || this.locked[j] === 1));
    const result = this.session.solve({ timeLimitSeconds: Math.max(0.05, this.budget.clock.secondsLeft()), mipGap: 0.01, nodeLimit: this.stripeMipNodes, shouldStop: this.budget.shouldStop });
    this.session.setIntegrality(shiftVars, shiftVars.map(() => true));
    this.lpSolves++;
    this.budget.spend();
    if (!result.values) {
      stripe.forEach((j, k) => ([this.lower[j], this.upper[j]] = saved[k]));
      return null;
    }
    return result.values;
  }

  /**
   * The fast path: every count of the stripe fixed at once — fractions to the nearest whole
   * number within the caps (or up wherever the caps allow), whole counts (zeros included) where they are — and one
   * LP re-solve for the rest of the horizon to compensate. Null (bounds restored) when infeasible.
   */
  private fixStripe(values: readonly number[], stripe: readonly number[], allUp = false): readonly number[] | null {
    const fractional = stripe.filter((j) => distanceToWhole(values[this.shiftVars[j]]) > EPSILON);
    if (!fractional.length) return values;
    const saved = stripe.map((j) => [this.lower[j], this.upper[j]] as const);
    const rounding = this.nearestWithinCaps(values, fractional, allUp ? 0 : UP_FROM);
    const up = new Map(fractional.map((j, k) => [j, rounding[k]] as const));
    for (const j of stripe) {
      const x = values[this.shiftVars[j]];
      const whole = up.has(j) ? (up.get(j) ? Math.ceil(x) : Math.floor(x)) : Math.round(x);
      this.lower[j] = whole;
      this.upper[j] = whole;
    }
    const result = this.resolve();
    if (result.values) return result.values;
    stripe.forEach((j, k) => ([this.lower[j], this.upper[j]] = saved[k]));
    return null;
  }

  /** Every listed count up to the next whole number (more cover never breaks a deadline; caps may refuse). */
  private roundAllUp(values: readonly number[], group: readonly number[]): readonly number[] | null {
    const saved = group.map((j) => this.lower[j]);
    group.forEach((j) => (this.lower[j] = Math.ceil(values[this.shiftVars[j]])));
    const result = this.resolve();
    if (result.values) return result.values;
    group.forEach((j, k) => (this.lower[j] = saved[k]));
    return null;
  }

  /** Takes agents off the most expensive shifts while the flows still fit, then re-solves the flows. */
  /**
   * A plan that leaves staffing-gap hours where the named team still has people free: add the
   * shift of a pool that can take the short pool's work (its own, or another that answers one
   * of its queues) covering the most gap per unit of cost, within every cap, until
   * no gap is left or nobody can be added; keep the result when it is cheaper (a gap hour is
   * dearer than any shift that removes it).
   */
  closeGap(plan: RoundedPlan): RoundedPlan {
    const { problem, vars } = this.model;
    const hours = problem.grid.hours;
    const short = vars.gap.map((refs) => Float64Array.from(refs, (v) => (v >= 0 ? Math.max(0, plan.values[v]) : 0)));
    if (!short.some((perHour) => perHour.some((v) => v > EPSILON)) || this.budget.exhausted()) return plan;
    const counts = plan.counts.slice();
    this.caps.reset(counts);
    // a short pool's work can also go to any pool (at any site) that answers one of its queues
    const serves = problem.pools.map((pool) =>
      problem.queues.flatMap((queue, q) => (queue.siteIndices.includes(pool.siteIndex) && speaksEvery(pool.languages, queue) ? [q] : [])),
    );
    const helps = problem.pools.map((_, p) => problem.pools.flatMap((__, other) => (serves[other].some((q) => serves[p].includes(q)) ? [other] : [])));
    const byPool: number[][][] = problem.pools.map(() => Array.from({ length: hours }, () => [] as number[]));
    problem.shifts.forEach((shift, j) => shift.coverHours.forEach((h) => byPool[shiftPool(problem, j)][h].push(j)));
    const covering = problem.pools.map((_, p) => Array.from({ length: hours }, (__, h) => helps[p].flatMap((other) => byPool[other][h])));
    const covered = (j: number, p: number) => {
      const shift = problem.shifts[j];
      let total = 0;
      shift.coverHours.forEach((h, i) => (total += Math.min(shift.coverShares[i], short[p][h])));
      return total;
    };
    let added = 0;
    for (let p = 0; p < problem.pools.length; p++) {
      for (let h = 0; h < hours; h++) {
        while (short[p][h] > EPSILON) {
          let best = -1;
          let bestPrice = Infinity;
          for (const j of covering[p][h]) {
            if (counts[j] + 1 > this.originalUpper[j] || !this.caps.fits(j, 1)) continue;
            const price = (problem.shifts[j].cost + EPSILON) / Math.max(EPSILON, covered(j, p));
            if (price < bestPrice) {
              bestPrice = price;
              best = j;
            }
          }
          if (best < 0) break;
          const shift = problem.shifts[best];
          shift.coverHours.forEach((k, i) => (short[p][k] = Math.max(0, short[p][k] - shift.coverShares[i])));
          counts[best]++;
          this.caps.add(best, 1);
          added++;
        }
      }
    }
    if (!added) return plan;
    const repaired = this.withCounts(counts);
    return repaired && repaired.objective < plan.objective - 1e-6 ? repaired : plan;
  }

  trim(plan: RoundedPlan): RoundedPlan {
    if (this.budget.exhausted()) return plan;
    const trimmed = trimShiftCounts(this.model, plan.counts, plan.values);
    if (trimmed.every((c, j) => c === plan.counts[j])) return plan;
    const better = this.withCounts(trimmed);
    return better && better.objective < plan.objective ? better : plan;
  }

  private resolve(): SolveResult {
    this.lpSolves++;
    this.budget.spend();
    this.session.setBounds(this.shiftVars, this.lower, this.upper);
    return this.session.solve({ relax: true, timeLimitSeconds: Math.max(0.05, this.budget.clock.secondsLeft()), shouldStop: this.budget.shouldStop });
  }

  /**
   * A quick plan: whole counts covering the LP's work hour by hour (see coverLpWorkload). When
   * caps leave hours short and the flows no longer fit, the counts so far become floors, the
   * shifts through the short hours are held, and the LP moves that work before the next cover.
   */
  coverWorkload(start: readonly number[], box: readonly number[]): RoundedPlan | null {
    let values = start;
    const upper = box.slice();
    for (let round = 0; round < COVER_ROUNDS && !this.budget.exhausted(); round++) {
      const { counts, capped } = coverLpWorkload(this.model, values, upper, this.caps);
      const plan = this.withCounts(counts);
      if (plan) return plan;
      if (!capped.length) return null;
      capped.forEach((j) => (upper[j] = counts[j]));
      this.lower = counts.slice();
      this.upper = upper.slice();
      const moved = this.resolve().values;
      if (!moved) return null;
      values = moved;
    }
    return null;
  }

  /** Flows for exactly these counts; null when they do not carry the work. */
  private withCounts(counts: number[]): RoundedPlan | null {
    this.lower = counts.slice();
    this.upper = counts.slice();
    const result = this.resolve();
    if (!result.values) return null;
    return { values: result.values.slice(), objective: result.objective as number, counts, lpSolves: this.lpSolves };
  }

  /** Rounds a batch to the nearest whole numbers (with `orElseOtherWay`, then the other way) and re-solves. */
  private roundBatch(values: readonly number[], batch: number[], orElseOtherWay: boolean): readonly number[] | null {
    const saved = batch.map((j) => [this.lower[j], this.upper[j]] as const);
    const up = this.nearestWithinCaps(values, batch);
    for (const flip of orElseOtherWay ? [false, true] : [false]) {
      batch.forEach((j, k) => {
        const x = values[this.shiftVars[j]];
        [this.lower[j], this.upper[j]] = saved[k];
        if (up[k] !== flip) this.lower[j] = Math.ceil(x);
        else this.upper[j] = Math.floor(x);
      });
      const result = this.resolve();
      if (result.values) return result.values;
      if (this.budget.exhausted()) break;
    }
    batch.forEach((j, k) => ([this.lower[j], this.upper[j]] = saved[k]));
    return null;
  }

  /**
   * Nearest rounding that does not round up into a cap: a count goes up (fraction ≥ `upFrom`) only if
   * the extra agent still fits every cap on shift counts in the model (ShiftCaps),
   * counting the batch's earlier round-ups; otherwise it goes down and the LP finds the cover elsewhere.
   */
  private nearestWithinCaps(values: readonly number[], batch: readonly number[], upFrom = UP_FROM): boolean[] {
    this.caps.reset(this.shiftVars.map((v) => values[v]));
    return batch.map((j) => {
      const x = values[this.shiftVars[j]];
      if (x - Math.floor(x) < upFrom) return false;
      const extra = Math.ceil(x) - x;
      if (!this.caps.fits(j, extra)) return false;
      this.caps.add(j, extra);
      return true;
    });
  }

  /**
   * The last few fractional counts rounded together while every whole count stays put:
   * nearest first, then the other combinations of up and down (2^k LP solves at most).
   */
  private settleTogether(values: readonly number[], group: number[]): readonly number[] | null {
    const savedLower = this.lower.slice();
    const savedUpper = this.upper.slice();
    const inGroup = new Set(group);
    this.shiftVars.forEach((v, j) => {
      if (!inGroup.has(j) && distanceToWhole(values[v]) <= EPSILON) this.lower[j] = this.upper[j] = Math.round(values[v]);
    });
    const nearestUp = group.map((j) => values[this.shiftVars[j]] - Math.floor(values[this.shiftVars[j]]) >= UP_FROM);
    let settled: readonly number[] | null = null;
    for (let flips = 0; flips < 1 << group.length && !settled && !this.budget.exhausted(); flips++) {
      group.forEach((j, k) => {
        const x = values[this.shiftVars[j]];
        const up = nearestUp[k] !== Boolean(flips & (1 << k));
        this.lower[j] = up ? Math.ceil(x) : savedLower[j];
        this.upper[j] = up ? savedUpper[j] : Math.floor(x);
      });
      settled = this.resolve().values;
    }
    // the whole counts are free again for later rounds; the group keeps its rounding if it worked
    this.shiftVars.forEach((_, j) => {
      if (inGroup.has(j) && settled) return;
      this.lower[j] = savedLower[j];
      this.upper[j] = savedUpper[j];
    });
    return settled;
  }

  /** Restores the bounds (up to the box) of every shift sharing an hour with shift j, at any site. */
  private releaseAround(j: number, box: readonly number[]): void {
    const hours = new Set(this.model.problem.shifts[j].coverHours);
    this.model.problem.shifts.forEach((shift, k) => {
      if (this.locked[k] || !shift.coverHours.some((h) => hours.has(h))) return;
      this.lower[k] = this.originalLower[k];
      this.upper[k] = box[k];
    });
  }
}

function distanceToWhole(x: number): number {
  return Math.abs(x - Math.round(x));
}

/** Staffing-gap agent-hours per variable a held rounding may add to the LP's (whole-shift plans shift work between hours). */
const HELD_GAP_SLACK = 0.25;

/**
 * Caps every staffing-gap variable at the LP's value (plus a little slack); null for a model
 * without a staffing gap (no named team). `release` restores the bounds.
 */
function holdStaffingGap(session: SolverSession, model: PlanningModel, lpValues: readonly number[]): { release(): void } | null {
  const refs = staffingGapVariables(model);
  if (!refs.length) return null;
  const variables = model.linear.variables;
  session.setBounds(
    refs,
    refs.map((v) => variables[v].lower),
    refs.map((v) => Math.max(0, lpValues[v]) + HELD_GAP_SLACK),
  );
  return {
    release: () =>
      session.setBounds(
        refs,
        refs.map((v) => variables[v].lower),
        refs.map((v) => variables[v].upper),
      ),
  };
}

/** The held plan's counts with the flows re-solved with the gap free again (never dearer: the held flows are among them). */
function withFreeGap(session: SolverSession, model: PlanningModel, plan: RoundedPlan, budget: SolveBudget, onImproved: (plan: RoundedPlan) => void): RoundedPlan {
  budget.spend();
  const result = solveFlowsFor(session, model, plan.counts, { timeLimitSeconds: Math.max(0.05, budget.clock.secondsLeft()), shouldStop: budget.shouldStop });
  if (!result.values || result.objective === null || result.objective >= plan.objective - 1e-6) return plan;
  const freed = { ...plan, values: result.values.slice(), objective: result.objective, lpSolves: plan.lpSolves + 1 };
  onImproved(freed);
  return freed;
}
