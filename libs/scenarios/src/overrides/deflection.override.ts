import type { QueueArrivals } from '@app/domain';
import { ScenarioError, ScenarioErrorCode } from '../scenario-error';
import type { DeflectionOverride, EffectiveScenario } from '../scenario-definition.types';
import { requireMarketplace } from './override-lookup.util';

/** Business rule: self-service deflects a share of one class's messages, which then need no agent; other classes are unchanged. */
export function applyDeflectionOverride(effective: EffectiveScenario, override: DeflectionOverride, path = ''): EffectiveScenario {
  const marketplace = requireMarketplace(effective.scenario, override.marketplaceId, `${path}/marketplaceId`);
  if (!marketplace.classes.some((priorityClass) => priorityClass.id === override.classId)) {
    const known = marketplace.classes.map((priorityClass) => priorityClass.id).join(', ');
    throw new ScenarioError(ScenarioErrorCode.UnknownClass, `marketplace "${marketplace.id}" has no class "${override.classId}" (known: ${known})`, `${path}/classId`);
  }
  return { ...effective, deflections: [...effective.deflections, override] };
}

/** The arrivals with the deflected share removed from the one queue (marketplace × class) it names. */
export function deflectVolume(arrivals: QueueArrivals[], override: DeflectionOverride): QueueArrivals[] {
  const kept = 1 - override.rate;
  return arrivals.map((queue) =>
    queue.marketplaceId === override.marketplaceId && queue.classId === override.classId
      ? { ...queue, values: queue.values.map((value) => value * kept) }
      : queue,
  );
}
