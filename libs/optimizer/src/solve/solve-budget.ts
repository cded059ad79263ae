/** The wall-clock budget of one planning solve, shared by its stages, with the caller's stop request. */
export class SolveBudget {
  private readonly startedAt = Date.now();

  constructor(
    private readonly limitSeconds: number,
    private readonly stopRequested: () => boolean = () => false,
  ) {}

  elapsed(): number {
    return (Date.now() - this.startedAt) / 1000;
  }

  remaining(): number {
    return Math.max(0, this.limitSeconds - this.elapsed());
  }

  /** True once the time is up or the caller asked to stop. */
  exhausted(): boolean {
    return this.remaining() <= 0 || this.stopRequested();
  }

  stopped(): boolean {
    return this.stopRequested();
  }

  /** For solver callbacks: stop when the budget is gone. */
  readonly shouldStop = (): boolean => this.exhausted();
}
