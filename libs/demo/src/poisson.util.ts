import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';

/**
 * A seeded source of uniform and Poisson numbers for the demo generator: the same seed gives
 * the same numbers on every machine (pure-rand's xoroshiro128+, no Math.random).
 */
export class SeededRandom {
  private readonly generator: RandomGenerator;

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed);
  }

  /** Uniform in [0, 1) with 32 bits of resolution (plenty for a demo). */
  uniform(): number {
    return unsafeUniformIntDistribution(0, 0xffffffff, this.generator) / 0x100000000;
  }

  /** Uniform integer in [from, to]. */
  integer(from: number, to: number): number {
    return unsafeUniformIntDistribution(from, to, this.generator);
  }

  /**
   * Poisson(mean): Knuth's product of uniforms for the means an hour of messages has (it
   * stays exact and needs about `mean` draws); a rounded normal beyond 500, where the
   * product would underflow and the normal is indistinguishable.
   */
  poisson(mean: number): number {
    if (!(mean > 0)) return 0;
    if (mean > 500) {
      const normal = Math.sqrt(-2 * Math.log(1 - this.uniform())) * Math.cos(2 * Math.PI * this.uniform());
      return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal));
    }
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.uniform();
    while (product > limit) {
      count++;
      product *= this.uniform();
    }
    return count;
  }
}
