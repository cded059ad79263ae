import { HOUR_MS, toLocal, type LocalTime } from '@app/domain';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/** Hourly values from `startUtcMs` generated on a local clock: `valueAt` sees each hour's local time. */
export function seriesOnLocalClock(startUtcMs: number, hours: number, timeZone: string, valueAt: (local: LocalTime, utcMs: number) => number | null): (number | null)[] {
  return Array.from({ length: hours }, (_, i) => {
    const utcMs = startUtcMs + i * HOUR_MS;
    return valueAt(toLocal(utcMs, timeZone), utcMs);
  });
}

/** A seeded Poisson sampler (inversion by sequential search; fine for the means of hourly counts). */
export function poissonSampler(seed: number): (mean: number) => number {
  const rng = xoroshiro128plus(seed);
  const uniform = () => (unsafeUniformIntDistribution(0, 0x3fffffff, rng) + 0.5) / 0x40000000;
  return (mean: number) => {
    let count = 0;
    let probability = Math.exp(-mean);
    let cumulative = probability;
    const u = uniform();
    while (u > cumulative && count < 10_000) {
      count++;
      probability *= mean / count;
      cumulative += probability;
    }
    return count;
  };
}

/** A contact-centre-like shape: quiet nights, a daytime hump, an evening peak at 19:00, softer weekends. */
export function callCentreShape(local: LocalTime): number {
  const daytime = Math.exp(-(((local.hour - 13) / 4) ** 2));
  const evening = 1.4 * Math.exp(-(((local.hour - 19) / 1.2) ** 2));
  const weekend = local.weekday >= 6 ? 0.6 : 1;
  return 4 + 60 * weekend * (daytime + evening);
}
