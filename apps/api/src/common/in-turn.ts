/**
 * Runs async work one piece at a time, in the order it was asked for; a failure is its caller's
 * and does not stop the turns after it.
 */
export class InTurn {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.last.then(work);
    this.last = result.catch(() => undefined);
    return result;
  }
}
