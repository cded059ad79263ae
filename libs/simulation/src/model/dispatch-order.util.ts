import type { DispatchRun } from '@app/domain';

/**
 * The plan's published dispatch rule (see docs/plan-dispatch-rule.md) flattened for the engines:
 * per pool × grid hour, the deferred queues its agents work, in order. A pool's list is its
 * site's list without the queues the pool cannot answer (its agents do not speak the language).
 * A site the rule covers works only what it lists (an hour it lists nothing: no deferred work);
 * a site it does not cover is marked `ruled = 0` and works earliest deadline first.
 */
export interface DispatchOrder {
  /** Pool × hour → range of `list`: offsets[p * hours + h] .. offsets[p * hours + h + 1]. */
  offsets: Int32Array;
  list: Int32Array;
  /** 1 where pool × hour × queue is listed: an arriving message is handed only to a pool that works its queue now. */
  listed: Uint8Array;
  /** 1 for pools whose site the rule covers. */
  ruled: Uint8Array;
}

export interface DispatchOrderInput {
  runs: readonly DispatchRun[];
  hours: number;
  queueCount: number;
  /** `marketplaceId/classId` → queue index (deferred and real-time alike; real-time keys are ignored). */
  queueIndex: ReadonlyMap<string, number>;
  realTime: Uint8Array;
  poolSiteIds: readonly string[];
  /** Queues each pool can answer. */
  poolQueues: readonly (readonly number[])[];
}

export function compileDispatchOrder(input: DispatchOrderInput): DispatchOrder {
  const { hours, queueCount, poolSiteIds } = input;
  const bySite = new Map<string, number[][]>();
  for (const run of input.runs) {
    let siteHours = bySite.get(run.siteId);
    if (!siteHours) bySite.set(run.siteId, (siteHours = Array.from({ length: hours }, () => [])));
    const order = run.queues.flatMap((key) => {
      const q = input.queueIndex.get(key);
      return q !== undefined && input.realTime[q] === 0 ? [q] : [];
    });
    for (let h = Math.max(0, run.fromHour); h < Math.min(hours, run.toHour); h++) siteHours[h] = order;
  }
  const poolCount = poolSiteIds.length;
  const offsets = new Int32Array(poolCount * hours + 1);
  const listed = new Uint8Array(poolCount * hours * queueCount);
  const ruled = new Uint8Array(poolCount);
  const list: number[] = [];
  for (let p = 0; p < poolCount; p++) {
    const siteHours = bySite.get(poolSiteIds[p]);
    if (siteHours) ruled[p] = 1;
    const answers = new Set(input.poolQueues[p]);
    for (let h = 0; h < hours; h++) {
      for (const q of siteHours?.[h] ?? []) {
        if (!answers.has(q)) continue;
        list.push(q);
        listed[(p * hours + h) * queueCount + q] = 1;
      }
      offsets[p * hours + h + 1] = list.length;
    }
  }
  return { offsets, list: Int32Array.from(list), listed, ruled };
}

/**
 * The rule's pick, shared by both engines: the first queue of the pool's list for the hour that
 * has a message waiting (`lengths[q] > 0`), or -1 when every listed queue is empty.
 */
export function firstListedWaiting(order: DispatchOrder, pool: number, hour: number, hours: number, lengths: Int32Array): number {
  const slot = pool * hours + hour;
  for (let i = order.offsets[slot]; i < order.offsets[slot + 1]; i++) {
    const q = order.list[i];
    if (lengths[q] > 0) return q;
  }
  return -1;
}
