/** Wall-clock timing and gap arithmetic shared by the drivers (no Node APIs: Date.now only). */

export function startClock(): number {
  return Date.now();
}

export function elapsedSeconds(startedAt: number): number {
  return (Date.now() - startedAt) / 1000;
}

/** (objective − bound) / |objective|, 0 when both are 0. */
export function relativeGap(objective: number, bound: number): number {
  const difference = Math.max(0, objective - bound);
  if (difference === 0) return 0;
  return difference / Math.max(Math.abs(objective), 1e-9);
}
