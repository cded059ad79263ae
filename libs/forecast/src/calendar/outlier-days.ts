import type { DayClassification } from './day-classification';
import type { DayLevelRatios } from './day-level-ratios';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { abs, sqrt } = Math;

/** A day below 40 % or above 250 % of its usual volume, and far outside Poisson noise, is an outlier. */
const LOW_RATIO = 0.4;
const HIGH_RATIO = 2.5;
const NOISE_SIGMAS = 5;

/**
 * The classification with outlier days (a partial day from an outage, an unexplained burst)
 * also excluded, so they neither shape the weekly pattern nor count as a holiday effect.
 */
export function excludeOutlierDays(classification: DayClassification, ratios: DayLevelRatios): { classification: DayClassification; outliers: number } {
  let outliers = 0;
  const excluded = classification.excluded.map((already, day) => {
    const ratio = ratios.ratio[day];
    const expected = ratios.expected[day];
    if (already || !(ratio < LOW_RATIO || ratio > HIGH_RATIO)) return already;
    if (abs(ratio * expected - expected) <= NOISE_SIGMAS * sqrt(expected)) return false;
    outliers++;
    return true;
  });
  return { classification: outliers ? { ...classification, excluded } : classification, outliers };
}
