import { describeDispatch, dispatchDuring } from '@app/domain';
import type { RotaAssignment, RotaDispatch } from './rota.types';

/** What the agent on this shift works, in order, one line per part of the shift (site-local times); none without a rule. */
export function shiftDispatch(row: Pick<RotaAssignment, 'siteId' | 'startUtc' | 'endUtc' | 'timeZone'>, dispatch: RotaDispatch | undefined): string[] {
  if (!dispatch) return [];
  const steps = dispatchDuring(dispatch.runs, { siteId: row.siteId, startUtc: row.startUtc, endUtc: row.endUtc, timeZone: row.timeZone, repeats: dispatch.repeats });
  return describeDispatch(steps, dispatch.marketplaces);
}
