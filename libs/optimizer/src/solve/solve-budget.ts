/**
 * The wall clock of one planning solve: only a safety cap. Heuristic decisions never read it
 * (they count solver work, see SolveBudget), so a plan depends on the clock only when the cap
 * bound, and the clock remembers that it did.
 */
export class SafetyClock {
  private readonly startedAt = Date.now();
  private reached = false;

  constructor(
    private readonly limitSeconds: number,
    private readonly stopRequested: () => boolean = () => false,
  ) {}

  elapsed(): number {
    return (Date.now() - this.startedAt) / 1000;
  }

  /** Seconds left before the cap: what a solver call is given as its time limit. */
  secondsLeft(): number {
    return Math.max(0, this.limitSeconds - this.elapsed());
  }

  /** True once the cap is passed (and from then on `capReached`). */
  expired(): boolean {
    if (this.elapsed() < this.limitSeconds) return false;
    this.reached = true;
    return true;
  }

  /** Whether the cap ever stopped work: the plan may then differ from a run on a quieter machine. */
  get capReached(): boolean {
    return this.reached;
  }

  stopped(): boolean {
    return this.stopRequested();
  }

  /** Notes that a solver call given `secondsLeft()` ran into it (a solver reporting its time limit). */
  markReached(): void {
    this.reached = true;
  }
}

/**
 * Solver work one stage of a planning solve may do, in units the stage chooses (LP re-solves
 * for the rounding), so that the same inputs and effort give the same plan on any machine.
 * It also ends at the safety cap or on a stop request.
 */
export class SolveBudget {
  private used = 0;

  constructor(
    private readonly units: number,
    readonly clock: SafetyClock,
  ) {}

  spend(units = 1): void {
    this.used += units;
  }

  spent(): number {
    return this.used;
  }

  remainingUnits(): number {
    return Math.max(0, this.units - this.used);
  }

  /** True once the work is spent, the safety cap passed or the caller asked to stop. */
  exhausted(): boolean {
    return this.remainingUnits() <= 0 || this.clock.stopped() || this.clock.expired();
  }

  /** For solver callbacks: stop at the safety cap or on request (work is counted between calls). */
  readonly shouldStop = (): boolean => this.clock.stopped() || this.clock.expired();
}
