import type { DayClassification } from './day-classification';
import type { DayLevelRatios } from './day-level-ratios';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { abs, sqrt } = Math;
const { isNaN } = Number;

/** A day below 40 % or above 250 % of its usual volume, and far outside Poisson noise, is an outlier. */
const LOW_RATIO = 0.4;
const HIGH_RATIO = 2.5;
const NOISE_SIGMAS = 5;
/**
 * A milder dip, below 70 %, is an outlier too once the volume has come back after it (an unlisted
 * local holiday, a short outage): left in, it drags the level and the weekday's shape down for
 * weeks. A dip at the end of the history may be a new level and stays.
 */
const DIP_RATIO = 0.7;
/** With fewer ordinary days the weekday's usual volume rests on too few weeks to call a dip. */
const MIN_DAYS_FOR_DIPS = 56;

/**
 * The classification with outlier days (a partial day from an outage, an unexplained burst, a
 * passing dip) also excluded, so they neither shape the weekly pattern nor count as a holiday
 * effect.
 */
export function excludeOutlierDays(classification: DayClassification, ratios: DayLevelRatios): { classification: DayClassification; outliers: number } {
  const judgeDips = ratios.count >= MIN_DAYS_FOR_DIPS;
  const excluded = [...classification.excluded];
  let outliers = 0;
  let recoveredLater = false;
  const lastDip = isolatedLastDip(classification, ratios);
  // walk backwards so each day knows whether an ordinary-volume day follows it
  for (let day = excluded.length - 1; day >= 0; day--) {
    const ratio = ratios.ratio[day];
    if (excluded[day] || isNaN(ratio)) continue;
    const expected = ratios.expected[day];
    const passingDip = judgeDips && (recoveredLater || day === lastDip) && ratio < DIP_RATIO;
    if (ratio >= DIP_RATIO) recoveredLater = true;
    if (!(ratio < LOW_RATIO || ratio > HIGH_RATIO || passingDip)) continue;
    if (abs(ratio * expected - expected) <= NOISE_SIGMAS * sqrt(expected)) continue;
    excluded[day] = true;
    outliers++;
  }
  return { classification: outliers ? { ...classification, excluded } : classification, outliers };
}

/**
 * The last day of the history when it dips below DIP_RATIO after an ordinary day: one low day is
 * far more often an unlisted local holiday or an outage than the start of a new level, and left
 * in it pulls its weekday down for the weeks ahead. A new level shows on the days after it, and
 * a dip that lasts two days or more stays (it may be the new level). −1 when there is none.
 */
function isolatedLastDip(classification: DayClassification, ratios: DayLevelRatios): number {
  const known: number[] = [];
  for (let day = ratios.ratio.length - 1; day >= 0 && known.length < 2; day--) if (!classification.excluded[day] && !isNaN(ratios.ratio[day])) known.push(day);
  if (known.length < 2) return -1;
  const [last, before] = known;
  return ratios.ratio[last] < DIP_RATIO && ratios.ratio[before] >= DIP_RATIO ? last : -1;
}
