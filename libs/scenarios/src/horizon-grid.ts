import { formatUtc, HOURS_PER_WEEK, utcMidnight, type HourGrid, type ScenarioFile } from '@app/domain';
import { ScenarioError, ScenarioErrorCode } from './scenario-error';

/**
 * The UTC hour grid every scenario of a run is planned on: the base's horizon, with its
 * weeks or start date replaced when the caller asks.
 */
export function resolveHorizonGrid(base: ScenarioFile, options: { weeks?: number; start?: string } = {}): HourGrid {
  const start = options.start ?? base.horizon?.start;
  if (!start) {
    throw new ScenarioError(ScenarioErrorCode.InvalidDefinition, `scenario "${base.name}" has no horizon: give a start date`, '/horizon');
  }
  const weeks = options.weeks ?? base.horizon?.weeks ?? 1;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 13) {
    throw new ScenarioError(ScenarioErrorCode.InvalidDefinition, `weeks must be a whole number from 1 to 13, got ${weeks}`, '/horizon/weeks');
  }
  return { startUtc: formatUtc(utcMidnight(start)), hours: weeks * HOURS_PER_WEEK, mode: base.horizon?.mode ?? 'dated' };
}
