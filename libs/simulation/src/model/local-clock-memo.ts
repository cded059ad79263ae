import { formatLocal, HOUR_MS, toLocal } from '@app/domain';

/**
 * The buyers' and sites' clocks over a grid, remembered: working them out takes a time-zone
 * conversion per slot, which dominated a replay that runs many times over the same grid with
 * different staffing (the monitor's re-plan tries dozens of rotas). A few grids are kept.
 */
const KEPT = 64;
const tables = new Map<string, Int16Array>();
const starts = new Map<string, readonly string[]>();

function remembered<V>(memo: Map<string, V>, key: string, make: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    if (memo.size >= KEPT) memo.delete(memo.keys().next().value as string);
    memo.set(key, value);
  }
  return value;
}

/** Local hour of week (0 = Monday 00:00) of each slot of `slotMinutes` from `startMs`. The table is shared: read it, do not change it. */
export function localHourOfWeekTable(startMs: number, slots: number, slotMinutes: number, zone: string): Int16Array {
  return remembered(tables, `${startMs}|${slots}|${slotMinutes}|${zone}`, () => {
    const table = new Int16Array(slots);
    for (let slot = 0; slot < slots; slot++) table[slot] = toLocal(startMs + slot * slotMinutes * 60_000, zone).hourOfWeek;
    return table;
  });
}

/** Local ISO start of each of `hours` hours from `startMs` (a fresh array each call). */
export function localHourStarts(startMs: number, hours: number, zone: string): string[] {
  return [...remembered(starts, `${startMs}|${hours}|${zone}`, () => Array.from({ length: hours }, (_, h) => formatLocal(startMs + h * HOUR_MS, zone)))];
}
