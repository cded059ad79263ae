import { HOURS_PER_WEEK } from '@app/domain';
import type { InputIssue } from '../common/invalid-input.exception';

/**
 * Hours to plan on a forecast of `forecastHours`: the weeks asked for, else the whole forecast; a
 * cyclic horizon is always one week. An issue instead when the forecast is too short.
 */
export function planHours(weeks: number | undefined, forecastHours: number, mode: 'dated' | 'cyclic'): { hours: number } | { issue: InputIssue } {
  if (mode === 'cyclic') {
    if (weeks !== undefined && weeks !== 1) {
      return { issue: { path: '/weeks', message: `the organisation plans one cyclic week: weeks must be 1, not ${weeks}` } };
    }
    if (forecastHours < HOURS_PER_WEEK) {
      return { issue: { path: '/forecastId', message: `a cyclic week needs ${HOURS_PER_WEEK} forecast hours; the forecast has ${forecastHours}` } };
    }
    return { hours: HOURS_PER_WEEK };
  }
  if (weeks === undefined) return { hours: forecastHours };
  const hours = weeks * HOURS_PER_WEEK;
  if (hours > forecastHours) {
    return {
      issue: {
        path: '/weeks',
        message: `${weeks} week${weeks === 1 ? '' : 's'} need ${hours} forecast hours; the forecast covers ${forecastHours}: forecast a longer horizon or plan fewer weeks`,
      },
    };
  }
  return { hours };
}
