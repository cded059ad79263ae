/**
 * The order in which a floor's language pools take work, turn by turn (a replay's slice, a
 * simulated minute): pools answering fewer queues first, so versatile agents pick up what the
 * others cannot; among pools answering as many, who goes first rotates from turn to turn, so
 * pools sharing a queue share its messages as agents who are free alike do — rather than one
 * pool taking them all and the other idling.
 */
export class ServingTurns {
  /** Pools grouped by how many queues they answer, fewest first; each group in index order. */
  private readonly tiers: number[][];
  readonly size: number;

  constructor(queuesPerPool: readonly number[]) {
    const byCount = new Map<number, number[]>();
    queuesPerPool.forEach((count, pool) => byCount.set(count, [...(byCount.get(count) ?? []), pool]));
    this.tiers = [...byCount.entries()].sort((a, b) => a[0] - b[0]).map(([, pools]) => pools);
    this.size = queuesPerPool.length;
  }

  /** Calls `serve` for every pool in its order at `turn`. */
  forEach(turn: number, serve: (pool: number) => void): void {
    for (const tier of this.tiers) {
      const start = tier.length > 1 ? turn % tier.length : 0;
      for (let i = 0; i < tier.length; i++) serve(tier[(start + i) % tier.length]);
    }
  }
}
