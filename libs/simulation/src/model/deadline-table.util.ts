import { replyDeadline, type Marketplace } from '@app/domain';

const MINUTE_MS = 60_000;

/**
 * Deadline (grid minutes) of a message arriving at each whole minute of the grid, on a business
 * reply clock; null for a calendar clock, whose deadline is simply arrival + hours. Built once per
 * simulation from the domain's `replyDeadline`, so the hot loop only reads an array. Within a
 * minute the deadline moves with the arrival while the clock runs (slope 1) and stands still
 * while it is stopped; `deadlineAt` interpolates accordingly.
 */
export function buildDeadlineTable(gridStartMs: number, minutes: number, deadlineHours: number, marketplace: Marketplace): Float64Array | null {
  if (marketplace.replyClock.kind === 'calendar') return null;
  const table = new Float64Array(minutes + 1);
  for (let minute = 0; minute <= minutes; minute++) {
    const received = gridStartMs + minute * MINUTE_MS;
    const due = replyDeadline(received, deadlineHours, marketplace.replyClock, marketplace.timeZone, marketplace.country);
    table[minute] = (due - gridStartMs) / MINUTE_MS;
  }
  return table;
}

/**
 * Deadline of an arrival at grid minute `t` from a table built over `cycle` minutes. Times
 * outside [0, cycle) occur on cyclic grids (the week repeats) and map by whole cycles.
 */
export function deadlineAt(table: Float64Array, cycle: number, t: number): number {
  let offset = 0;
  if (t < 0 || t >= cycle) {
    offset = Math.floor(t / cycle) * cycle;
    t -= offset;
  }
  const minute = Math.floor(t);
  const base = table[minute];
  const step = table[minute + 1] - base;
  // slope 1 while the clock runs; a jump (the deadline moved past a closed period) keeps the earlier value
  const fraction = t - minute;
  return offset + base + (step <= 1 + 1e-9 ? fraction * step : 0);
}
