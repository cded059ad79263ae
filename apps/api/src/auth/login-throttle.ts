/**
 * Slows guessing: after {@link MAX_FAILURES} wrong passwords for one email within the window,
 * that email is refused until the window has passed. Kept in memory: a restart forgets it,
 * which costs an attacker a restart they cannot cause.
 */
export const MAX_FAILURES = 5;
export const THROTTLE_WINDOW_MS = 15 * 60_000;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  /** Milliseconds until the email may try again; 0 when it may now. */
  waitMs(email: string, nowMs: number): number {
    const recent = this.recent(email, nowMs);
    if (recent.length < MAX_FAILURES) return 0;
    return recent[recent.length - MAX_FAILURES] + THROTTLE_WINDOW_MS - nowMs;
  }

  recordFailure(email: string, nowMs: number): void {
    this.failures.set(email, [...this.recent(email, nowMs), nowMs]);
  }

  recordSuccess(email: string): void {
    this.failures.delete(email);
  }

  private recent(email: string, nowMs: number): number[] {
    const recent = (this.failures.get(email) ?? []).filter((at) => at > nowMs - THROTTLE_WINDOW_MS);
    if (recent.length === 0) this.failures.delete(email);
    return recent;
  }
}
