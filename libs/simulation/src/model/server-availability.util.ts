/**
 * Agents as discrete servers. A pool with `e` productive agents in an hour (agents on duty ×
 * (1 − shrinkage) × occupancy, usually fractional) has servers 0..⌈e⌉−1: server j works the whole
 * hour when j + 1 ≤ e and the first (e − j) · 60 minutes of it otherwise, so the hour's capacity
 * is exactly e · 60 agent-minutes. Consecutive working stretches of one server are merged.
 */
export interface ServerAvailability {
  /** Pool of each server. */
  pool: Int32Array;
  /** Intervals of server k: indices offsets[k] .. offsets[k+1]-1 into starts/ends (grid minutes). */
  offsets: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
}

/** Shorter slivers than this (minutes) are rounding noise, not work. */
const MIN_SLIVER_MINUTES = 1e-6;

export function buildServerAvailability(serversByPoolHour: Float64Array, pools: number, hours: number): ServerAvailability {
  const poolOf: number[] = [];
  const offsets: number[] = [0];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let p = 0; p < pools; p++) {
    let peak = 0;
    for (let h = 0; h < hours; h++) peak = Math.max(peak, serversByPoolHour[p * hours + h]);
    const count = Math.ceil(peak - 1e-9);
    for (let j = 0; j < count; j++) {
      poolOf.push(p);
      for (let h = 0; h < hours; h++) {
        const share = Math.min(1, Math.max(0, serversByPoolHour[p * hours + h] - j));
        const length = share * 60;
        if (length < MIN_SLIVER_MINUTES) continue;
        const start = h * 60;
        const last = starts.length - 1;
        if (last >= offsets[offsets.length - 1] && ends[last] === start) ends[last] = start + length;
        else {
          starts.push(start);
          ends.push(start + length);
        }
      }
      offsets.push(starts.length);
    }
  }
  return { pool: Int32Array.from(poolOf), offsets: Int32Array.from(offsets), starts: Float64Array.from(starts), ends: Float64Array.from(ends) };
}
