/**
 * Binary min-heap of servers keyed by the time they next need attention (free, or back on duty).
 * The event loop reads the top and pops inline (a call would box the double keys once per event);
 * the rarer pushes go through `push`.
 */
export class ServerHeap {
  /** Exposed so the event loop can inline its hot pushes and pops (see event-engine). */
  readonly keys: Float64Array;
  readonly ids: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.ids = new Int32Array(Math.max(1, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(id: number, key: number): void {
    const keys = this.keys;
    const ids = this.ids;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      ids[i] = ids[parent];
      i = parent;
    }
    keys[i] = key;
    ids[i] = id;
  }

  /** Moves every key by `delta` (a cyclic chain re-bases time at each week boundary); order is unchanged. */
  shift(delta: number): void {
    for (let i = 0; i < this.size; i++) this.keys[i] += delta;
  }
}
