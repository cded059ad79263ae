import { ConflictException } from '@nestjs/common';
import type { HourGrid, ScenarioFile } from '@app/domain';
import { resolveHorizonGrid, ScenarioError } from '@app/scenarios';
import { InvalidInputException } from '../common/invalid-input.exception';

/**
 * The hour grid a run would plan on, checked before its job starts: weeks out of range are the
 * request's fault (400 on /weeks), a setup without a horizon is the setup's (409).
 */
export function checkHorizon(base: ScenarioFile, options: { weeks?: number; start?: string }): HourGrid {
  try {
    return resolveHorizonGrid(base, options);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    if (error.path === '/horizon/weeks') throw new InvalidInputException('request body', [{ path: '/weeks', message: error.message.replace(`${error.path}: `, '') }]);
    throw new ConflictException(`${error.message.replace(`${error.path}: `, '')}; set the organisation's horizon (PUT /api/organisation) or give a start date`);
  }
}
