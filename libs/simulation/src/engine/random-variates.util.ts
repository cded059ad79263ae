import { xoroshiro128plus } from 'pure-rand';

export type RandomGenerator = ReturnType<typeof xoroshiro128plus>;

const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

export function createGenerator(seed: number): RandomGenerator {
  return xoroshiro128plus(seed | 0);
}

/** Uniform in the open interval (0, 1): never 0, so its logarithm is finite. */
export function uniform(rng: RandomGenerator): number {
  return ((rng.unsafeNext() >>> 0) + 0.5) * TWO_TO_MINUS_32;
}

export function standardNormal(rng: RandomGenerator): number {
  return Math.sqrt(-2 * Math.log(uniform(rng))) * Math.cos(2 * Math.PI * uniform(rng));
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000); shapes below 1 by the usual boost. */
export function gamma(rng: RandomGenerator, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(uniform(rng), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(rng);
    const base = 1 + c * x;
    if (base <= 0) continue;
    const v = base * base * base;
    if (Math.log(uniform(rng)) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A volume multiplier with mean 1 and coefficient of variation `cv` (gamma), for negative-binomial counts. */
export function volumeMultiplier(rng: RandomGenerator, cv: number): number {
  if (cv <= 0) return 1;
  const shape = 1 / (cv * cv);
  return gamma(rng, shape) / shape;
}
