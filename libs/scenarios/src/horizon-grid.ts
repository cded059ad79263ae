import type { HourGrid, ScenarioFile } from '@app/domain';
import { windowGrid, windowWeeksIssue } from '@app/optimizer';
import { ScenarioError, ScenarioErrorCode } from './scenario-error';

/**
 * The UTC hour grid every scenario of a run is planned on: the base's horizon, with its
 * weeks or start date replaced when the caller asks. Weeks and grids follow the planner's one
 * window rule (`windowGrid`): 1–13 weeks, and a cyclic horizon of any length is its one week.
 */
export function resolveHorizonGrid(base: ScenarioFile, options: { weeks?: number; start?: string } = {}): HourGrid {
  const start = options.start ?? base.horizon?.start;
  if (!start) {
    throw new ScenarioError(ScenarioErrorCode.InvalidDefinition, `scenario "${base.name}" has no horizon: give a start date`, '/horizon');
  }
  const mode = base.horizon?.mode ?? 'dated';
  const weeks = options.weeks ?? (mode === 'cyclic' ? 1 : (base.horizon?.weeks ?? 1));
  const issue = windowWeeksIssue(weeks, mode);
  if (issue) throw new ScenarioError(ScenarioErrorCode.InvalidDefinition, issue, '/horizon/weeks');
  return windowGrid(start, weeks, mode);
}
